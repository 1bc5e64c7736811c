import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, type Document, type Node, type YAMLSeq } from 'yaml';
import type { Level } from '../model/types';
import { findEntry, nodeAtPath, pairSpan, type Entry, type PathSegment } from '../parse/nodes';
import { removalSpan } from '../schema/errorLocation';
import { nameFromId } from '../text/idWords';
import { yamlId, yamlScalar } from '../text/yamlText';
import type { QuickFix, Span, TextEdit } from '../types';
import type { LadderContext } from '../workspace/ladderContext';
import { locate } from './locate';

/** What a quick fix of a finding in a ladder or an assessment needs: the file's text and tree, and its ladder. */
export interface FixSource {
  text: string;
  doc: Document;
  context: LadderContext | undefined;
}

const isIndex = (segment: PathSegment | undefined): segment is number => typeof segment === 'number';

/**
 * Fixes of an unknown level id: in a ladder's `next`, remove it or create the level; in a time-at-level
 * requirement, create the level; an assessment's unknown `target`, remove it.
 */
export function unknownLevelFixes(source: FixSource, span: Span, kind: 'Ladder' | 'SelfAssessment'): QuickFix[] {
  const { path, node } = locate(source.doc, span.start);
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const id = node.value;
  if (kind === 'SelfAssessment') {
    if (path.length !== 1 || path[0] !== 'target') return [];
    const entry = findEntry(isMap(source.doc.contents) ? source.doc.contents : undefined, 'target');
    if (!entry) return [];
    return [
      {
        title: l10n.t("Remove target '{0}'", id),
        edits: [{ span: removalSpan(source.text, pairSpan(entry)), newText: '' }],
      },
    ];
  }
  if (path[0] !== 'levels' || !isIndex(path[1])) return [];
  const level = levelAt(source, path[1]);
  const fixes: QuickFix[] = [];
  if (path[2] === 'next' && isIndex(path[3])) {
    const levelMap = nodeAtPath(source.doc, path.slice(0, 2)).node;
    const entry = isMap(levelMap) ? findEntry(levelMap, 'next') : undefined;
    const removal = entry && isSeq(entry.value) ? removeItem(source.text, entry, entry.value, path[3]) : undefined;
    if (removal) fixes.push({ title: l10n.t("Remove '{0}' from next", id), edits: [removal] });
    const creation = createLevel(source, id, level, 1);
    if (creation) fixes.push(creation);
  } else if (path[path.length - 1] === 'level' && path.includes('time-at-level')) {
    const creation = createLevel(source, id, level, -1);
    if (creation) fixes.push(creation);
  }
  return fixes;
}

/** The model of the level that is item `index` of the `levels` list, matched by where it is. */
function levelAt(source: FixSource, index: number): Level | undefined {
  const item = nodeAtPath(source.doc, ['levels', index]).node;
  const start = item?.range?.[0];
  return source.context?.ladder.levels.find((level) => level.span.start === start);
}

/**
 * Removes item `index` from the list of `entry`: `, x` or `x, ` in a flow list, its line in a block list,
 * and the one item of a list by writing `key: []`.
 */
function removeItem(text: string, entry: Entry, list: YAMLSeq, index: number): TextEdit | undefined {
  const item = list.items[index] as Node | undefined;
  const range = item?.range;
  const keyEnd = entry.keyNode.range?.[1];
  if (!range || !list.range || keyEnd === undefined) return undefined;
  if (list.items.length === 1) return { span: { start: keyEnd, end: contentEnd(text, list.range) }, newText: ': []' };
  if (list.flow) {
    const previous = list.items[index - 1] as Node | undefined;
    if (previous?.range) return { span: { start: previous.range[1], end: range[1] }, newText: '' };
    const following = list.items[index + 1] as Node | undefined;
    return following?.range ? { span: { start: range[0], end: following.range[0] }, newText: '' } : undefined;
  }
  const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
  if (!/^[ \t]*-[ \t]*$/.test(text.slice(lineStart, range[0]))) return undefined;
  const newline = text.indexOf('\n', range[1]);
  return { span: { start: lineStart, end: newline < 0 ? text.length : newline + 1 }, newText: '' };
}

/**
 * A new level at the end of `levels`, named after its id, on the track of the level that names it and
 * one rank above it (`rankStep` 1, for a level in `next`) or below it (-1, for time spent at a level).
 */
function createLevel(source: FixSource, id: string, from: Level | undefined, rankStep: 1 | -1): QuickFix | undefined {
  const { text, doc } = source;
  const levels = nodeAtPath(doc, ['levels']).node;
  if (!isSeq(levels) || levels.flow) return undefined;
  const last = levels.items[levels.items.length - 1] as Node | undefined;
  if (!isMap(last) || last.flow || !last.range) return undefined;
  const lineStart = text.lastIndexOf('\n', last.range[0] - 1) + 1;
  const prefix = text.slice(lineStart, last.range[0]);
  if (!/^ *- +$/.test(prefix)) return undefined;
  const indent = ' '.repeat(prefix.length);
  const track = from?.track?.value ?? source.context?.ladder.tracks[0]?.id;
  const rank = Math.max(1, (from?.rank?.value ?? 0) + rankStep);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = [
    `${prefix}id: ${yamlId(id)}`,
    `${indent}name: ${yamlScalar(nameFromId(id))}`,
    ...(track === undefined ? [] : [`${indent}track: ${yamlId(track)}`]),
    `${indent}rank: ${rank}`,
  ];
  const at = endOfLine(text, contentEnd(text, last.range));
  return {
    title: l10n.t("Create level '{0}'", id),
    edits: [{ span: { start: at, end: at }, newText: lines.map((line) => `${eol}${line}`).join('') }],
  };
}

/** The end of a node's range without the line breaks and spaces a block value ends with. */
function contentEnd(text: string, range: readonly number[]): number {
  let end = range[1]!;
  while (end > range[0]! && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}
