import * as l10n from '@vscode/l10n';
import { formatGrouped } from '../text/numbers';
import { DEFAULT_MAX_FILE_CHARS } from './parseYaml';

// The size limit is counted in characters, as `text.length` counts them (UTF-16 code units): that is what
// the parser is given, and how the editor and LSP measure a document, whether it came from disk or not.
// Files on disk are measured in bytes before they are read; the bound below converts exactly, with no
// guess about the text.

/** UTF-8 takes at most three bytes per UTF-16 code unit (four for a surrogate pair, which is two units). */
const MAX_UTF8_BYTES_PER_CHAR = 3;
const BYTE_ORDER_MARK_BYTES = 3;

/** The most bytes a UTF-8 file of at most `maxFileChars` characters can have: a larger file is over the limit, unread. */
export function maxFileBytes(maxFileChars: number): number {
  return maxFileChars * MAX_UTF8_BYTES_PER_CHAR + BYTE_ORDER_MARK_BYTES;
}

/** Why a file of `bytes` bytes is refused unread, for a host's read failure (disk or editor). */
export function tooLargeReason(bytes: number, maxFileChars: number): string {
  return l10n.t(
    'it is too large ({0} bytes; the limit is {1} characters)',
    formatGrouped(bytes),
    formatGrouped(maxFileChars),
  );
}

/** The limit set by `ladder.maxFileSize`, in megabytes (2^20 characters each); the default unless a positive number. */
export function maxFileCharsFromSetting(megabytes: unknown): number {
  const value = Number(megabytes);
  return Number.isFinite(value) && value > 0 ? Math.round(value * 1024 * 1024) : DEFAULT_MAX_FILE_CHARS;
}
