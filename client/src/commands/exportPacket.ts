import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import { PacketRequest, ScoreRequest, type ScoreResult } from '../../../server/src/protocol';
import { isAssessmentUri } from '../ladderFiles';
import { percent, statusLabel } from '../verdict';
import { activeUri, exists, uriFromArgument } from './arguments';
import { packetFileName } from './fileNames';
import { pickAssessment } from './pickers';

interface LevelItem extends vscode.QuickPickItem {
  levelId: string;
}

/** Asks for the packet's level: the next and target levels first (the target on top), then the others. */
async function pickPacketLevel(score: ScoreResult): Promise<string | undefined> {
  const levels = score.report?.levels ?? [];
  const focus = [...new Set([...(score.target !== undefined ? [score.target] : []), ...score.focus])];
  const item = (id: string): LevelItem | undefined => {
    const level = levels.find((candidate) => candidate.id === id);
    if (!level) return undefined;
    const why =
      id === score.target ? vscode.l10n.t('target') : focus.includes(id) ? vscode.l10n.t('next level') : undefined;
    const ready = percent(Math.floor(level.readiness * 100 + 1e-9));
    return {
      label: level.name,
      description: [why, vscode.l10n.t('{0}, {1} ready', statusLabel(level.status), ready)].filter(Boolean).join(' · '),
      detail: level.id,
      levelId: level.id,
    };
  };
  const first = focus.map(item).filter((entry): entry is LevelItem => entry !== undefined);
  const rest = levels.filter((level) => !focus.includes(level.id)).map((level) => item(level.id)!);
  const items: (LevelItem | vscode.QuickPickItem)[] = [
    ...first,
    ...(first.length > 0 && rest.length > 0
      ? [{ label: vscode.l10n.t('Other levels'), kind: vscode.QuickPickItemKind.Separator }]
      : []),
    ...rest,
  ];
  const chosen = await vscode.window.showQuickPick(items, {
    placeHolder:
      score.person !== undefined
        ? vscode.l10n.t('The level of {0} promotion packet', score.person)
        : vscode.l10n.t('The level of the promotion packet'),
    matchOnDetail: true,
  });
  return chosen && 'levelId' in chosen ? chosen.levelId : undefined;
}

/**
 * Exports a promotion packet: the assessment it was invoked on (panel button, tree item, editor), else the
 * active one, else one the user picks; the level given, else one the user picks. Asks where to save it and
 * never replaces a file without asking (nor an input of the packet at all). Returns the file written.
 */
export async function exportPacket(
  client: LadderClient,
  argument?: unknown,
  level?: unknown,
): Promise<vscode.Uri | undefined> {
  const uri =
    uriFromArgument(argument) ??
    activeUri(isAssessmentUri) ??
    (await pickAssessment(client, vscode.l10n.t('Export the promotion packet of…')));
  if (!uri) return undefined;
  if (!isAssessmentUri(uri)) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('A promotion packet is made from a self-assessment (*.assessment.yaml).'),
    );
    return undefined;
  }
  const score = await client.sendRequest(ScoreRequest, { uri: uri.toString() });
  if (!score.report) {
    void vscode.window.showErrorMessage(
      score.message ?? vscode.l10n.t('{0} cannot be scored.', vscode.workspace.asRelativePath(uri)),
    );
    return undefined;
  }
  const levelId = typeof level === 'string' && level.length > 0 ? level : await pickPacketLevel(score);
  if (!levelId) return undefined;
  const packet = await client.sendRequest(PacketRequest, { uri: uri.toString(), level: levelId });
  if (packet.html === undefined) {
    void vscode.window.showErrorMessage(packet.message ?? vscode.l10n.t('The promotion packet could not be made.'));
    return undefined;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(uri, '..', packetFileName(uri.path, packet.level ?? levelId)),
    filters: { [vscode.l10n.t('HTML page')]: ['html'] },
    saveLabel: vscode.l10n.t('Export Packet'),
    title: vscode.l10n.t('Export the {0} promotion packet', packet.levelName ?? levelId),
  });
  if (!target) return undefined;
  const inputs = [uri.toString(), score.ladderUri].filter((input): input is string => input !== undefined);
  if (inputs.includes(target.toString())) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The packet cannot replace one of its own files; choose another name.'),
    );
    return undefined;
  }
  if (await exists(target)) {
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Replace it with the promotion packet?', name),
      { modal: true },
      replace,
    );
    if (answer !== replace) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(packet.html));
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Promotion packet written to {0}.', vscode.workspace.asRelativePath(target)),
  );
  return target;
}
