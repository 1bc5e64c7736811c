import type { Range, TextEdit } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineMap, type LadderService } from '../core';
import { toOffset, toRange } from './positions';

/**
 * Format Document (no range) or Format Selection: the core's edits for the text the editor holds, in
 * that text's positions. Nothing for a document the server does not hold open.
 */
export function formatDocument(
  service: LadderService,
  uri: string,
  document: TextDocument | undefined,
  sortKeys: boolean,
  range?: Range,
): TextEdit[] {
  if (!document) return [];
  const text = document.getText();
  const map = new LineMap(text);
  const span = range ? { start: toOffset(map, range.start), end: toOffset(map, range.end) } : undefined;
  return service
    .format(uri, text, { sortKeys, ...(span ? { span } : {}) })
    .map((edit) => ({ range: toRange(map, edit.span), newText: edit.newText }));
}
