import { parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { PARSE_OPTIONS, duplicateKeys } from '../parse/parseYaml';
import type { TextDelta } from '../text/textDelta';

/** The shared pieces of re-parsing part of a YAML text and splicing it into the previous document. */

export type Range = [number, number, number];

/** What a splice plan is made from: the previous document and text, and the new text. */
export interface SpliceContext {
  readonly doc: Document.Parsed;
  readonly root: YAMLMap;
  readonly oldText: string;
  readonly text: string;
  readonly delta: TextDelta;
  readonly lengthDelta: number;
}

/**
 * A checked splice, ready to apply: the old text from `lineStart` to `oldEnd` becomes the new nodes
 * (positioned from 0, shifted to `lineStart` when applied), the ancestors take `newRanges`.
 */
export interface SplicePlan {
  readonly lineStart: number;
  readonly oldEnd: number;
  readonly ancestors: readonly { range?: Range | null }[];
  readonly newRanges: readonly (Range | undefined)[];
  readonly newNodes: readonly (Node | Pair | null)[];
  /** Puts the new nodes in place of the old ones. */
  readonly replace: () => void;
}

export const isBreak = (code: number): boolean => code === 10 || code === 13;

export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

export function lineAt(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return text.slice(offset, end);
}

/** The last line of `region` that is not blank. */
export function lastLine(region: string): string {
  const lines = region.split(/\r?\n|\r/);
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim() !== '') return lines[i]!;
  return '';
}

/** The index of the last of the ascending `offsets` at or before `offset`, or -1. */
export function lastAtOrBefore(offsets: readonly number[], offset: number): number {
  let index = -1;
  while (index + 1 < offsets.length && offsets[index + 1]! <= offset) index++;
  return index;
}

/**
 * Where the entries of a block (sequence items whose dash, or mapping keys, are at `column`) end, the
 * last of them starting on the line at `lineStart`: the start of the first later line that is not
 * blank, not a comment and not indented past `column` (comment lines do not end a YAML block, whatever
 * their indentation), or the end of the text. Undefined when a line is indented with a tab.
 */
export function entriesEnd(text: string, lineStart: number, column: number): number | undefined {
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
    if (!isBreak(code) && code !== 35 && i - start <= column) return start;
    while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  }
  return text.length;
}

/**
 * Whether every line of `region` after its first is blank, a comment, indented past `column`, or at
 * `column` and accepted by `startsEntry` (the start of another entry of the same block). Indentation
 * must be spaces.
 */
export function holdsOnlyEntries(region: string, column: number, startsEntry: (line: string) => boolean): boolean {
  const lines = region.split(/\r?\n|\r/);
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (/^ *\t/.test(line)) return false;
    const indent = line.length - line.trimStart().length;
    if (line.trim() === '' || line[indent] === '#' || indent > column) continue;
    if (indent < column || !startsEntry(line.slice(column))) return false;
  }
  return true;
}

/** Anchors and aliases; explicit keys (`? `), since where the spans of their mappings end differs at the end of a text. */
export function holdsUnsplicable(region: string): boolean {
  return /[&*]|(^|[\s-])\?(\s|$)/.test(region);
}

/** The old and new text of entries about to be re-parsed, and the line that follows them. */
export interface EntriesRegion {
  readonly oldEnd: number;
  readonly atEnd: boolean;
  readonly oldRegion: string;
  readonly newRegion: string;
  readonly following: string;
}

/**
 * The entries of a block at `column` from the line at `lineStart` to the end of the entry on the line
 * at `lastLineStart`, before and after the change. Undefined when the change reaches past them, or
 * their text (old or new) holds a line at `column` that `startsEntry` refuses, a tab in an
 * indentation, or what `holdsUnsplicable` refuses.
 */
export function entriesRegion(
  { oldText, text, delta, lengthDelta }: SpliceContext,
  lineStart: number,
  lastLineStart: number,
  column: number,
  startsEntry: (line: string) => boolean,
): EntriesRegion | undefined {
  const oldEnd = entriesEnd(oldText, lastLineStart, column);
  if (oldEnd === undefined || delta.oldEnd > oldEnd) return undefined;
  const newEnd = oldEnd + lengthDelta;
  const atEnd = oldEnd === oldText.length;
  if (!atEnd && !isBreak(text.charCodeAt(newEnd - 1))) return undefined;
  const oldRegion = oldText.slice(lineStart, oldEnd);
  const newRegion = text.slice(lineStart, newEnd);
  if (!holdsOnlyEntries(oldRegion, column, startsEntry) || !holdsOnlyEntries(newRegion, column, startsEntry))
    return undefined;
  if (holdsUnsplicable(oldRegion) || holdsUnsplicable(newRegion)) return undefined;
  return { oldEnd, atEnd, oldRegion, newRegion, following: lineAt(oldText, oldEnd) };
}

/** Parses `source` on its own; undefined when it has errors, warnings or duplicate keys. */
export function parsePart(source: string): Document.Parsed | undefined {
  let part: Document.Parsed;
  try {
    part = parseDocument(source, PARSE_OPTIONS);
  } catch {
    return undefined;
  }
  if (part.errors.length > 0 || part.warnings.length > 0 || duplicateKeys(part).length > 0) return undefined;
  return part;
}

/**
 * The new ranges of `ancestors` when the spliced entries are followed by more of the file: each end
 * stays before the entries, moves with the text after them, or follows the last entry's end.
 */
export function rangesWithin(
  ancestors: readonly { range?: Range | null }[],
  at: { entriesStart: number; oldEnd: number; lengthDelta: number; oldLast?: Range | null; newLast?: Range },
): (Range | undefined)[] | undefined {
  const moved = (x: number): number | undefined => {
    if (x < at.entriesStart) return x;
    if (x >= at.oldEnd) return x + at.lengthDelta;
    if (at.oldLast && at.newLast && x === at.oldLast[2]) return at.newLast[2];
    if (at.oldLast && at.newLast && x === at.oldLast[1]) return at.newLast[1];
    return undefined;
  };
  const ranges = ancestors.map((node) => node.range?.map(moved));
  if (ranges.some((range) => range?.includes(undefined))) return undefined;
  return ranges as (Range | undefined)[];
}
