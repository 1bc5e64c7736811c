import * as vscode from 'vscode';

/** The `ladder.*` settings contributed in package.json. */
export const SECTION = 'ladder';
export const MAX_FILE_SIZE = 'maxFileSize';
export const CODE_LENS_ENABLED = 'codeLens.enabled';

const DEFAULT_MAX_FILE_SIZE_MB = 4;

/** `ladder.maxFileSize`: files larger than this many megabytes are not analysed. */
export function maxFileSizeMB(): number {
  const value = vscode.workspace.getConfiguration(SECTION).get<number>(MAX_FILE_SIZE, DEFAULT_MAX_FILE_SIZE_MB);
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_MAX_FILE_SIZE_MB;
}

export function codeLensEnabled(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>(CODE_LENS_ENABLED, true);
}
