import { isMap, isSeq, parseDocument, visit, type Document, type Node, type YAMLSeq } from 'yaml';
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
 * Where the items of a block sequence whose dash is at column `dashColumn` end, the last of them starting
 * on the line at `lineStart`: the start of the first later line that is not blank, not a comment and
 * not indented past the dash (comment lines do not end a YAML block, whatever their indentation), or the
 * end of the text. Undefined when a line is indented with a tab.
 */
function itemsEnd(text: string, lineStart: number, dashColumn: number): number | undefined {
  let i = lineStart;
  // Skip the first line.
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  while (i < text.length) {
    while (i < text.length && isBreak(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && text.charCodeAt(i) === 32) i++;
    const code = text.charCodeAt(i);
    if (i >= text.length) return text.length;
    if (code === 9) return undefined;
    if (!isBreak(code) && code !== 35 && i - start <= dashColumn) return start;
    while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  }
  return text.length;
}

/** The index of the last of the ascending `offsets` at or before `offset`, or -1. */
function lastAtOrBefore(offsets: number[], offset: number): number {
  let index = -1;
  while (index + 1 < offsets.length && offsets[index + 1]! <= offset) index++;
  return index;
}

function lineAt(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return text.slice(offset, end);
}

/** The last line of `region` that is not blank. */
function lastLine(region: string): string {
  const lines = region.split(/\r?\n|\r/);
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim() !== '') return lines[i]!;
  return '';
}

/**
 * Whether every line of `region` after its first is blank, a comment, indented past the dash, or the
 * start of another item at the dash's column (`- `, `-`): so that what it holds are items of the list.
 * Indentation must be spaces.
 */
function holdsOnlyItems(region: string, dashColumn: number): boolean {
  const lines = region.split(/\r?\n|\r/);
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (/^ *\t/.test(line)) return false;
    const indent = line.length - line.trimStart().length;
    if (line.trim() === '' || line[indent] === '#' || indent > dashColumn) continue;
    if (indent < dashColumn || !/^-( |$)/.test(line.slice(dashColumn))) return false;
  }
  return true;
}

function shiftRange(node: Node, from: number, by: number): void {
  const range = node.range;
  if (!range) return;
  node.range = [range[0] >= from ? range[0] + by : range[0], range[1] >= from ? range[1] + by : range[1], range[2] >= from ? range[2] + by : range[2]];
}

type Range = [number, number, number];

/**
 * The new ranges of the root mapping, the list and the document when the items are followed by more of
 * the file: they end where the last item ends, or after the items.
 */
function rangesWithin(ancestors: { range?: Range | null }[], oldRange: Range, partRange: Range, at: { itemRangeStart: number; lineStart: number; oldEnd: number; lengthDelta: number }): (Range | undefined)[] | undefined {
  const newRange = partRange.map((x) => x + at.lineStart);
  const moved = (x: number): number | undefined => {
    if (x < at.itemRangeStart) return x;
    if (x >= at.oldEnd) return x + at.lengthDelta;
    if (x === oldRange[2]) return newRange[2];
    if (x === oldRange[1]) return newRange[1];
    return undefined;
  };
  const ranges = ancestors.map((node) => node.range?.map(moved));
  if (ranges.some((range) => range?.includes(undefined))) return undefined;
  return ranges as (Range | undefined)[];
}

/**
 * The new ranges of the root mapping, the list and the document when the items end the file: the list
 * and the root mapping end where the parsed list does (trailing blank lines are not theirs), the
 * document where the parsed document does.
 */
function rangesAtEnd(root: Node, list: Node, doc: Document, partList: Node, part: Document, lineStart: number): (Range | undefined)[] | undefined {
  if (!root.range || !list.range || !doc.range || !partList.range || !part.range) return undefined;
  if (root.range[1] !== list.range[1] || root.range[2] !== list.range[2] || doc.range[1] !== list.range[1]) return undefined;
  const listEnd = [partList.range[1] + lineStart, partList.range[2] + lineStart];
  return [
    [root.range[0], listEnd[0]!, listEnd[1]!],
    [list.range[0], listEnd[0]!, listEnd[1]!],
    [doc.range[0], part.range[1] + lineStart, part.range[2] + lineStart],
  ];
}

