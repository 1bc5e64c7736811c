import * as l10n from '@vscode/l10n';
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import { fastParseDocument } from './fastParse';
import { findMisIndentation } from './indentation';
import { aliasTable, walk } from './nodes';
import { PARSE_OPTIONS } from './parseOptions';
import { MAX_PARSED_NESTING, measureStructure, valueBudget } from './structure';
import { withLineFeeds } from '../text/lineBreaks';
import type { InvalidUtf8 } from '../text/utf8';
import type { LadderDiagnostic, Span } from '../types';
import { formatFixed, formatGrouped, formatNumber } from '../text/numbers';

export const DEFAULT_MAX_FILE_CHARS = 4 * 1024 * 1024;

export interface ParseOptions {
  /** Texts longer than this are not parsed; a diagnostic says so. */
  maxFileChars?: number;
  /** Where the bytes the text was decoded from stopped being UTF-8 (see decodeUtf8); reported once. */
  invalidUtf8?: InvalidUtf8;
  /**
   * false: always parse with yaml. By default a text in the plain subset that fastParse.ts reads is
   * read by it (the same Document, faster), and only other texts go through yaml.
   */
  fast?: boolean;
}

/** The result of parsing one YAML text: the document (if any) and the problems found on the way. */
export interface ParsedYaml {
  /** The text parsed: the given text with lone CRs as LFs (see withLineFeeds), so the same offsets. */
  readonly text: string;
  readonly doc: Document.Parsed | undefined;
  readonly diagnostics: LadderDiagnostic[];
  /**
   * The plain data of `doc` (what toPlain makes of it), when the fast path made it while parsing; valid
   * only for `doc` as parsed (a re-analysis that splices items into a document passes no `plain`).
   */
  readonly plain?: unknown;
  /**
   * When every syntax error stems from one mis-indented line: the item around it, where schema and
   * semantic findings are consequences of that line and are not reported.
   */
  readonly damaged?: Span;
}

const BINARY_SAMPLE = 8192;
/**
 * Texts up to this size may take the fast path: below it a text cannot hold more values than the
 * smallest value budget (each value takes at least two characters), so the budget needs no count.
 */
const FAST_PATH_MAX_CHARS = 200_000;

/** The characters looksBinary counts: controls other than tab and line breaks, and U+FFFD (bytes that were not UTF-8). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/;

export function looksBinary(text: string): boolean {
  const sample = text.length > BINARY_SAMPLE ? text.slice(0, BINARY_SAMPLE) : text;
  if (sample.includes('\u0000')) return true;
  if (!CONTROL.test(sample)) return false; // most files: no character to count, found without a loop
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function roughSize(chars: number): string {
  const mb = chars / (1024 * 1024);
  return mb >= 1 ? `${formatFixed(mb, 1)} MB` : `${formatFixed(chars / 1024, 1)} KB`;
}

/** The file's size and the limit, in MB or KB, or in characters when rounding would make them look equal. */
function sizes(chars: number, limit: number): [string, string] {
  const [file, max] = [roughSize(chars), roughSize(limit)];
  return file === max
    ? [l10n.t('{0} characters', formatNumber(chars)), l10n.t('{0} characters', formatNumber(limit))]
    : [file, max];
}

export { PARSE_OPTIONS };

/** A text that was not parsed, with the one diagnostic that says why. */
function refused(text: string, span: Span, code: string, message: string): ParsedYaml {
  return { text, doc: undefined, diagnostics: [{ span, severity: 'error', code, message }] };
}

/** Parses YAML text with exact offsets; never throws. */
export function parseYaml(text: string, options: ParseOptions = {}): ParsedYaml {
  const parsed = parseText(withLineFeeds(text), options);
  // A file refused as binary or too large is not read as text at all: that one diagnostic says enough.
  const notText = parsed.diagnostics.some((d) => d.code === 'binary-file' || d.code === 'file-too-large');
  if (!options.invalidUtf8 || notText) return parsed;
  return { ...parsed, diagnostics: [invalidUtf8Diagnostic(parsed.text, options.invalidUtf8), ...parsed.diagnostics] };
}

function invalidUtf8Diagnostic(text: string, { offset, byte }: InvalidUtf8): LadderDiagnostic {
  const start = Math.min(offset, text.length);
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  return {
    span: { start, end: Math.min(start + 1, text.length) },
    severity: 'error',
    code: 'invalid-utf8',
    message: l10n.t(
      'This file is not valid UTF-8: the byte 0x{0} here (and any invalid bytes after it) was read as the replacement character U+FFFD. Save the file as UTF-8.',
      hex,
    ),
  };
}

