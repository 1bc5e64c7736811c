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

/** Equality of two values as such, or the pairs of children still to compare; false when they differ. */
function compareShallow(a: unknown, b: unknown): boolean | [unknown, unknown][] {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.map((item, i) => [item, b[i]]);
  if (a instanceof Map || b instanceof Map) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  const keysA = Object.keys(recordA);
  if (keysA.length !== Object.keys(recordB).length || !keysA.every((key) => Object.hasOwn(recordB, key))) return false;
  return keysA.map((key) => [recordA[key], recordB[key]]);
}

/**
 * Deep equality of plain data, ignoring the order of mapping keys; with a work list instead of
 * recursion, so that data nested thousands deep is compared, not a stack overflow, and each pair of
 * objects compared once, so that the cycles an alias inside its own anchor makes (`&a [*a]`) end.
 */
function sameData(a: unknown, b: unknown): boolean {
  const compared = new Map<object, Set<unknown>>();
  const pending: [unknown, unknown][] = [[a, b]];
  for (let pair = pending.pop(); pair; pair = pending.pop()) {
    const [left, right] = pair;
    if (typeof left === 'object' && left !== null) {
      const seen = compared.get(left) ?? new Set<unknown>();
      if (seen.has(right)) continue;
      compared.set(left, seen.add(right));
    }
    const result = compareShallow(left, right);
    if (result === false) return false;
    if (result !== true) for (const children of result) pending.push(children);
  }
  return true;
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

/** A text read three ways: its document, its data and its comments. */
interface Reading {
  doc: Document;
  data: unknown;
  comments: string[];
}

/** Undefined for a syntax error or a document the library cannot read as data (an alias without its anchor, too many aliases). */
function read(text: string): Reading | undefined {
  const doc = parse(text);
  const data = doc && dataOf(doc);
  return doc && data ? { doc, data: data.data, comments: comments(text) } : undefined;
}

function sameComments(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((comment, i) => comment === b[i]);
}

/** Whether `after` reads as the same data as `before`, with the same comments. Both are LF texts. */
export function sameMeaning(before: string, after: string): boolean {
  const [a, b] = [read(before), read(after)];
  return a !== undefined && b !== undefined && sameData(a.data, b.data) && sameComments(a.comments, b.comments);
}

/** The kind a document declares, else `fallback` (the one its file name promises). */
function declaredKind(doc: Document, fallback: FileKind | undefined): FileKind | undefined {
  const written: unknown = isMap(doc.contents) ? doc.contents.get('kind') : undefined;
  return (FILE_KINDS as readonly unknown[]).includes(written) ? (written as FileKind) : fallback;
}

/** One pass of the printer over the document of an LF text (which it changes); undefined if a scalar went missing. */
function printOnce(
  source: string,
  doc: Document,
  kind: FileKind | undefined,
  options: FormatOptions,
): string | undefined {
  // Nothing to print: the library would write `null` for an empty file.
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return source;
  const sortAs = options.sortKeys ? declaredKind(doc, kind) : undefined;
  if (sortAs) sortKeysBySchema(doc, sortAs);
  const keeper = new MultilineKeeper(source);
  keeper.stash(doc);
  return keeper.restore(print(doc));
}

/**
 * The formatted text of a ladder file, or undefined when it is not formatted: a YAML syntax error, a
 * lone carriage return, a document the library cannot read as data, or (a safety net) a printed text
 * that would read as different data, lose a comment, or print differently again (the library moves a
 * comment next to an anchor on each pass, for one). Line ends stay as written (LF or CRLF). Costs two
 * parses and two printings of the text.
 */
export function formatYaml(text: string, kind: FileKind | undefined, options: FormatOptions = {}): string | undefined {
  if (/\r(?!\n)/.test(text)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const source = eol === '\n' ? text : text.replace(/\r\n/g, '\n');
  const before = read(source);
  const once = before && printOnce(source, before.doc, kind, options);
  if (!before || once === undefined) return undefined;
  if (once !== source) {
    const after = read(once);
    if (!after || !sameData(before.data, after.data) || !sameComments(before.comments, after.comments))
      return undefined;
    if (printOnce(once, after.doc, kind, options) !== once) return undefined;
  }
  return eol === '\n' ? once : once.replace(/\n/g, '\r\n');
}
