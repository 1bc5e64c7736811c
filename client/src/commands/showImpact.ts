import * as vscode from 'vscode';
import { LadderImpactRequest, type LadderImpactEntry, type LadderImpactResult } from '../../../server/src/protocol';
import type { LadderClient } from '../languageClientLoader';
import { isAssessmentUri, isLadderFileUri } from '../ladderFiles';
import { activeUri, uriFromArgument } from './arguments';

const isLadderOrCatalogue = (uri: vscode.Uri): boolean => isLadderFileUri(uri) && !isAssessmentUri(uri);

interface ImpactItem extends vscode.QuickPickItem {
  entry: LadderImpactEntry;
}

/**
 * "Show Ladder Impact": who the unsaved and uncommitted changes to a ladder or catalogue change the
 * verdict for, compared with its version at HEAD (from a code lens: for one level). Shows the list in a
 * quick pick, one person and level per item (before → after, and why); choosing one opens the
 * assessment. Returns what the server answered, without waiting for the pick.
 */
export async function showImpact(
  client: LadderClient,
  fileArgument?: unknown,
  level?: unknown,
): Promise<LadderImpactResult | undefined> {
  const uri = uriFromArgument(fileArgument) ?? activeUri(isLadderOrCatalogue);
  if (!uri || !isLadderOrCatalogue(uri)) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Open a ladder (*.ladder.yaml) or competency catalogue to see who its changes affect.'),
    );
    return undefined;
  }
  const result = await client.sendRequest(LadderImpactRequest, {
    uri: uri.toString(),
    ...(typeof level === 'string' ? { level } : {}),
  });
  const levelName = typeof level === 'string' ? (result.entries[0]?.levelName ?? level) : undefined;
  if (result.entries.length === 0) {
    const message =
      result.unavailable !== undefined
        ? vscode.l10n.t('Ladder impact is not available: {0}.', result.unavailable)
        : levelName !== undefined
          ? vscode.l10n.t("Compared with HEAD, these changes alter nobody's verdict on {0}.", levelName)
          : vscode.l10n.t("Compared with HEAD, these changes alter nobody's verdict.");
    void vscode.window.showInformationMessage(message);
    return result;
  }
  const picker = vscode.window.createQuickPick<ImpactItem>();
  const people = new Set(result.entries.map((entry) => entry.assessmentUri)).size;
  const who = people === 1 ? vscode.l10n.t('1 person') : vscode.l10n.t('{0} people', people);
  const base = result.base ? ` (${result.base.commit.slice(0, 7)})` : '';
  picker.title =
    (levelName !== undefined
      ? vscode.l10n.t('Ladder impact on {0}: {1}, compared with HEAD', levelName, who)
      : vscode.l10n.t('Ladder impact: {0}, compared with HEAD', who)) + base;
  picker.placeholder = vscode.l10n.t('Choose a person to open their self-assessment');
  picker.matchOnDescription = true;
  picker.matchOnDetail = true;
  picker.items = result.entries.map((entry) => ({
    label: entry.person,
    description: `${entry.levelName}: ${entry.summary}`,
    detail: entry.reasons.join(' · '),
    entry,
  }));
  picker.onDidAccept(() => {
    const chosen = picker.selectedItems[0];
    picker.hide();
    if (chosen) void vscode.window.showTextDocument(vscode.Uri.parse(chosen.entry.assessmentUri));
  });
  picker.onDidHide(() => picker.dispose());
  picker.show();
  return result;
}
