import type { FileKind } from './types';

// How a file's name says its kind: `<name>.ladder.yaml`, `<name>.competencies.yaml`,
// `<name>.assessment.yaml`, `<name>.review.yaml`, each also with `.yml`, in any case. This is the one place those names are
// written: the server, the CLI and (through server/src/protocol.ts) the client derive their patterns from
// it. package.json cannot import it; a unit test checks its globs and patterns against it.

export const FILE_KINDS: readonly FileKind[] = ['Ladder', 'Competencies', 'SelfAssessment', 'Review'];

/** The word before the YAML extension in the name of a file of each kind. */
export const KIND_NAME_SUFFIXES: Readonly<Record<FileKind, string>> = {
  Ladder: 'ladder',
  Competencies: 'competencies',
  SelfAssessment: 'assessment',
  Review: 'review',
};

/** The YAML extensions, the first the one new files get. */
export const YAML_EXTENSIONS: readonly string[] = ['yaml', 'yml'];

/** Every file of every kind, as a glob (the server's file watcher, the client's document selector). */
export const FILE_GLOB = `**/*.{${FILE_KINDS.map((kind) => KIND_NAME_SUFFIXES[kind]).join(',')}}.{${YAML_EXTENSIONS.join(',')}}`;

/** The end of a new file's name: `.ladder.yaml`. */
export function newFileSuffix(kind: FileKind): string {
  return `.${KIND_NAME_SUFFIXES[kind]}.${YAML_EXTENSIONS[0]}`;
}

/** The ends of the names of a kind's files, without the dot: `ladder.yaml`, `ladder.yml` (save dialog filters). */
export function fileNameEndings(kind: FileKind): string[] {
  return YAML_EXTENSIONS.map((extension) => `${KIND_NAME_SUFFIXES[kind]}.${extension}`);
}

/** The kind of each name ending, in lower case: `.ladder.yaml` and `.ladder.yml` → Ladder, and so on. */
const KINDS_BY_ENDING = new Map<string, FileKind>(
  FILE_KINDS.flatMap((kind) =>
    YAML_EXTENSIONS.map((extension): [string, FileKind] => [`.${KIND_NAME_SUFFIXES[kind]}.${extension}`, kind]),
  ),
);

/** The kind a file's name (or path, or URI path) promises by convention, if any; the ending in any case. */
export function kindFromFileName(pathOrUri: string): FileKind | undefined {
  // Every ending is `.word.extension`, without other dots: only the text from the second-to-last dot can match.
  const lastDot = pathOrUri.lastIndexOf('.');
  const wordDot = lastDot > 0 ? pathOrUri.lastIndexOf('.', lastDot - 1) : -1;
  if (wordDot < 0) return undefined;
  const ending = pathOrUri.slice(wordDot);
  return KINDS_BY_ENDING.get(ending) ?? KINDS_BY_ENDING.get(asciiLowerCase(ending));
}

/** Only ASCII letters change case: as a case-insensitive regular expression compares them. */
function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

export function isLadderFileName(pathOrUri: string): boolean {
  return kindFromFileName(pathOrUri) !== undefined;
}

/** The name before its kind's ending: `alex.assessment.yaml` → `alex`; undefined for a name without one. */
export function nameBeforeKindEnding(name: string): string | undefined {
  if (kindFromFileName(name) === undefined) return undefined;
  const extensionDot = name.lastIndexOf('.');
  return name.slice(0, name.lastIndexOf('.', extensionDot - 1));
}
