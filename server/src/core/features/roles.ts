import type { Document } from 'yaml';
import { nodeAtPath, scalarId, type PathSegment } from '../parse/nodes';
import type { FileKind } from '../types';

/**
 * What an id written at some place in a file stands for. `definition` marks the place that defines it
 * (a list item's `id`); everything else refers to a definition.
 */
export type Role =
  | { type: 'competency'; definition?: boolean }
  | { type: 'scale'; competency?: string; definition?: boolean }
  | { type: 'level'; definition?: boolean; self?: string }
  | { type: 'track' | 'metric' | 'check' | 'requirement'; definition?: boolean }
  | { type: 'group' | 'rank' | 'ladder-file' | 'catalogue-file' | 'assessment-file' | 'check-status' };

type Pattern = readonly (string | '#' | '*')[];

/** `#` matches an index, `*` any key. */
function matches(path: readonly PathSegment[], pattern: Pattern): boolean {
  if (path.length !== pattern.length) return false;
  return pattern.every((part, i) => {
    const segment = path[i];
    if (part === '#') return typeof segment === 'number';
    if (part === '*') return typeof segment === 'string';
    return segment === part;
  });
}

/** The path inside a requirement of a level (`any-of`/`all-of` nesting removed), or undefined. */
export function requirementTail(path: readonly PathSegment[]): PathSegment[] | undefined {
  if (!(
    path[0] === 'levels' &&
    typeof path[1] === 'number' &&
    path[2] === 'requirements' &&
    typeof path[3] === 'number'
  ))
    return undefined;
  let i = 4;
  while ((path[i] === 'any-of' || path[i] === 'all-of') && typeof path[i + 1] === 'number') i += 2;
  return path.slice(i);
}

function idAt(doc: Document, path: readonly PathSegment[]): string | undefined {
  const { node, depth } = nodeAtPath(doc, path);
  if (depth !== path.length) return undefined;
  const id = scalarId(doc, node);
  return id === undefined ? undefined : String(id);
}

const DEFINITIONS: ReadonlyArray<[string, 'track' | 'metric' | 'check']> = [
  ['tracks', 'track'],
  ['metrics', 'metric'],
  ['checks', 'check'],
];

function ladderValueRole(path: readonly PathSegment[], doc: Document): Role | undefined {
  if (matches(path, ['scale', '#', 'id'])) return { type: 'scale', definition: true };
  if (matches(path, ['competencies', '#', 'id'])) return { type: 'competency', definition: true };
  if (matches(path, ['competencies', '#', 'group'])) return { type: 'group' };
  for (const [section, type] of DEFINITIONS) if (matches(path, [section, '#', 'id'])) return { type, definition: true };
  if (matches(path, ['levels', '#', 'id'])) return { type: 'level', definition: true };
  if (matches(path, ['levels', '#', 'track'])) return { type: 'track' };
  if (matches(path, ['levels', '#', 'rank'])) return { type: 'rank' };
  if (matches(path, ['levels', '#', 'next', '#'])) {
    const self = idAt(doc, [...path.slice(0, 2), 'id']);
    return self === undefined ? { type: 'level' } : { type: 'level', self };
  }
  if (matches(path, ['levels', '#', 'expectations', '*'])) return { type: 'scale', competency: String(path[3]) };
  if (matches(path, ['include', '#'])) return { type: 'catalogue-file' };
  const tail = requirementTail(path);
  if (!tail) return undefined;
  if (matches(tail, ['id'])) return { type: 'requirement', definition: true };
  if (matches(tail, ['time-at-level', 'level'])) return { type: 'level' };
  if (matches(tail, ['time-at-level', 'rank'])) return { type: 'rank' };
  if (matches(tail, ['competencies', 'of', '#'])) return { type: 'competency' };
  if (matches(tail, ['competencies', 'group'])) return { type: 'group' };
  if (matches(tail, ['competencies', 'min'])) return { type: 'scale' };
  if (matches(tail, ['check'])) return { type: 'check' };
  if (matches(tail, ['metric', 'id'])) return { type: 'metric' };
  return undefined;
}

/** The role of the value at `path` (a path ending with its key or index). */
export function valueRole(kind: FileKind, path: readonly PathSegment[], doc: Document): Role | undefined {
  switch (kind) {
    case 'Ladder':
      return ladderValueRole(path, doc);
    case 'Competencies':
      if (matches(path, ['competencies', '#', 'id'])) return { type: 'competency', definition: true };
      if (matches(path, ['competencies', '#', 'group'])) return { type: 'group' };
      return undefined;
    case 'SelfAssessment':
      if (matches(path, ['ladder'])) return { type: 'ladder-file' };
      if (matches(path, ['level']) || matches(path, ['target']) || matches(path, ['history', '#', 'level']))
        return { type: 'level' };
      if (matches(path, ['ratings', '*'])) return { type: 'scale', competency: String(path[1]) };
      if (matches(path, ['ratings', '*', 'rating'])) return { type: 'scale', competency: String(path[1]) };
      if (matches(path, ['checks', '*'])) return { type: 'check-status' };
      if (matches(path, ['waivers', '#', 'requirement'])) return { type: 'requirement' };
      return undefined;
    case 'Review':
      if (matches(path, ['assessment'])) return { type: 'assessment-file' };
      if (matches(path, ['ratings', '*']) || matches(path, ['ratings', '*', 'rating']))
        return { type: 'scale', competency: String(path[1]) };
      if (matches(path, ['checks', '*'])) return { type: 'check-status' };
      return undefined;
  }
}

/** The role of the keys of the mapping at `path`. */
export function keyRole(kind: FileKind, path: readonly PathSegment[], doc: Document): Role | undefined {
  if (kind === 'Ladder' && matches(path, ['levels', '#', 'expectations'])) return { type: 'competency' };
  if ((kind === 'Ladder' || kind === 'Competencies') && matches(path, ['competencies', '#', 'descriptors'])) {
    const competency = idAt(doc, [...path.slice(0, 2), 'id']);
    return competency === undefined ? { type: 'scale' } : { type: 'scale', competency };
  }
  if (kind === 'SelfAssessment' || kind === 'Review') {
    if (matches(path, ['ratings'])) return { type: 'competency' };
    if (matches(path, ['checks'])) return { type: 'check' };
    if (matches(path, ['metrics'])) return { type: 'metric' };
  }
  return undefined;
}
