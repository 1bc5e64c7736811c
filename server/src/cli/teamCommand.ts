import { anonymizeTeamReport, buildTeamReport, type TeamReport } from '../core';
import { pathToUri, uriToPath } from '../node/fileUris';
import { UsageError, type TeamFormat } from './args';
import { collectFiles } from './collectFiles';
import { createCliService } from './createService';
import { commandLineRoots } from './roots';
import { RealRoots } from '../node/realRoots';
import type { CliIo } from './io';
import { displayPath } from './problems';
import { createStyle } from './style';
import { teamToHtml } from './teamHtml';
import { teamToJson, type TeamView } from './teamJson';
import { teamToMarkdown } from './teamMarkdown';
import { teamToText } from './teamText';

export interface TeamRequest {
  paths: string[];
  format: TeamFormat;
  anonymize: boolean;
}

/** The files `ladder team` reads: as `ladder check` finds them, with usage errors about `team`. */
function findFiles(paths: readonly string[], cwd: string, roots: readonly string[]): ReturnType<typeof collectFiles> {
  let found;
  try {
    found = collectFiles(paths, cwd, new RealRoots(roots));
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(error.message, 'team');
    throw error;
  }
  if (found.files.length === 0 && found.unreadable.length === 0) {
    throw new UsageError(
      `no ladder files found in ${paths.map((p) => `'${p}'`).join(', ')} (looked for *.assessment.yaml and the other ladder files, or .yml)`,
      'team',
    );
  }
  return found;
}

/**
 * `ladder team PATH…`: every assessment found, scored and summed up per ladder, in the asked format.
 * Returns 0: the report is produced even when files have errors (they are listed in it).
 */
export function runTeam(request: TeamRequest, io: CliIo): number {
  const roots = commandLineRoots(request.paths, io.cwd);
  const { files, unreadable, realPaths } = findFiles(request.paths, io.cwd, roots);
  const { workspace } = createCliService(roots, realPaths);
  for (const path of files) workspace.addKnownFile(pathToUri(path));
  let report: TeamReport = buildTeamReport(workspace, files.map(pathToUri), { today: new Date() });
  // Folders that could not be listed are files with errors of their own kind: listed, never skipped silently.
  const folders = unreadable.map((dir) => ({
    uri: pathToUri(dir.path),
    role: 'other' as const,
    errors: [
      {
        line: 0,
        character: 0,
        code: 'unreadable-directory',
        message: `Cannot read this directory (${dir.message}), so the files in it were not read.`,
      },
    ],
  }));
  report = { ...report, problems: [...report.problems, ...folders] };
  if (request.anonymize) report = anonymizeTeamReport(report);
  const view: TeamView = {
    file: (uri) => {
      if (uri === '') return null;
      const path = uriToPath(uri);
      return path === undefined ? uri : displayPath(path, io.cwd);
    },
    anonymized: request.anonymize,
    style: createStyle(io.color && request.format === 'text'),
  };
  const formats: Record<TeamFormat, (report: TeamReport, view: TeamView) => string> = {
    text: teamToText,
    json: teamToJson,
    markdown: teamToMarkdown,
    html: teamToHtml,
  };
  io.out(formats[request.format](report, view));
  return 0;
}
