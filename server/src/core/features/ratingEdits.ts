/**
 * Writes ratings into an assessment (the panel's "Apply to file"), read from the file's YAML tree: each
 * rating's value is replaced in place (short form `id: 3`, block form `rating: 3`, flow form
 * `{rating: 3, …}`), and ratings the file lacks are added to the `ratings` mapping with its indentation.
 * Evidence, notes and comments are kept; ids and values are quoted as YAML needs.
 */
import * as l10n from '@vscode/l10n';
import { isAlias, isMap, isPair, isScalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { keyText } from '../parse/nodes';
import type { ScaleId } from '../model/types';
import { MAX_IMPLICIT_KEY, yamlId, yamlScalar } from '../text/yamlText';
import type { TextEdit } from '../types';

/** Competency id → its new rating; null: not rated. */
export type RatingChanges = Readonly<Record<string, ScaleId | null>>;

export interface RatingEditPlan {
  /** Sorted and apart: edits that would touch are merged into one. */
  edits: TextEdit[];
  /** Competencies that could not be written (a block or flow rating cannot be emptied; nowhere to add one). */
  skipped: string[];
}

interface Edit {
  start: number;
  end: number;
  newText: string;
}

/** What to do for one rating: an edit, nothing (already so), or give up. */
type Outcome = Edit | 'nothing' | 'skip';

/** The parts of a parsed file the edits are computed from. */
export interface RatingEditSource {
  text: string;
  /** Undefined when the text could not be parsed at all. */
  doc: Document.Parsed | undefined;
}

function findPair(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  for (const item of map.items)
    if (isPair(item) && isScalar(item.key) && keyText(item) === key) return item as Pair<Node, Node | null>;
  return undefined;
}

function isBlank(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

function isBreak(char: string | undefined): boolean {
  return char === '\n' || char === '\r';
}

/** The indentation of the line `offset` is on, when only blanks come before it there. */
function indentBefore(text: string, offset: number): string | undefined {
  let start = offset;
  while (start > 0 && !isBreak(text[start - 1])) start--;
  const indent = text.slice(start, offset);
  return /^[ \t]*$/.test(indent) ? indent : undefined;
}

/** The end of a node's own text, without the line breaks and blanks a block value ends with. */
function contentEnd(text: string, node: Node): number {
  const [start, end] = node.range!;
  let at = end;
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  return at;
}

/** A scalar or alias written as nothing (`key:`). */
function isEmpty(node: Node): boolean {
  return isScalar(node) && node.range![0] === node.range![1];
}

/** Replaces a scalar (or alias) value, or fills an empty one. */
function setValue(text: string, node: Node, formatted: string): Edit {
  const [start] = node.range!;
  return isEmpty(node)
    ? { start, end: start, newText: ` ${formatted}` }
    : { start, end: contentEnd(text, node), newText: formatted };
}

/** The edit that sets the rating of `pair` (a `competency: …` entry of `ratings`) to `value`. */
function ratingEdit(text: string, pair: Pair<Node, Node | null>, value: ScaleId | null, eol: string): Outcome {
  const node = pair.value;
  if (!node?.range) return value === null ? 'nothing' : 'skip';
  if (isScalar(node) || isAlias(node)) {
    if (value !== null) return setValue(text, node, yamlScalar(value));
    if (isEmpty(node)) return 'nothing';
    // `id: 3` → `id:`; the blanks after the colon go too.
    let start = node.range[0];
    while (isBlank(text[start - 1])) start--;
    return { start: text[start - 1] === ':' ? start : node.range[0], end: contentEnd(text, node), newText: '' };
  }
  // A rating with evidence or a note must keep a value: `rating:` is never emptied.
  if (!isMap(node) || value === null) return 'skip';
  const formatted = yamlScalar(value, node.flow === true);
  const rating = findPair(node, 'rating');
  if (rating)
    return rating.value?.range && (isScalar(rating.value) || isAlias(rating.value))
      ? setValue(text, rating.value, formatted)
      : 'skip';
  if (node.flow) {
    const open = node.range[0] + 1;
    return {
      start: open,
      end: open,
      newText: node.items.length > 0 ? `rating: ${formatted}, ` : `rating: ${formatted}`,
    };
  }
  // A block mapping with evidence or a note but no rating yet: `rating:` becomes its first key.
  const first = node.items[0]?.key as Node | undefined;
  const indent = first?.range ? indentBefore(text, first.range[0]) : undefined;
  if (indent === undefined) return 'skip';
  const lineStart = first!.range![0] - indent.length;
  return { start: lineStart, end: lineStart, newText: `${indent}rating: ${formatted}${eol}` };
}

/** The edit that adds ratings the file does not have: into `ratings` (block or flow), or a new `ratings:` at the end. */
function addEdit(text: string, root: YAMLMap | null, missing: [string, ScaleId][], eol: string): Edit | undefined {
  const entry = ([competency, value]: [string, ScaleId], flow: boolean) =>
    `${yamlId(competency)}: ${yamlScalar(value, flow)}`;
  const ratings = root ? findPair(root, 'ratings') : undefined;
  if (!ratings) {
    if (root?.flow) return undefined;
    const firstKey = root?.items[0]?.key as Node | undefined;
    const indent = (firstKey?.range && indentBefore(text, firstKey.range[0])) || '';
    const prefix = text.length === 0 || isBreak(text[text.length - 1]) ? '' : eol;
    const lines = [`${indent}ratings:`, ...missing.map((m) => `${indent}  ${entry(m, false)}`)];
    return { start: text.length, end: text.length, newText: `${prefix}${lines.join(eol)}${eol}` };
  }
  const node = ratings.value;
  const keyIndent = indentBefore(text, ratings.key.range![0]) ?? '';
  if (isMap(node) && node.flow) {
    const last = node.items[node.items.length - 1];
    const entries = missing.map((m) => entry(m, true)).join(', ');
    if (!isPair(last)) return { start: node.range![0] + 1, end: node.range![0] + 1, newText: entries };
    const ends = [last.key, last.value].flatMap((n) => (n && (n as Node).range ? [contentEnd(text, n as Node)] : []));
    const at = Math.max(...ends);
    return { start: at, end: at, newText: `, ${entries}` };
  }
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0]?.key as Node | undefined;
    const indent = (first?.range && indentBefore(text, first.range[0])) ?? `${keyIndent}  `;
    const at = node.range![1];
    const lines = missing.map((m) => `${indent}${entry(m, false)}`);
    const atLineStart = at === 0 || isBreak(text[at - 1]);
    return {
      start: at,
      end: at,
      newText: atLineStart ? lines.map((line) => line + eol).join('') : lines.map((line) => eol + line).join(''),
    };
  }
  // `ratings:`, `ratings: ~` or `ratings: null`: the entries replace the empty value.
  if (!isScalar(node) || node.value !== null || !node.range) return undefined;
  let start = node.range[0];
  while (start > ratings.key.range![1] && isBlank(text[start - 1])) start--;
  return {
    start,
    end: contentEnd(text, node),
    newText: missing.map((m) => `${eol}${keyIndent}  ${entry(m, false)}`).join(''),
  };
}

