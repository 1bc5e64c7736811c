import { isMap, isScalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
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

/** A line at column 0 that starts a key of the root mapping (not an item, a document marker, a comment...). */
const startsKey = (line: string) => /^[^\s#\-?:%.&*!|>[\]{},@`]/.test(line) && /:(\s|$)/.test(line);

/**
 * The new ranges of the root mapping and the document when the entries end the file: they end where
 * the parsed mapping and document do.
 */
function rangesAtEnd(
  root: YAMLMap,
  doc: Document,
  part: Document,
  partRoot: Node,
  lineStart: number,
): Range[] | undefined {
  if (!root.range || !doc.range || !part.range || !partRoot.range || doc.range[1] !== root.range[1]) return undefined;
  return [
    [root.range[0], partRoot.range[1] + lineStart, partRoot.range[2] + lineStart],
    [doc.range[0], part.range[1] + lineStart, part.range[2] + lineStart],
  ];
}

/**
 * A plan to re-parse only the top-level entries (`description: …`, `name: …`) whose lines the change
 * touches, for changes that no list item holds. The entries are parsed with the key line that follows
 * them, so that they end as they do in the whole document.
 *
 * Undefined when: a key of the root mapping is not a scalar; the change starts before the first key's
 * line, or at the very start of the first key; a line of the entries' text (old or new) at column 0
 * is not a comment or a key, or is indented with a tab; that text holds `&`, `*` or an explicit key
 * `? `; what follows them is not a key line (a list at column 0, a document marker), or nothing does
 * and their last line holds a `#`; they do not parse on their own as a block mapping without errors,
 * warnings or duplicate keys, or a new key repeats one outside them.
 */
export function planPairSplice(context: SpliceContext): SplicePlan | undefined {
  const { doc, root, oldText, delta, lengthDelta } = context;
  if (!root.items.every((pair) => isScalar(pair.key) && pair.key.range)) return undefined;
  const lineStarts = root.items.map((pair) => lineStartOf(oldText, (pair.key as Node).range![0]));
  let first = lastAtOrBefore(lineStarts, delta.start);
  // A change at the start of a key's line may extend the entry before it (an empty value reaches over
  // the comments that follow it).
  if (first > 0 && delta.start === lineStarts[first]) first--;
  if (first < 0 || delta.start === lineStarts[first]) return undefined;
  const last = lastAtOrBefore(lineStarts, delta.oldEnd);
  const lineStart = lineStarts[first]!;
  const region = entriesRegion(context, lineStart, lineStarts[last]!, 0, startsKey);
  if (!region) return undefined;
  const { oldEnd, atEnd, oldRegion, newRegion, following } = region;
  if (!startsKey(newRegion) || (!atEnd && !startsKey(following))) return undefined;
  // With nothing after them, where a trailing comment ends differs at the end of a text.
  if (atEnd && (lastLine(oldRegion).includes('#') || lastLine(newRegion).includes('#'))) return undefined;

  const source = atEnd ? newRegion : `${newRegion}${following}\n`;
  const part = parsePart(source);
  const map = part?.contents;
  if (!part || !isMap(map) || map.flow) return undefined;
  const replacements = (atEnd ? map.items : map.items.slice(0, -1)) as Pair[];
  if (replacements.length === 0) return undefined;
  if (!atEnd) {
    // The key that follows must have been parsed as one, on its own line.
    const next = map.items[map.items.length - 1]?.key as Node | null | undefined;
    if (!next?.range || next.range[0] !== newRegion.length) return undefined;
  }
  const keysOutside = new Set(
    root.items
      .filter((_pair, index) => index < first || index > last)
      .map((pair) => (pair.key as { value: unknown }).value),
  );
  if (replacements.some((pair) => !isScalar(pair.key) || keysOutside.has(pair.key.value))) return undefined;

  const ancestors = [root, doc];
  // The first key does not move: the change starts after its first character.
  const newRanges = atEnd
    ? rangesAtEnd(root, doc, part, map, lineStart)
    : rangesWithin(ancestors, { entriesStart: lineStart + 1, oldEnd, lengthDelta });
  if (!newRanges) return undefined;
  return {
    lineStart,
    oldEnd,
    ancestors,
    newRanges,
    newNodes: replacements,
    replace: () => root.items.splice(first, last - first + 1, ...replacements),
  };
}
