import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import { ScaffoldReviewRequest, nameBeforeKindEnding, newFileSuffix } from '../../../server/src/protocol';
import { isAssessmentUri } from '../ladderFiles';
import { activeUri, exists, uriFromArgument } from './arguments';
import { numberedName, validateReviewFileName } from './fileNames';
import { pickAssessment } from './pickers';

/** Lets tests and other extensions create a review without any prompt. */
export interface NewReviewArgs {
  assessmentUri?: string | vscode.Uri;
  /** The new file's name, in the assessment's folder; without it the first free `<person>[-n].review.yaml`. */
  fileName?: string;
}

const SUFFIX = newFileSuffix('Review');

function isArgs(value: unknown): value is NewReviewArgs {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) && !('kind' in value);
}

/** The first `base[-n].review.yaml` in `folder` that does not exist yet. */
async function firstFreeName(folder: vscode.Uri, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = numberedName(base, SUFFIX, n);
    if (!(await exists(vscode.Uri.joinPath(folder, name)))) return name;
  }
}

/** Asks for the review's file name, suggesting a free one; names that exist already are refused. */
async function askFileName(folder: vscode.Uri, suggestion: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('New Review'),
    prompt: vscode.l10n.t('File name of the review, next to the assessment (an existing file is never overwritten)'),
    value: suggestion,
    valueSelection: [0, suggestion.length - SUFFIX.length],
    ignoreFocusOut: true,
    validateInput: async (value) =>
      validateReviewFileName(value) ??
      ((await exists(vscode.Uri.joinPath(folder, value))) ? vscode.l10n.t('{0} already exists.', value) : undefined),
  });
}

/**
 * Creates a review of a self-assessment next to it and opens it in a normal (non-preview) editor: the
 * assessment the command was invoked on, else the active editor's, else one the user picks. The server
 * writes the text (the competencies the next levels expect, reviewer and role to fill in). Without
 * arguments the user names the file; an existing file is never overwritten. Returns the new file, or
 * undefined when cancelled.
 */
export async function newReview(client: LadderClient, argument?: unknown): Promise<vscode.Uri | undefined> {
  const args: NewReviewArgs = isArgs(argument) ? argument : {};
  const assessment =
    uriFromArgument(args.assessmentUri ?? argument) ??
    activeUri(isAssessmentUri) ??
    (await pickAssessment(client, vscode.l10n.t('Which self-assessment does the review rate?')));
  if (!assessment) return undefined;
  if (!isAssessmentUri(assessment))
    throw new Error(
      vscode.l10n.t('{0} is not a self-assessment (*.assessment.yaml).', vscode.workspace.asRelativePath(assessment)),
    );

  const folder = vscode.Uri.joinPath(assessment, '..');
  const assessmentName = assessment.path.slice(assessment.path.lastIndexOf('/') + 1);
  const base = nameBeforeKindEnding(assessmentName) || 'review';
  let name: string | undefined = args.fileName;
  if (name === undefined)
    name = isArgs(argument)
      ? await firstFreeName(folder, base)
      : await askFileName(folder, await firstFreeName(folder, base));
  if (!name) return undefined;
  const invalid = validateReviewFileName(name);
  if (invalid) throw new Error(invalid);
  const target = vscode.Uri.joinPath(folder, name);
  if (await exists(target))
    throw new Error(vscode.l10n.t('{0} already exists; nothing was written.', vscode.workspace.asRelativePath(target)));

  const { text } = await client.sendRequest(ScaffoldReviewRequest, {
    assessmentUri: assessment.toString(),
    targetUri: target.toString(),
  });
  // Checked again right before writing: the prompt and the request may have taken a while.
  if (await exists(target))
    throw new Error(vscode.l10n.t('{0} already exists; nothing was written.', vscode.workspace.asRelativePath(target)));
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
