import { isMap, isScalar, Lexer, parseDocument, type Document, type ToStringOptions } from 'yaml';
import { FILE_KINDS } from '../fileKinds';
import { PARSE_OPTIONS } from '../parse/parseYaml';
import type { FileKind } from '../types';
import { sortKeysBySchema } from './formatKeyOrder';
import { MultilineKeeper } from './formatMultiline';

export interface FormatOptions {
  /** Reorder keys the way the file's schema lists them (the `ladder.format.sortKeys` setting). */
  sortKeys?: boolean;
}

/**
 * How a ladder file is printed: two spaces per level, `- ` items indented under their key, flow
 * collections written `[a, b]` and `{a: 1}` as in the samples, and no line width (lines are never
 * wrapped or joined by the printer: multi-line scalars keep their lines, see MultilineKeeper).
 */
const PRINT: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
};

/** The comments of a YAML text, as written (without the whitespace around them), sorted. */
function comments(text: string): string[] {
  const found: string[] = [];
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) found.push(token.trimEnd());
  return found.sort();
}

/** Deep equality of plain data, ignoring the order of mapping keys. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameData(item, b[i]));
  if (a instanceof Map || b instanceof Map) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const recordB = b as Record<string, unknown>;
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => Object.hasOwn(recordB, key) && sameData((a as Record<string, unknown>)[key], recordB[key]))
  );
}

function parse(text: string) {
  const doc = parseDocument(text, PARSE_OPTIONS);
  return doc.errors.length > 0 ? undefined : doc;
}

/** The data of a document; undefined when its aliases expand too far (the library's alias limit). */
function dataOf(doc: Document): { data: unknown } | undefined {
  try {
    return { data: doc.toJS() };
  } catch {
    return undefined;
  }
}

/** The printed document; an empty string when the library refuses to print it. */
function print(doc: Document): string {
  try {
    return doc.toString(PRINT);
  } catch {
    return '';
  }
}

/** Whether `after` reads as the same data as `before`, with the same comments. Both are LF texts. */
export function sameMeaning(before: string, after: string): boolean {
  const [a, b] = [parse(before), parse(after)];
  const [dataA, dataB] = [a && dataOf(a), b && dataOf(b)];
  if (!dataA || !dataB || !sameData(dataA.data, dataB.data)) return false;
  const [commentsA, commentsB] = [comments(before), comments(after)];
  return commentsA.length === commentsB.length && commentsA.every((comment, i) => comment === commentsB[i]);
}

/** The kind a document declares, else `fallback` (the one its file name promises). */
function declaredKind(doc: Document, fallback: FileKind | undefined): FileKind | undefined {
  const written: unknown = isMap(doc.contents) ? doc.contents.get('kind') : undefined;
  return (FILE_KINDS as readonly unknown[]).includes(written) ? (written as FileKind) : fallback;
}

/**
 * The formatted text of a ladder file, or undefined when it is not formatted: a YAML syntax error, a
 * lone carriage return, a document the library cannot read as data, or (a safety net) a printed text
 * that would read as different data, lose a comment, or print differently again (the library moves a
 * comment next to an anchor on each pass, for one). Line ends stay as written (LF or CRLF).
 */
export function formatYaml(text: string, kind: FileKind | undefined, options: FormatOptions = {}): string | undefined {
  if (/\r(?!\n)/.test(text)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const source = eol === '\n' ? text : text.replace(/\r\n/g, '\n');
  const once = formatOnce(source, kind, options);
  if (once === undefined || (once !== source && formatOnce(once, kind, options) !== once)) return undefined;
  return eol === '\n' ? once : once.replace(/\n/g, '\r\n');
}

/** One pass of the printer over an LF text. */
function formatOnce(source: string, kind: FileKind | undefined, options: FormatOptions): string | undefined {
  const doc = parse(source);
  // A document the library cannot read as data (an alias without its anchor, too many aliases) is left alone.
  if (!doc || !dataOf(doc)) return undefined;
  // Nothing to print: the library would write `null` for an empty file.
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return source;
  const sortAs = options.sortKeys ? declaredKind(doc, kind) : undefined;
  if (sortAs) sortKeysBySchema(doc, sortAs);
  const keeper = new MultilineKeeper(source);
  keeper.stash(doc);
  const printed = keeper.restore(print(doc));
  return printed !== undefined && sameMeaning(source, printed) ? printed : undefined;
}