/** The edits that write `changes` into the assessment. */
export function planRatingEdits(source: RatingEditSource, changes: RatingChanges): RatingEditPlan {
  const { text, doc } = source;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const root = doc?.contents;
  const changed = Object.entries(changes);
  // A text the parser could not read in full gives no tree to edit safely.
  if (!doc || doc.errors.length > 0 || !(root === null || isMap(root))) {
    return { edits: [], skipped: changed.flatMap(([competency, value]) => (value === null ? [] : [competency])) };
  }
  const ratings = root ? findPair(root, 'ratings')?.value : undefined;
  const edits: Edit[] = [];
  const skipped: string[] = [];
  const missing: [string, ScaleId][] = [];
  for (const [competency, value] of changed) {
    const pair = isMap(ratings) ? findPair(ratings, competency) : undefined;
    if (!pair) {
      if (value === null) continue;
      if (yamlId(competency).length > MAX_IMPLICIT_KEY) skipped.push(competency);
      else missing.push([competency, value]);
      continue;
    }
    const outcome = ratingEdit(text, pair, value, eol);
    if (outcome === 'skip') skipped.push(competency);
    else if (outcome !== 'nothing') edits.push(outcome);
  }
  if (missing.length > 0) {
    const added = addEdit(text, root, missing, eol);
    if (added) edits.push(added);
    else skipped.push(...missing.map(([competency]) => competency));
  }

  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Edit[] = [];
  for (const edit of edits) {
    const previous = merged[merged.length - 1];
    if (previous && edit.start < previous.end) {
      skipped.push(l10n.t('(overlapping edit)'));
    } else if (previous && edit.start === previous.end) {
      previous.end = edit.end;
      previous.newText += edit.newText;
    } else {
      merged.push({ ...edit });
    }
  }
  return { edits: merged.map(({ start, end, newText }) => ({ span: { start, end }, newText })), skipped };
}
