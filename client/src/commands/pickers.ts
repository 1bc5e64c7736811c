import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import { WorkspaceSummaryRequest, type LadderStructure } from '../../../server/src/protocol';

interface UriItem extends vscode.QuickPickItem {
  uri: vscode.Uri;
}

const relative = (uri: string): string => vscode.workspace.asRelativePath(vscode.Uri.parse(uri));

async function pick(items: UriItem[], placeHolder: string): Promise<vscode.Uri | undefined> {
  if (items.length === 1) return items[0]?.uri;
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true }))?.uri;
}

/** Asks for one of the workspace's ladders (or takes the only one); undefined when there is none or the
 * user cancels. */
export async function pickLadder(
  client: LadderClient,
  placeHolder = vscode.l10n.t('Choose a career ladder'),
): Promise<vscode.Uri | undefined> {
  const summary = await client.sendRequest(WorkspaceSummaryRequest, {});
  if (summary.ladders.length === 0) {
    const create = vscode.l10n.t('Create a Ladder');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('There is no career ladder in this workspace yet.'),
      create,
    );
    if (choice === create) await vscode.commands.executeCommand('ladder.newLadder');
    return undefined;
  }
  const items = summary.ladders.map((ladder) => ({
    label: ladder.name || ladder.id,
    description: relative(ladder.uri),
    uri: vscode.Uri.parse(ladder.uri),
  }));
  return pick(items, placeHolder);
}

/** Asks for one of the workspace's self-assessments (or takes the only one). */
export async function pickAssessment(
  client: LadderClient,
  placeHolder = vscode.l10n.t('Choose a self-assessment'),
): Promise<vscode.Uri | undefined> {
  const summary = await client.sendRequest(WorkspaceSummaryRequest, {});
  if (summary.assessments.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'There is no self-assessment in this workspace yet. Create one with "Career Ladder: New Self-Assessment".',
      ),
    );
    return undefined;
  }
  const items = summary.assessments.map((assessment) => ({
    label: assessment.person || relative(assessment.uri),
    description: relative(assessment.uri),
    uri: vscode.Uri.parse(assessment.uri),
  }));
  return pick(items, placeHolder);
}

/** Asks for a ladder or an assessment to export. */
export async function pickLadderOrAssessment(client: LadderClient): Promise<vscode.Uri | undefined> {
  const summary = await client.sendRequest(WorkspaceSummaryRequest, {});
  const items: (UriItem | vscode.QuickPickItem)[] = [];
  if (summary.ladders.length > 0)
    items.push({ label: vscode.l10n.t('Ladders'), kind: vscode.QuickPickItemKind.Separator });
  for (const ladder of summary.ladders) {
    items.push({
      label: ladder.name || ladder.id,
      description: relative(ladder.uri),
      uri: vscode.Uri.parse(ladder.uri),
    });
  }
  if (summary.assessments.length > 0)
    items.push({ label: vscode.l10n.t('Self-assessments'), kind: vscode.QuickPickItemKind.Separator });
  for (const assessment of summary.assessments) {
    items.push({
      label: assessment.person,
      description: relative(assessment.uri),
      uri: vscode.Uri.parse(assessment.uri),
    });
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('There is no ladder or self-assessment in this workspace to export.'),
    );
    return undefined;
  }
  const chosen = await vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t('Choose a ladder or self-assessment to export'),
    matchOnDescription: true,
  });
  return chosen && 'uri' in chosen ? chosen.uri : undefined;
}

interface LevelItem extends vscode.QuickPickItem {
  levelId: string;
}

/** Asks for a level of the ladder, grouped by track. */
export async function pickLevel(structure: LadderStructure, placeHolder: string): Promise<string | undefined> {
  const items: (LevelItem | vscode.QuickPickItem)[] = structure.tracks.flatMap((track) => [
    { label: track.name || track.id, kind: vscode.QuickPickItemKind.Separator },
    ...track.levels.map((level) => ({
      label: level.name || level.id,
      description: level.rank !== undefined ? vscode.l10n.t('rank {0}', level.rank) : undefined,
      detail: level.id,
      levelId: level.id,
    })),
  ]);
  const chosen = await vscode.window.showQuickPick(items, { placeHolder, matchOnDetail: true });
  return chosen && 'levelId' in chosen ? chosen.levelId : undefined;
}
