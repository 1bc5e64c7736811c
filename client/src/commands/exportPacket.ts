import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import { PacketRequest, ScoreRequest, type ScoreResult } from '../../../server/src/protocol';
import { isAssessmentUri } from '../ladderFiles';
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
    const why = id === score.target ? 'target' : focus.includes(id) ? 'next level' : undefined;
    return {
      label: level.name,
      description: [why, `${level.status.replace('-', ' ')}, ${Math.floor(level.readiness * 100 + 1e-9)}% ready`]
        .filter(Boolean)
        .join(' · '),
      detail: level.id,
      levelId: level.id,
    };
  };
  const first = focus.map(item).filter((entry): entry is LevelItem => entry !== undefined);
  const rest = levels.filter((level) => !focus.includes(level.id)).map((level) => item(level.id)!);
  const items: (LevelItem | vscode.QuickPickItem)[] = [
    ...first,
    ...(first.length > 0 && rest.length > 0
      ? [{ label: 'Other levels', kind: vscode.QuickPickItemKind.Separator }]
      : []),
    ...rest,
  ];
  const chosen = await vscode.window.showQuickPick(items, {
    placeHolder: `The level of ${score.person ?? 'the'} promotion packet`,
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
    (await pickAssessment(client, 'Export the promotion packet of…'));
  if (!uri) return undefined;
  if (!isAssessmentUri(uri)) {
    void vscode.window.showErrorMessage('A promotion packet is made from a self-assessment (*.assessment.yaml).');
    return undefined;
  }
  const score = await client.sendRequest(ScoreRequest, { uri: uri.toString() });
  if (!score.report) {
    void vscode.window.showErrorMessage(score.message ?? `${vscode.workspace.asRelativePath(uri)} cannot be scored.`);
    return undefined;
  }
  const levelId = typeof level === 'string' && level.length > 0 ? level : await pickPacketLevel(score);
  if (!levelId) return undefined;
  const packet = await client.sendRequest(PacketRequest, { uri: uri.toString(), level: levelId });
  if (packet.html === undefined) {
    void vscode.window.showErrorMessage(packet.message ?? 'The promotion packet could not be made.');
    return undefined;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(uri, '..', packetFileName(uri.path, packet.level ?? levelId)),
    filters: { 'HTML page': ['html'] },
    saveLabel: 'Export Packet',
    title: `Export the ${packet.levelName ?? levelId} promotion packet`,
  });
  if (!target) return undefined;
  const inputs = [uri.toString(), score.ladderUri].filter((input): input is string => input !== undefined);
  if (inputs.includes(target.toString())) {
    void vscode.window.showErrorMessage('The packet cannot replace one of its own files; choose another name.');
    return undefined;
  }
  if (await exists(target)) {
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const answer = await vscode.window.showWarningMessage(
      `${name} already exists. Replace it with the promotion packet?`,
      { modal: true },
      'Replace',
    );
    if (answer !== 'Replace') return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(packet.html));
  void vscode.window.showInformationMessage(`Promotion packet written to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}
