import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveReference, type Review, type Workspace } from '../core';
import { pathToUri } from '../node/fileUris';
import { UsageError } from './args';
import { fileProblems, type Problem } from './problems';

/** The review to score under, or the problems that keep it from being read. */
export type ReviewChoice = { review: Review } | { problems: Problem[] };

/**
 * The file named by `--review`: it must exist and be a review of the assessment at `assessmentUri`
 * (anything else is bad usage). A review that cannot be read, or does not say what it reviews, has
 * problems to print instead.
 */
export function reviewOption(
  workspace: Workspace,
  written: string,
  assessmentUri: string,
  assessmentWritten: string,
  cwd: string,
): ReviewChoice {
  const path = resolve(cwd, written);
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new UsageError(`'${written}' does not exist`, 'score');
  }
  if (!isFile) throw new UsageError(`'${written}' is not a file; --review takes one review file`, 'score');
  const uri = pathToUri(path);
  workspace.addKnownFile(uri);
  const file = workspace.file(uri);
  const kind = file.analyzed?.kind;
  if (kind !== undefined && kind !== 'Review')
    throw new UsageError(`'${written}' is a ${kind} file; --review takes a Review file`, 'score');
  const review = workspace.review(uri);
  if (!review?.assessment) return { problems: fileProblems(workspace, path, cwd, (d) => d.severity === 'error') };
  if (resolveReference(uri, review.assessment.value) !== assessmentUri) {
    throw new UsageError(`'${written}' reviews '${review.assessment.value}', not '${assessmentWritten}'`, 'score');
  }
  return { review };
}
