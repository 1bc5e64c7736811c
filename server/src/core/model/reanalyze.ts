import { isMap, isSeq, parseDocument, type Document, type Node, type YAMLSeq } from 'yaml';
import { aliasTable, walk } from '../parse/nodes';
import { DEFAULT_MAX_FILE_CHARS, PARSE_OPTIONS, duplicateKeys, looksBinary, type ParseOptions } from '../parse/parseYaml';
import { measureStructure, valueBudget } from '../parse/structure';
import { textDelta } from '../text/textDelta';
import { analyzeParsed, type AnalyzedFile } from './analyzeFile';

/** The top-level lists whose items are re-parsed on their own. */
const LISTS = new Set(['scale', 'competencies', 'metrics', 'checks', 'tracks', 'levels']);

const isBreak = (code: number) => code === 10 || code === 13;

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The end of a block sequence item whose dash is at column `dashColumn` and whose first line starts at
 * `lineStart`: the start of the first later line that is not blank and not indented past the dash (or
 * the end of the text). Undefined when a line of the item is indented with something else than spaces.
 */
function itemEnd(text: string, lineStart: number, dashColumn: number): number | undefined {
  let i = lineStart;
  // Skip the first line.
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  while (i < text.length) {
    while (i < text.length && isBreak(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && text.charCodeAt(i) === 32) i++;
    const code = text.charCodeAt(i);
    if (i >= text.length) return text.length;
    if (isBreak(code)) continue;
    if (code === 9 || i - start <= dashColumn) return code === 9 ? undefined : start;
    while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  }
  return text.length;
}

/** The last line of `item` that is not blank. */
function lastLine(item: string): string {
  const lines = item.split(/\r?\n|\r/);
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim() !== '') return lines[i]!;
  return '';
}

function shiftRange(node: Node, from: number, by: number): void {
  const range = node.range;
  if (!range) return;
  node.range = [range[0] >= from ? range[0] + by : range[0], range[1] >= from ? range[1] + by : range[1], range[2] >= from ? range[2] + by : range[2]];
}

/**
 * Re-analyses `text`, a new version of `previous.text`, by re-parsing only the one item of a top-level
 * list (levels, competencies, tracks, metrics, checks, scale) that the change falls in, and splicing
 * it into the previous document; schema validation and the model are redone on the whole document.
 * Returns undefined whenever that could differ from a full analysis; then the caller parses in full.
 * The result equals `analyzeFile(uri, text)` (diagnostics, model, node ranges); `previous`'s document
 * is taken over and must not be used afterwards.
 *
 * It declines when: the previous parse had any problem or any alias; the change is not inside one
 * block-sequence item, after its `- `; a line of the item (old or new) is not indented past the dash;
 * the item's text (old or new) holds `&`, `*` or an explicit key `? `, or a `#` on its last line; the
 * item does not parse on its own as exactly one block-sequence item without errors, warnings or
 * duplicate keys; the new text would be refused before parsing (size, binary, nesting, number of
 * values).
 */
export function reanalyze(previous: AnalyzedFile, text: string, options: ParseOptions = {}): AnalyzedFile | undefined {
  const doc = previous.parsed.doc;
  const oldText = previous.text;
  if (!doc || !previous.model || previous.parsed.diagnostics.length > 0 || doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  if (aliasTable(doc).size > 0) return undefined;
  const limit = options.maxFileChars ?? DEFAULT_MAX_FILE_CHARS;
  if (text.length > limit || looksBinary(text)) return undefined;
  const root = doc.contents;
  if (!isMap(root) || root.flow) return undefined;

  const delta = textDelta(oldText, text);
  const lengthDelta = text.length - oldText.length;
  // The item the change falls in.
  let found: { seq: YAMLSeq; index: number; item: Node } | undefined;
  for (const pair of root.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    if (!key || !('value' in key) || !LISTS.has(String(key.value)) || !isSeq(value) || value.flow || !value.range) continue;
    if (delta.start < value.range[0] || delta.start > value.range[2]) continue;
    value.items.forEach((item, index) => {
      const node = item as Node | null;
      if (node?.range && node.range[0] <= delta.start && delta.start <= node.range[2]) found = { seq: value, index, item: node };
    });
    break;
  }
  if (!found?.item.range) return undefined;
  const itemRangeStart = found.item.range[0];
  const lineStart = lineStartOf(oldText, itemRangeStart);
  const head = oldText.slice(lineStart, itemRangeStart);
  const dashColumn = head.indexOf('-');
  if (dashColumn < 0 || !/^ *- +$/.test(head) || text.slice(lineStart, itemRangeStart) !== head) return undefined;
  if (delta.start < lineStart + dashColumn + 2) return undefined;
  const oldEnd = itemEnd(oldText, lineStart, dashColumn);
  // The last item of the file is left to a full parse: where the document ends depends on what follows.
  if (oldEnd === undefined || delta.oldEnd > oldEnd || oldEnd === oldText.length) return undefined;
  const newEnd = itemEnd(text, lineStart, dashColumn);
  if (newEnd !== oldEnd + lengthDelta) return undefined;
  const oldItem = oldText.slice(lineStart, oldEnd);
  const newItem = text.slice(lineStart, newEnd);
  // Anchors and aliases; explicit keys (`? `), since where the spans of their mappings end differs at
  // the end of a text; and a comment on the item's last line, likewise.
  const declined = /[&*]|(^|[\s-])\?(\s|$)/;
  if (declined.test(oldItem) || declined.test(newItem)) return undefined;
  if (lastLine(oldItem).includes('#') || lastLine(newItem).includes('#')) return undefined;

  // Refusals before parsing that a full analysis would make.
  const structure = measureStructure(text);
  if (structure.tooDeep || structure.values > valueBudget(limit)) return undefined;

  let part: Document.Parsed;
  try {
    part = parseDocument(newItem, PARSE_OPTIONS);
  } catch {
    return undefined;
  }
  const seq = part.contents;
  if (part.errors.length > 0 || part.warnings.length > 0 || !isSeq(seq) || seq.flow || seq.items.length !== 1) return undefined;
  const replacement = seq.items[0] as Node | null;
  if (!replacement?.range || duplicateKeys(part).length > 0) return undefined;

  // The sequence, the root mapping and the document end where the item ends, or outside it.
  const oldRange = found.item.range;
  const newRange = replacement.range.map((x) => x + lineStart) as [number, number, number];
  const ancestorEnd = (x: number): number | undefined => {
    if (x < itemRangeStart) return x;
    if (x >= oldEnd) return x + lengthDelta;
    if (x === oldRange[2]) return newRange[2];
    if (x === oldRange[1]) return newRange[1];
    return undefined;
  };
  const ancestors: { range?: [number, number, number] | null }[] = [root, found.seq, doc];
  if (ancestors.some((node) => node.range && node.range.some((x) => ancestorEnd(x) === undefined))) return undefined;

  // Splice: later ranges move by the change in length, the new item's by where it starts.
  const isAncestor = new Set<unknown>(ancestors);
  walk(doc, (node) => {
    if (!isAncestor.has(node)) shiftRange(node, oldEnd, lengthDelta);
  });
  for (const node of ancestors) if (node.range) node.range = node.range.map((x) => ancestorEnd(x)!) as [number, number, number];
  walk(part, (node) => shiftRange(node, 0, lineStart));
  found.seq.items[found.index] = replacement;
  return analyzeParsed(previous.uri, text, { text, doc, diagnostics: [] });
}
