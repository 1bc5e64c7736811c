import type { ErrorObject } from 'ajv';
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import { changeTo } from '../check/report';
import { closest, didYouMean } from '../text/suggest';
import { missingKeyFix } from './missingKeyFix';
import { schemaKeys } from './schemaKeys';
import type { LadderDiagnostic, Span } from '../types';
import { findEntry, nodeAtPath, pairSpan, spanOf, type PathSegment } from '../parse/nodes';

function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

function lastSegmentName(path: PathSegment[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the document';
  if (typeof last === 'string') return `'${last}'`;
  const parent = path[path.length - 2];
  return typeof parent === 'string' ? `${parent} item ${last + 1}` : `item ${last + 1}`;
}

function describeType(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  const words: Record<string, string> = {
    integer: 'a whole number',
    number: 'a number',
    string: 'text',
    boolean: 'true or false',
    object: 'a mapping (key: value)',
    array: 'a list',
    null: 'empty',
  };
  return types.map((t) => words[String(t)] ?? String(t)).join(' or ');
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  return String(value);
}

/**
 * Turns an ajv error into a diagnostic on the YAML node it is about; for unknown or missing keys, on the
 * key. `schema` is the schema that reported it, for suggesting the key an unknown one was meant to be.
 */
export function errorToDiagnostic(error: ErrorObject, doc: Document, text: string, schema?: object): LadderDiagnostic {
  const path = pointerToPath(error.instancePath);
  const { node, entry, depth } = nodeAtPath(doc, path);
  const reached = depth === path.length;
  const valueSpan = spanOf(node);
  // An empty value (`ladder:` with nothing after it) has an empty range: point at its key instead.
  const nodeSpan = reached && entry && valueSpan.start === valueSpan.end ? spanOf(entry.keyNode) : valueSpan;
  // A key that looks like a number (`1:` under descriptors) is still a key, not a list index.
  const where = reached && entry ? `'${entry.key}'` : lastSegmentName(path);
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const unknown = isMap(node) ? findEntry(node, key) : undefined;
      const span = unknown ? spanOf(unknown.keyNode) : nodeSpan;
      const suggestion = unknown && schema && isMap(node) ? suggestKey(key, schema, path, node) : undefined;
      const fixes = unknown
        ? [
            ...(suggestion === undefined ? [] : changeTo(span, suggestion, suggestion)),
            {
              title: `Remove unknown key '${key}'`,
              edits: [{ span: removalSpan(text, pairSpan(unknown)), newText: '' }],
            },
          ]
        : undefined;
      return {
        span,
        severity: 'error',
        code: 'unknown-key',
        message: `Unknown key '${key}' in ${where}.${didYouMean(suggestion)}`,
        ...(fixes ? { fixes } : {}),
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const fix = reached && schema && isMap(node) ? missingKeyFix(doc, text, schema, path, node, missing) : undefined;
      return {
        span: keyOrFirstKey(entry, node, nodeSpan, reached),
        severity: 'error',
        code: 'missing-key',
        message: `Missing required key '${missing}' in ${where}.`,
        ...(fix ? { fixes: [fix] } : {}),
      };
    }
    case 'type':
      return {
        span: reached ? nodeSpan : keyOrFirstKey(entry, node, nodeSpan, reached),
        severity: 'error',
        code: 'wrong-type',
        message: `${capitalise(where)} should be ${describeType(params.type)}, not ${describeValue(valueAt(doc, path))}.`,
      };
    case 'enum':
      return {
        span: nodeSpan,
        severity: 'error',
        code: 'invalid-value',
        message: `${describeValue(valueAt(doc, path))} is not allowed for ${where}; use one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}.`,
      };
    case 'const':
      return {
        span: nodeSpan,
        severity: 'error',
        code: 'invalid-value',
        message: `${capitalise(where)} must be '${String(params.allowedValue)}'.`,
      };
    case 'pattern':
      return {
        span: nodeSpan,
        severity: 'error',
        code: 'invalid-value',
        message: `${describeValue(valueAt(doc, path))} is not a valid ${patternName(String(params.pattern))} for ${where}.`,
      };
    case 'propertyNames': {
      const name = String(params.propertyName);
      const bad = isMap(node) ? findEntry(node, name) : undefined;
      return {
        span: bad ? spanOf(bad.keyNode) : nodeSpan,
        severity: 'error',
        code: 'invalid-value',
        message: `'${name}' is not a valid id: ids are lowercase letters, digits and dashes.`,
      };
    }
    default:
      return {
        span: reached ? nodeSpan : keyOrFirstKey(entry, node, nodeSpan, reached),
        severity: 'error',
        code: 'schema',
        message: `${capitalise(where)} ${error.message ?? 'is not valid'}.`,
      };
  }
}

/** The key of the schema, not yet in the mapping, that `key` is most likely a misspelling of. */
function suggestKey(key: string, schema: object, path: PathSegment[], map: YAMLMap): string | undefined {
  const present = new Set(map.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')));
  const candidates = schemaKeys(schema, path).filter((candidate) => !present.has(candidate));
  return closest(key, candidates) ?? candidates.find((candidate) => isSwap(key, candidate));
}

/** Whether `a` is `b` with two neighbouring characters swapped (`rnak` for `rank`). */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = 0;
  while (first < a.length && a[first] === b[first]) first++;
  return (
    first < a.length - 1 &&
    a[first] === b[first + 1] &&
    a[first + 1] === b[first] &&
    a.slice(first + 2) === b.slice(first + 2)
  );
}

function patternName(pattern: string): string {
  if (pattern.includes('\\d{4}')) return 'date (YYYY-MM-DD)';
  if (pattern.includes('[a-z0-9]')) return 'id (lowercase letters, digits and dashes)';
  return `value (pattern ${pattern})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function valueAt(doc: Document, path: PathSegment[]): unknown {
  const { node, depth } = nodeAtPath(doc, path);
  if (depth !== path.length) return undefined;
  if (isScalar(node)) return node.value;
  if (isMap(node)) return {};
  if (isSeq(node)) return [];
  return undefined;
}

/** The key that holds a mapping (for a missing key), else the mapping's first key, else the node. */
function keyOrFirstKey(entry: ReturnType<typeof findEntry>, node: unknown, fallback: Span, reached: boolean): Span {
  if (reached && entry) return spanOf(entry.keyNode);
  if (isMap(node)) {
    const first = node.items[0];
    if (first && first.key) return spanOf(first.key as never);
  }
  return fallback;
}

/**
 * What to delete to remove a `key: value` pair: its whole lines when nothing else shares them (so no
 * line of spaces is left behind), else just the pair and a following comma in a flow mapping.
 */
export function removalSpan(text: string, pair: Span): Span {
  const lineStart = text.lastIndexOf('\n', pair.start - 1) + 1;
  let end = pair.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const onlyPairOnLines =
    /^[ \t]*$/.test(text.slice(lineStart, pair.start)) &&
    (end === text.length || text[end] === '\n' || text[end] === '\r');
  if (onlyPairOnLines) {
    const lineEnd = text.indexOf('\n', end);
    return { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd + 1 };
  }
  if (text[end] === ',') {
    end++;
    while (end < text.length && text[end] === ' ') end++;
    return { start: pair.start, end };
  }
  let start = pair.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (text[start - 1] === ',' && (text[end] === '}' || text[end] === ']')) return { start: start - 1, end: pair.end };
  return pair;
}