/**
 * Re-analyses `text`, a new version of `previous.text`, by re-parsing only the items of a top-level list
 * (levels, competencies, tracks, metrics, checks, scale) that the change touches, and splicing them into
 * the previous document; schema validation and the model are redone on the whole document. The change
 * may add or remove items (a level typed, items pasted or cut) and edit the comments between them.
 * Returns undefined whenever that could differ from a full analysis; then the caller parses in full.
 * The result equals `analyzeFile(uri, text)` (diagnostics, model, node ranges); `previous`'s document
 * is taken over and must not be used afterwards.
 *
 * The touched items are parsed together with the first line of the item that follows them, so that
 * they end as they do in the whole document (an empty value reaches over the comments after it). It
 * declines when: the previous parse had any problem or any alias; the change does not start after the
 * `- ` of an item of a block list, or does not end in the same list; a line of their text (old or new)
 * is indented at or left of the dash without being a comment or starting an item, or with a tab; that
 * text holds `&`, `*` or an explicit key `? `; no item follows them and their last line holds a `#`;
 * they do not parse on their own as a block list without errors, warnings or duplicate keys; the new
 * text would be refused before parsing (size, binary, nesting, number of values). Items that end the
 * file are spliced too; the list, the root mapping and the document then end where the parsed items do.
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
  // The list the change starts in, and the first and last of its items whose lines the change touches.
  let touched: { seq: YAMLSeq; first: number; last: number } | undefined;
  for (const pair of root.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    if (!key || !('value' in key) || !LISTS.has(String(key.value)) || !isSeq(value) || value.flow || !value.range) continue;
    // The last list of the file also holds the blank lines after it.
    const listEnd = pair === root.items[root.items.length - 1] ? oldText.length : value.range[2];
    if (delta.start < value.range[0] || delta.start > listEnd) continue;
    if (!value.items.every((item) => (item as Node | null)?.range)) break;
    const lineStarts = value.items.map((item) => lineStartOf(oldText, (item as Node).range![0]));
    let first = lastAtOrBefore(lineStarts, delta.start);
    // A change that starts at an item's `- ` also ends the item before it (a line typed before a dash
    // is read as starting after the dash, where the old and new texts first differ).
    if (first > 0 && delta.start < oldText.indexOf('-', lineStarts[first]!) + 2) first--;
    const last = lastAtOrBefore(lineStarts, delta.oldEnd);
    if (first >= 0) touched = { seq: value, first, last };
    break;
  }
  if (!touched) return undefined;
  const itemRangeStart = (touched.seq.items[touched.first] as Node).range![0];
  const lineStart = lineStartOf(oldText, itemRangeStart);
  const head = oldText.slice(lineStart, itemRangeStart);
  const dashColumn = head.indexOf('-');
  if (dashColumn < 0 || !/^ *- +$/.test(head) || text.slice(lineStart, itemRangeStart) !== head) return undefined;
  if (delta.start < lineStart + dashColumn + 2) return undefined;
  const lastItem = touched.seq.items[touched.last] as Node;
  const oldEnd = itemsEnd(oldText, lineStartOf(oldText, lastItem.range![0]), dashColumn);
  if (oldEnd === undefined || delta.oldEnd > oldEnd) return undefined;
  const newEnd = oldEnd + lengthDelta;
  const atEnd = oldEnd === oldText.length;
  if (!atEnd && !isBreak(text.charCodeAt(newEnd - 1))) return undefined;
  const oldRegion = oldText.slice(lineStart, oldEnd);
  const newRegion = text.slice(lineStart, newEnd);
  if (!holdsOnlyItems(oldRegion, dashColumn) || !holdsOnlyItems(newRegion, dashColumn)) return undefined;
  // Anchors and aliases; explicit keys (`? `), since where the spans of their mappings end differs at
  // the end of a text.
  const declined = /[&*]|(^|[\s-])\?(\s|$)/;
  if (declined.test(oldRegion) || declined.test(newRegion)) return undefined;
  const following = lineAt(oldText, oldEnd);
  const itemFollows = following.slice(0, dashColumn).trim() === '' && /^-( |$)/.test(following.slice(dashColumn));
  // With no item after them, where a trailing comment ends differs at the end of a text.
  if (!itemFollows && (lastLine(oldRegion).includes('#') || lastLine(newRegion).includes('#'))) return undefined;

  // Refusals before parsing that a full analysis would make.
  const structure = measureStructure(text);
  if (structure.tooDeep || structure.values > valueBudget(limit)) return undefined;

  const source = itemFollows ? `${newRegion}${following}\n` : newRegion;
  let part: Document.Parsed;
  try {
    part = parseDocument(source, PARSE_OPTIONS);
  } catch {
    return undefined;
  }
  const seq = part.contents;
  if (part.errors.length > 0 || part.warnings.length > 0 || !isSeq(seq) || seq.flow || duplicateKeys(part).length > 0) return undefined;
  const replacements = (itemFollows ? seq.items.slice(0, -1) : seq.items) as (Node | null)[];
  const newLast = replacements[replacements.length - 1];
  if (!newLast?.range) return undefined;
  if (itemFollows) {
    // The item that follows must have been parsed as one, on its own line.
    const next = seq.items[seq.items.length - 1] as Node | null;
    if (!next?.range || lineStartOf(source, next.range[0]) !== newRegion.length) return undefined;
  }

  const ancestors: { range?: Range | null }[] = [root, touched.seq, doc];
  const newRanges = atEnd ? rangesAtEnd(root, touched.seq, doc, seq, part, lineStart) : rangesWithin(ancestors, lastItem.range!, newLast.range, { itemRangeStart, lineStart, oldEnd, lengthDelta });
  if (!newRanges) return undefined;

  // Splice: later ranges move by the change in length, the new items' by where they start.
  const isAncestor = new Set<unknown>(ancestors);
  walk(doc, (node) => {
    if (!isAncestor.has(node)) shiftRange(node, oldEnd, lengthDelta);
  });
  ancestors.forEach((node, index) => {
    if (node.range) node.range = newRanges[index]!;
  });
  for (const item of replacements) if (item) visit(item, { Node: (_key, node) => shiftRange(node, 0, lineStart) });
  touched.seq.items.splice(touched.first, touched.last - touched.first + 1, ...replacements);
  return analyzeParsed(previous.uri, text, { text, doc, diagnostics: [] });
}
