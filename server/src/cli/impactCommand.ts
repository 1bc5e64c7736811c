import {
  assessImpact,
  createLadderService,
  DEFAULT_MAX_FILE_CHARS,
  ImpactSession,
  kindFromFileName,
  maxFileBytes,
  type AssessmentImpact,
} from '../core';
import { pathToUri, uriToPath } from '../node/fileUris';
import { GitTreeHost } from '../node/gitTreeHost';
import { RealRoots } from '../node/realRoots';
import { UsageError, type ReportFormat } from './args';
import { collectFiles } from './collectFiles';
import { problemsToText } from './formatProblems';
import { gitCommandRoots, gitDiskHost } from './gitDiskHost';
import { commitOf, existingPath, repositoryOf, requireInside } from './gitContext';
import { impactToJson, type ImpactReport } from './impactJson';
import { impactToMarkdown } from './impactMarkdown';
import { impactToText } from './impactText';
import type { CliIo } from './io';
import { displayPath, scoreErrorProblems, sortProblems } from './problems';
import { createStyle } from './style';

export interface ImpactRequest {
  base: string;
  paths: string[];
  format: ReportFormat;
}

/** The assessments under the paths: files named like assessments in the directories, and any file named on the command line. */
function assessmentsUnder(paths: readonly string[], cwd: string, roots: readonly string[]): string[] {
  let collected;
  try {
    collected = collectFiles(paths, cwd, new RealRoots(roots));
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(error.message, 'impact');
    throw error;
  }
  const named = new Set(paths.map((written) => existingPath(written, cwd, 'impact').path));
  return collected.files
    .filter((path) => named.has(path) || kindFromFileName(path) === 'SelfAssessment')
    .map(pathToUri);
}

/**
 * `ladder impact --base REF [PATH…]`: every assessment under the paths, scored with the ladder and
 * catalogue files as they were at REF (read from git's objects) and as they are now; prints the levels
 * whose verdict changes. Returns 0, or 1 when files have errors now. Throws UsageError or
 * EnvironmentError (exit 2) for bad arguments, no repository or an unknown revision.
 */
export async function runImpact(request: ImpactRequest, io: CliIo): Promise<number> {
  const located = request.paths.map((written) => ({ written, ...existingPath(written, io.cwd, 'impact') }));
  const first = located[0]!;
  const repository = await repositoryOf(first.path, first.isDirectory, first.written);
  for (const path of located) requireInside(repository, path.path, path.written);
  const commit = await commitOf(repository, request.base);

  const roots = gitCommandRoots(repository, request.paths, io.cwd);
  const assessments = assessmentsUnder(request.paths, io.cwd, roots);
  const fromWorkingTree = new Set(assessments);
  const disk = gitDiskHost(roots);
  const now = new Date();
  const after = createLadderService({ host: disk, now: () => now }).workspace;
  const beforeHost = await GitTreeHost.load(repository, commit, request.base, {
    disk,
    fromDisk: (uri) => fromWorkingTree.has(uri),
    maxBytes: maxFileBytes(DEFAULT_MAX_FILE_CHARS),
    followRenames: true,
  });
  const before = createLadderService({ host: beforeHost, now: () => now }).workspace;

  const session = new ImpactSession(before, after, (uri) => {
    const read = beforeHost.read(uri);
    return 'text' in read ? read.text : undefined;
  });
  const impacts: AssessmentImpact[] = [];
  for (const uri of assessments) {
    if (after.kindOf(uri) !== 'SelfAssessment') continue;
    impacts.push(assessImpact(session, uri, now));
  }
  // Each file's errors once, however many assessments share the file.
  const errors = new Map(impacts.flatMap((impact) => [...impact.errors]));
  const problems = sortProblems(scoreErrorProblems(after, errors, io.cwd));
  const shown = (uri: string) => displayPath(uriToPath(uri) ?? uri, io.cwd);
  const report: ImpactReport = { base: request.base, commit, impacts, problems, file: shown };

  if (request.format === 'json') io.out(impactToJson(report));
  else if (request.format === 'markdown') io.out(impactToMarkdown(report));
  else io.out(`${problemsToText(problems, createStyle(io.color))}${impactToText(report, createStyle(io.color))}`);
  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    const skipped = impacts.filter((impact) => impact.errors.size > 0).length;
    io.err(
      `ladder: ${skipped} ${skipped === 1 ? 'assessment' : 'assessments'} not compared: errors in ${files} ${files === 1 ? 'file' : 'files'}\n`,
    );
    return 1;
  }
  return 0;
}
