import { isMap, isSeq, type Document } from 'yaml';
import { findEntry } from '../parse/nodes';
import { yamlId } from '../text/yamlText';
import type { Span, TextEdit } from '../types';
import { lineAt, lineStart } from './lineShape';
import { locate } from './locate';

/** The offset where the line after the one holding `offset` starts, or the end of the text. */
function nextLineStart(text: string, offset: number): number {
  const lf = text.indexOf('\n', offset);
  return lf < 0 ? text.length : lf + 1;
}

/** The line break the text uses. */
function lineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * The edit that adds `former` to the `formerly` list of the item whose `id:` value is at `idSpan`: an item
 * appended to an existing list (flow or block), or a new `formerly: [former]` after the `id` (on the next
 * line of a block mapping, after the id in a flow one). Undefined when the item cannot be found.
 */
export function formerlyEdit(text: string, doc: Document, idSpan: Span, former: string): TextEdit | undefined {
  const located = locate(doc, idSpan.start);
  const item = located.collections[located.collections.length - 1]?.node;
  if (!isMap(item) || located.path[located.path.length - 1] !== 'id') return undefined;
  const written = yamlId(former);
  const formerly = findEntry(item, 'formerly');
  const list = formerly?.value;
  if (formerly && isSeq(list) && list.range) {
    if (list.flow) {
      const close = list.range[1] - 1;
      if (text[close] !== ']') return undefined;
      const insert = list.items.length > 0 ? `, ${written}` : written;
      return { span: { start: close, end: close }, newText: insert };
    }
    const last = list.items[list.items.length - 1] as { range?: [number, number, number] } | undefined;
    if (!last?.range) return undefined;
    const dashColumn = list.range[0] - lineStart(text, list.range[0]);
    const at = nextLineStart(text, last.range[1]);
    const eol = at === text.length && !text.endsWith('\n') ? lineBreak(text) : '';
    return {
      span: { start: at, end: at },
      newText: `${eol}${' '.repeat(dashColumn)}- ${written}${eol ? '' : lineBreak(text)}`,
    };
  }
  if (formerly) return undefined;
  if (item.flow) return { span: { start: idSpan.end, end: idSpan.end }, newText: `, formerly: [${written}]` };
  const idKey = findEntry(item, 'id')?.keyNode.range?.[0];
  if (idKey === undefined) return undefined;
  const column = idKey - lineAt(text, idKey).start;
  const at = nextLineStart(text, idSpan.end);
  const eol = at === text.length && !text.endsWith('\n') ? lineBreak(text) : '';
  return {
    span: { start: at, end: at },
    newText: `${eol}${' '.repeat(column)}formerly: [${written}]${eol ? '' : lineBreak(text)}`,
  };
}
