import { UsageError, type CheckFormat } from './args';
import { RealRoots } from '../node/realRoots';
import { collectFiles } from './collectFiles';
import { problemsToJson, problemsToText } from './formatProblems';
import type { CliIo } from './io';
import { checkFiles, threadCount } from './parallelCheck';
import { skippedFileProblem, sortProblems, summaryLine, unreadableDirectoryProblem } from './problems';
import { commandLineRoots } from './roots';
import { problemsToSarif } from './sarif';
import { createStyle } from './style';
import { VERSION } from './usage';

/**
 * `ladder check PATH…`: every file is registered first, so that cross-file checks (includes, an
 * assessment's ladder) see them all; then each file's problems are printed, sorted. Many files are
 * analysed on several threads (parallelCheck.ts).
 * Returns the exit code: 1 when any problem is an error, else 0. Throws UsageError when there is nothing to check.
 */
export function runCheck(paths: readonly string[], format: CheckFormat, io: CliIo): number {
  const roots = commandLineRoots(paths, io.cwd);
  const { files, unreadable, skipped, realPaths } = collectFiles(paths, io.cwd, new RealRoots(roots));
  if (files.length === 0 && unreadable.length === 0 && skipped.length === 0) {
    throw new UsageError(
      `no ladder files found in ${paths.map((p) => `'${p}'`).join(', ')} (looked for *.ladder.yaml, *.competencies.yaml, *.assessment.yaml and *.review.yaml, or .yml)`,
      'check',
    );
  }
  const problems = sortProblems([
    ...checkFiles(files, io.cwd, threadCount(files.length), roots, realPaths),
    ...unreadable.map((dir) => unreadableDirectoryProblem(dir.path, dir.message, io.cwd)),
    ...skipped.map((file) => skippedFileProblem(file, io.cwd)),
  ]);
  if (format === 'json') io.out(problemsToJson(problems));
  else if (format === 'sarif') io.out(problemsToSarif(problems, { version: VERSION, cwd: io.cwd }));
  else io.out(problemsToText(problems, createStyle(io.color)));
  io.err(`${summaryLine(files.length, problems)}\n`);
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}
