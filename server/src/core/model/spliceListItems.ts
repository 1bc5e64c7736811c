import { isSeq, type Document, type Node, type YAMLSeq } from 'yaml';
import {
  entriesRegion,
  lastAtOrBefore,
  lastLine,
  lineStartOf,
  parsePart,
  rangesWithin,
  type Range,
  type SpliceContext,
  type SplicePlan,
} from './splice';

/** The top-level lists whose items are re-parsed on their own. */
const LISTS = new Set(['scale', 'competencies', 'metrics', 'checks', 'tracks', 'levels']);

const startsItem = (line: string) => /^-( |$)/.test(line);

/** The top-level block list whose items the change starts in, if any. */
export function listOfChange({ root, oldText, delta }: SpliceContext): YAMLSeq | undefined {
  for (const pair of root.items) {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    if (!key || !('value' in key) || !LISTS.has(String(key.value)) || !isSeq(value) || value.flow || !value.range)
      continue;
    // The last list of the file also holds the blank lines after it.
    const listEnd = pair === root.items[root.items.length - 1] ? oldText.length : value.range[2];
    if (delta.start >= value.range[0] && delta.start <= listEnd) return value;
  }
  return undefined;
}

/** The first and last items of `seq` whose lines the change touches. */
function touchedItems(seq: YAMLSeq, { oldText, delta }: SpliceContext): { first: number; last: number } | undefined {
  if (!seq.items.every((item) => (item as Node | null)?.range)) return undefined;
  const lineStarts = seq.items.map((item) => lineStartOf(oldText, (item as Node).range![0]));
  let first = lastAtOrBefore(lineStarts, delta.start);
  // A change that starts at an item's `- ` also ends the item before it (a line typed before a dash
  // is read as starting after the dash, where the old and new texts first differ).
  if (first > 0 && delta.start < oldText.indexOf('-', lineStarts[first]!) + 2) first--;
  const last = lastAtOrBefore(lineStarts, delta.oldEnd);
  return first >= 0 ? { first, last } : undefined;
}

/**
 * The new ranges of the root mapping, the list and the document when the items end the file: the list
 * and the root mapping end where the parsed list does (trailing blank lines are not theirs), the
 * document where the parsed document does.
 */
function rangesAtEnd(
  root: Node,
  list: Node,
  doc: Document,
  partList: Node,
  part: Document,
  lineStart: number,
): (Range | undefined)[] | undefined {
  if (!root.range || !list.range || !doc.range || !partList.range || !part.range) return undefined;
  if (root.range[1] !== list.range[1] || root.range[2] !== list.range[2] || doc.range[1] !== list.range[1])
    return undefined;
  const listEnd = [partList.range[1] + lineStart, partList.range[2] + lineStart];
  return [
    [root.range[0], listEnd[0]!, listEnd[1]!],
    [list.range[0], listEnd[0]!, listEnd[1]!],
    [doc.range[0], part.range[1] + lineStart, part.range[2] + lineStart],
  ];
}

/**
 * A plan to re-parse only the items of a top-level list (levels, competencies, tracks, metrics,
 * checks, scale) whose lines the change touches. It may add or remove items (a level typed, items
 * pasted or cut) and edit the comments between them. The items are parsed together with the first
 * line of the item that follows them, so that they end as they do in the whole document (an empty
 * value reaches over the comments after it). Items that end the file are spliced too; the list, the
 * root mapping and the document then end where the parsed items do.
 *
 * `list` is the one the change starts in (`listOfChange`). Undefined when: the change does not start
 * after the `- ` of an item, or does not end in the same list; a line of the items' text (old or new)
 * is indented at or left of the dash without being a comment or starting an item, or with a tab; that
 * text holds `&`, `*` or an explicit key `? `; no item follows them and their last line holds a `#`;
 * they do not parse on their own as a block list without errors, warnings or duplicate keys.
 */
export function planListSplice(context: SpliceContext, list: YAMLSeq): SplicePlan | undefined {
  const { doc, root, oldText, text, delta, lengthDelta } = context;
  const items = touchedItems(list, context);
  if (!items) return undefined;
  const touched = { seq: list, ...items };
  const itemRangeStart = (touched.seq.items[touched.first] as Node).range![0];
  const lineStart = lineStartOf(oldText, itemRangeStart);
  const head = oldText.slice(lineStart, itemRangeStart);
  const dashColumn = head.indexOf('-');
  if (dashColumn < 0 || !/^ *- +$/.test(head) || text.slice(lineStart, itemRangeStart) !== head) return undefined;
  if (delta.start < lineStart + dashColumn + 2) return undefined;
  const lastItem = touched.seq.items[touched.last] as Node;
  const region = entriesRegion(context, lineStart, lineStartOf(oldText, lastItem.range![0]), dashColumn, startsItem);
  if (!region) return undefined;
  const { oldEnd, atEnd, oldRegion, newRegion, following } = region;
  const itemFollows = following.slice(0, dashColumn).trim() === '' && startsItem(following.slice(dashColumn));
  // With no item after them, where a trailing comment ends differs at the end of a text.
  if (!itemFollows && (lastLine(oldRegion).includes('#') || lastLine(newRegion).includes('#'))) return undefined;

  const source = itemFollows ? `${newRegion}${following}\n` : newRegion;
  const part = parsePart(source);
  const seq = part?.contents;
  if (!part || !isSeq(seq) || seq.flow) return undefined;
  const replacements = (itemFollows ? seq.items.slice(0, -1) : seq.items) as (Node | null)[];
  const newLast = replacements[replacements.length - 1];
  if (!newLast?.range) return undefined;
  if (itemFollows) {
    // The item that follows must have been parsed as one, on its own line.
    const next = seq.items[seq.items.length - 1] as Node | null;
    if (!next?.range || lineStartOf(source, next.range[0]) !== newRegion.length) return undefined;
  }

  const ancestors = [root, touched.seq, doc];
  const newRanges = atEnd
    ? rangesAtEnd(root, touched.seq, doc, seq, part, lineStart)
    : rangesWithin(ancestors, {
        entriesStart: itemRangeStart,
        oldEnd,
        lengthDelta,
        oldLast: lastItem.range,
        newLast: newLast.range.map((x) => x + lineStart) as Range,
      });
  if (!newRanges) return undefined;
  return {
    lineStart,
    oldEnd,
    ancestors,
    newRanges,
    newNodes: replacements,
    replace: () => touched.seq.items.splice(touched.first, touched.last - touched.first + 1, ...replacements),
  };
}
