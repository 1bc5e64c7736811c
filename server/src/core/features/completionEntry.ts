import type { Span } from '../types';
import type { CursorContext } from './cursor';
import type { FileEnv } from './fileEnv';
import type { SchemaNode } from './schemaNav';

/**
 * One completion proposal. `replace` is the text it replaces (on the cursor's line, containing the
 * cursor); `insertText` replaces it. Lines after the first carry their full indentation, so insert them
 * as they are (LSP `insertTextMode: asIs`). With `isSnippet`, `insertText` uses snippet syntax.
 */
export interface CompletionEntry {
  label: string;
  kind: 'property' | 'value' | 'reference' | 'snippet' | 'file' | 'enum';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  isSnippet?: boolean;
  replace: Span;
  sortText?: string;
  filterText?: string;
}

/** A file being completed in: its analysis, its kind's schema and the cursor's place. */
export type CompletionEnv = FileEnv & { root: SchemaNode | undefined; cursor: CursorContext };

/** Orders entries by group (required keys 0, the rest 1, less likely ids 2, snippets 3), then by position. */
export function sortKey(index: number, group = 1): string {
  return `${group}${String(index).padStart(4, '0')}`;
}

/** An entry replacing the cursor's word, with the prefix and quote handling of its place. */
export function entry(
  env: CompletionEnv,
  label: string,
  kind: CompletionEntry['kind'],
  insertText: string,
  extra: Partial<CompletionEntry> = {},
): CompletionEntry {
  const { cursor } = env;
  return {
    label,
    kind,
    insertText: cursor.prefix + insertText,
    replace: cursor.replace,
    ...(cursor.quote ? { filterText: cursor.quote + label } : {}),
    ...extra,
  };
}
