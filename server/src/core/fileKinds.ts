import type { FileKind } from './types';

const SUFFIXES: ReadonlyArray<[RegExp, FileKind]> = [
  [/\.ladder\.ya?ml$/i, 'Ladder'],
  [/\.competencies\.ya?ml$/i, 'Competencies'],
  [/\.assessment\.ya?ml$/i, 'SelfAssessment'],
  [/\.review\.ya?ml$/i, 'Review'],
];

/** The kind a file's name promises by convention, if any. */
export function kindFromFileName(pathOrUri: string): FileKind | undefined {
  for (const [pattern, kind] of SUFFIXES) if (pattern.test(pathOrUri)) return kind;
  return undefined;
}

export function isLadderFileName(pathOrUri: string): boolean {
  return kindFromFileName(pathOrUri) !== undefined;
}

export const FILE_KINDS: readonly FileKind[] = ['Ladder', 'Competencies', 'SelfAssessment', 'Review'];

export const FILE_GLOB = '**/*.{ladder,competencies,assessment,review}.{yaml,yml}';