function parseText(text: string, options: ParseOptions): ParsedYaml {
  const limit = options.maxFileChars ?? DEFAULT_MAX_FILE_CHARS;
  const head = { start: 0, end: Math.min(text.length, text.indexOf('\n') >= 0 ? text.indexOf('\n') : text.length) };
  if (text.length > limit) {
    const [file, max] = sizes(text.length, limit);
    return refused(
      text,
      head,
      'file-too-large',
      l10n.t(
        'This file is {0}, over the {1} limit, so it was not checked. The limit can be raised with the setting ladder.maxFileSize.',
        file,
        max,
      ),
    );
  }
  if (looksBinary(text)) {
    return refused(
      text,
      head,
      'binary-file',
      l10n.t('This file is not text (it contains NUL or control characters), so it cannot be a ladder file.'),
    );
  }
  // The fast path reads nothing yaml would report, nesting or value counts near the limits included.
  const fast = options.fast !== false && text.length <= FAST_PATH_MAX_CHARS ? fastParseDocument(text) : undefined;
  if (fast) return { text, doc: fast.doc, diagnostics: [], plain: fast.plain };
  const structure = measureStructure(text);
  if (structure.tooDeep) {
    return refused(
      text,
      structure.tooDeep,
      'too-deep',
      l10n.t(
        'The YAML is nested more than {0} levels deep here, so the file was not checked.',
        formatGrouped(MAX_PARSED_NESTING),
      ),
    );
  }
  const values = valueBudget(limit);
  if (structure.values > values) {
    return refused(
      text,
      head,
      'file-too-large',
      l10n.t(
        'This file holds more than {0} YAML values, so it was not checked. The limit grows with the setting ladder.maxFileSize.',
        formatGrouped(values),
      ),
    );
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, PARSE_OPTIONS);
  } catch (error) {
    return refused(text, head, 'yaml-syntax', l10n.t('The YAML parser gave up: {0}', (error as Error).message));
  }
  const diagnostics: LadderDiagnostic[] = [];
  const misIndented = doc.errors.length > 0 ? findMisIndentation(text, PARSE_OPTIONS) : undefined;
  if (misIndented) diagnostics.push(misIndented.diagnostic);
  for (const problem of misIndented ? [] : doc.errors) {
    diagnostics.push({
      span: clampSpan(problem.pos, text.length),
      severity: 'error',
      code: problem.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
      message: yamlMessage(problem.code, problem.message),
    });
  }
  diagnostics.push(...outside(duplicateKeys(doc), misIndented?.damaged));
  for (const [alias, target] of aliasTable(doc)) {
    if (target || !alias.range) continue;
    diagnostics.push({
      span: { start: alias.range[0], end: alias.range[1] },
      severity: 'error',
      code: 'yaml-syntax',
      message: l10n.t("Unknown alias '*{0}': an anchor '&{0}' must come before it.", alias.source),
    });
  }
  for (const problem of doc.warnings) {
    const unknownTag = problem.code === 'TAG_RESOLVE_FAILED';
    diagnostics.push({
      span: clampSpan(problem.pos, text.length),
      severity: 'warning',
      code: unknownTag ? 'unknown-tag' : 'yaml-warning',
      message: unknownTag
        ? l10n.t('{0}. The tag is ignored and the value is read as plain text.', problem.message)
        : problem.message,
    });
  }
  return { text, doc, diagnostics, ...(misIndented ? { damaged: misIndented.damaged } : {}) };
}

/** The diagnostics that start outside `damaged` (all of them when there is no damaged span). */
export function outside(diagnostics: LadderDiagnostic[], damaged: Span | undefined): LadderDiagnostic[] {
  if (!damaged) return diagnostics;
  return diagnostics.filter((d) => d.span.start < damaged.start || d.span.start >= damaged.end);
}

/**
 * The second and later uses of a scalar key in one mapping, each on the whole key. The parser's own
 * check compares every key with every earlier one, which is quadratic in the size of a mapping.
 */
export function duplicateKeys(doc: Document): LadderDiagnostic[] {
  const found: LadderDiagnostic[] = [];
  walk(doc, (map) => {
    if (!isMap(map)) return;
    const seen = new Set<unknown>();
    for (const pair of map.items) {
      if (!isScalar(pair.key)) continue;
      if (!seen.has(pair.key.value)) {
        seen.add(pair.key.value);
        continue;
      }
      const range = pair.key.range;
      found.push({
        span: range ? { start: range[0], end: range[1] } : { start: 0, end: 0 },
        severity: 'error',
        code: 'duplicate-key',
        message: yamlMessage('DUPLICATE_KEY', ''),
      });
    }
  });
  return found;
}

function yamlMessage(code: string, message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  const trimmed = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'RESOURCE_EXHAUSTION') return l10n.t('The YAML is nested too deeply to read ({0}).', trimmed);
  if (code === 'DUPLICATE_KEY') return l10n.t('This key appears twice in the same mapping; keys must be unique.');
  return trimmed;
}

function clampSpan(pos: [number, number], length: number): { start: number; end: number } {
  const start = Math.max(0, Math.min(pos[0], length));
  const end = Math.max(start, Math.min(pos[1], length));
  return { start, end };
}
