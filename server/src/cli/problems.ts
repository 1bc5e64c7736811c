import { basename, dirname, relative, sep } from 'node:path';
import { LineMap, type LadderDiagnostic, type Severity, type Workspace } from '../core';
import { skippedFileMessage, type SkippedFile } from '../node/fileTypes';
import { pathToUri, uriToPath } from '../node/fileUris';

/** One problem as the CLI prints it; the shape of `--format json`. Lines and columns start at 1; the end is exclusive. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  message: string;
  code: string;
}

/** How a path is shown: relative to the current directory. */
export function displayPath(path: string, cwd: string): string {
  // Most paths are plainly inside it (both are absolute and normalized): the rest of the path is the answer.
  if (path.length > cwd.length + 1 && path.startsWith(cwd) && path[cwd.length] === sep && !cwd.endsWith(sep))
    return path.slice(cwd.length + 1);
  const folder = dirname(path);
  if (folder === path || cwd === path || cwd.startsWith(path + sep)) return relative(cwd, path) || path;
  // Elsewhere, the way to each folder is worked out once: the files of a check share a few folders.
  const key = `${cwd}\u0000${folder}`;
  let fromCwd = relativeFolders.get(key);
  if (fromCwd === undefined) {
    if (relativeFolders.size >= MAX_REMEMBERED_FOLDERS) relativeFolders.clear();
    relativeFolders.set(key, (fromCwd = relative(cwd, folder)));
  }
  return fromCwd === '' ? basename(path) : `${fromCwd}${sep}${basename(path)}`;
}

const relativeFolders = new Map<string, string>();
const MAX_REMEMBERED_FOLDERS = 10_000;

function atStart(file: string, severity: Severity, code: string, message: string): Problem {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity, message, code };
}

/** Diagnostics of one file with offsets turned into 1-based lines and columns. */
export function toProblems(file: string, text: string, diagnostics: readonly LadderDiagnostic[]): Problem[] {
  if (diagnostics.length === 0) return [];
  const lines = new LineMap(text);
  return diagnostics.map((diagnostic) => {
    const start = lines.position(diagnostic.span.start);
    const end = lines.position(Math.max(diagnostic.span.start, diagnostic.span.end));
    return {
      file,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      severity: diagnostic.severity,
      message: diagnostic.message,
      code: diagnostic.code,
    };
  });
}

/** The problems of one file, or one problem saying why it could not be read. `uri` is the path's (pathToUri). */
export function fileProblems(
  workspace: Workspace,
  path: string,
  cwd: string,
  only?: (diagnostic: LadderDiagnostic) => boolean,
  uri = pathToUri(path),
): Problem[] {
  const file = workspace.file(uri);
  if (file.failure) {
    const code = file.failure.reason === 'too-large' ? 'file-too-large' : 'unreadable-file';
    return [atStart(displayPath(path, cwd), 'error', code, `Cannot read this file: ${file.failure.message}.`)];
  }
  if (!file.analyzed) return [];
  const all = workspace.diagnostics(uri);
  const diagnostics = only ? all.filter(only) : all;
  return diagnostics.length === 0 ? [] : toProblems(displayPath(path, cwd), file.analyzed.text, diagnostics);
}

/** The error diagnostics that keep an assessment from being scored, by file URI, as problems. */
export function scoreErrorProblems(
  workspace: Workspace,
  errors: ReadonlyMap<string, readonly LadderDiagnostic[]>,
  cwd: string,
): Problem[] {
  return [...errors].flatMap(([uri, diagnostics]) => {
    const path = uriToPath(uri) ?? uri;
    const text = workspace.file(uri).analyzed?.text ?? '';
    return toProblems(displayPath(path, cwd), text, diagnostics);
  });
}

export function unreadableDirectoryProblem(path: string, message: string, cwd: string): Problem {
  return atStart(
    displayPath(path, cwd),
    'error',
    'unreadable-directory',
    `Cannot read this directory (${message}), so the files in it were not checked.`,
  );
}

/** A file named like a ladder file that `check` found in a folder but did not read (see collectFiles). */
export function skippedFileProblem(file: SkippedFile, cwd: string): Problem {
  return atStart(displayPath(file.path, cwd), 'warning', 'skipped-file', skippedFileMessage(file.reason));
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorted by file, then position, then severity; stable otherwise. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      a.endLine - b.endLine ||
      a.endColumn - b.endColumn ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity]++;
  return counts;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "3 files checked: 1 error, 2 warnings", or "…: no problems". */
export function summaryLine(fileCount: number, problems: readonly Problem[]): string {
  const counts = countBySeverity(problems);
  const parts =
    problems.length === 0
      ? ['no problems']
      : [
          plural(counts.error, 'error'),
          ...(counts.warning > 0 ? [plural(counts.warning, 'warning')] : []),
          ...(counts.info > 0 ? [`${counts.info} info`] : []),
        ];
  return `${plural(fileCount, 'file')} checked: ${parts.join(', ')}`;
}
