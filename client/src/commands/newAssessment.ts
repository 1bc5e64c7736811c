import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import { LadderStructureRequest, ScaffoldAssessmentRequest, newFileSuffix } from '../../../server/src/protocol';
import { isLadderUri } from '../ladderFiles';
import { activeUri, exists, uriFromArgument } from './arguments';
import { numberedName, personSlug, validateAssessmentFileName, validatePerson } from './fileNames';
import { pickLadder, pickLevel } from './pickers';

/** Lets tests and other extensions create an assessment without any prompt. */
export interface NewAssessmentArgs {
  ladderUri?: string | vscode.Uri;
  /** The person's current level. */
  levelId?: string;
  person?: string;
}

const SUFFIX = newFileSuffix('SelfAssessment');

const fileName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

function isArgs(value: unknown): value is NewAssessmentArgs {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && !('kind' in value);
}

async function askPerson(): Promise<string | undefined> {
  const person = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Self-Assessment'),
    prompt: vscode.l10n.t('Who is the self-assessment for?'),
    placeHolder: vscode.l10n.t('Full name, e.g. Alex Kim'),
    validateInput: (value) => validatePerson(value),
    ignoreFocusOut: true,
  });
  return person?.trim();
}

/** Asks for another name until the user picks one that does not exist yet (or cancels). */
async function askFreeName(folder: vscode.Uri, taken: string, suggestion: string): Promise<vscode.Uri | undefined> {
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Self-Assessment'),
    prompt: vscode.l10n.t('{0} already exists and will not be overwritten. Choose another file name.', taken),
    value: suggestion,
    valueSelection: [0, suggestion.length - SUFFIX.length],
    ignoreFocusOut: true,
    validateInput: async (value) =>
      validateAssessmentFileName(value) ??
      ((await exists(vscode.Uri.joinPath(folder, value))) ? vscode.l10n.t('{0} already exists.', value) : undefined),
  });
  return name ? vscode.Uri.joinPath(folder, name) : undefined;
}

/** The first `slug[-n].assessment.yaml` next to the ladder that does not exist yet. */
async function firstFreeName(folder: vscode.Uri, base: string): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, numberedName(base, SUFFIX, n));
    if (!(await exists(candidate))) return candidate;
  }
}

/**
 * Creates a self-assessment for a person against a ladder, next to the ladder, and opens it. Without
 * arguments it asks for the ladder, the person's current level and their name; the file is named after
 * the person and an existing file is never overwritten (the user is asked for another name; with
 * arguments, a numbered name is chosen). Returns the new file, or undefined when cancelled.
 */
export async function newAssessment(client: LadderClient, argument?: unknown): Promise<vscode.Uri | undefined> {
  const args: NewAssessmentArgs = isArgs(argument) ? argument : {};
  const interactive = !isArgs(argument);
  const ladder =
    uriFromArgument(args.ladderUri ?? argument) ??
    activeUri(isLadderUri) ??
    (await pickLadder(client, vscode.l10n.t('Which ladder is the assessment against?')));
  if (!ladder) return undefined;
  if (!isLadderUri(ladder))
    throw new Error(
      vscode.l10n.t('{0} is not a ladder file (*.ladder.yaml).', vscode.workspace.asRelativePath(ladder)),
    );

  let levelId = args.levelId;
  if (!levelId) {
    const structure = await client.sendRequest(LadderStructureRequest, { uri: ladder.toString() });
    if (!structure || structure.tracks.every((track) => track.levels.length === 0)) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          '{0} has no levels to start from; fix its errors first.',
          vscode.workspace.asRelativePath(ladder),
        ),
      );
      return undefined;
    }
    levelId = await pickLevel(structure, vscode.l10n.t("What is the person's current level?"));
    if (!levelId) return undefined;
  }

  const person = args.person?.trim() ?? (await askPerson());
  if (!person) return undefined;
  const invalid = validatePerson(person);
  if (invalid) throw new Error(invalid);

  const folder = vscode.Uri.joinPath(ladder, '..');
  const base = personSlug(person) || 'self';
  let target: vscode.Uri | undefined = vscode.Uri.joinPath(folder, `${base}${SUFFIX}`);
  if (await exists(target)) {
    target = interactive
      ? await askFreeName(folder, `${base}${SUFFIX}`, fileName(await firstFreeName(folder, base)))
      : await firstFreeName(folder, base);
    if (!target) return undefined;
  }

  const { text } = await client.sendRequest(ScaffoldAssessmentRequest, {
    ladderUri: ladder.toString(),
    targetUri: target.toString(),
    levelId,
    person,
  });
  // Checked again right before writing: the prompts above may have taken a while.
  if (await exists(target))
    throw new Error(vscode.l10n.t('{0} already exists; nothing was written.', vscode.workspace.asRelativePath(target)));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
