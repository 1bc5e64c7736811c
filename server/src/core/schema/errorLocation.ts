import * as l10n from '@vscode/l10n';
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

/** What an error is about: the whole document, a key, or an item of a list. */
type Place = { key: string } | { item: number; parent: string | undefined } | 'document';

function placeOf(path: PathSegment[]): Place {
  const last = path[path.length - 1];
  if (last === undefined) return 'document';
  if (typeof last === 'string') return { key: last };
  const parent = path[path.length - 2];
  return { item: last + 1, parent: typeof parent === 'string' ? parent : undefined };
}

/** The place inside a sentence ("in …"). */
function placeName(place: Place): string {
  if (place === 'document') return l10n.t('the document');
  if ('key' in place) return `'${place.key}'`;
  return place.parent === undefined ? l10n.t('item {0}', place.item) : l10n.t('{0} item {1}', place.parent, place.item);
}

/** The place at the start of a sentence. */
function placeSubject(place: Place): string {
  return place === 'document' ? l10n.t('The document') : capitalise(placeName(place));
}

function typeWord(type: string): string {
  switch (type) {
    case 'integer':
      return l10n.t('a whole number');
    case 'number':
      return l10n.t('a number');
    case 'string':
      return l10n.t('text');
    case 'boolean':
      return l10n.t('true or false');
    case 'object':
      return l10n.t('a mapping (key: value)');
    case 'array':
      return l10n.t('a list');
    case 'null':
      return l10n.t('empty');
    default:
      return type;
  }
}

function describeType(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => typeWord(String(t))).join(` ${l10n.t('or')} `);
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return l10n.t('nothing');
  if (Array.isArray(value)) return l10n.t('a list');
  if (typeof value === 'object') return l10n.t('a mapping');
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
  const place: Place = reached && entry ? { key: entry.key } : placeOf(path);
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
              title: l10n.t("Remove unknown key '{0}'", key),
              edits: [{ span: removalSpan(text, pairSpan(unknown)), newText: '' }],
            },
          ]
        : undefined;
      return {
        span,
        severity: 'error',
        code: 'unknown-key',
        message: `${l10n.t("Unknown key '{0}' in {1}.", key, placeName(place))}${didYouMean(suggestion)}`,
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
        message: l10n.t("Missing required key '{0}' in {1}.", missing, placeName(place)),
        ...(fix ? { fixes: [fix] } : {}),
      };
    }
    case 'type':
      return {
        span: reached ? nodeSpan : keyOrFirstKey(entry, node, nodeSpan, reached),
        severity: 'error',
        code: 'wrong-type',
        message: l10n.t(
          '{0} should be {1}, not {2}.',
          placeSubject(place),
          describeType(params.type),
          describeValue(valueAt(doc, path)),
        ),
      };
    case 'enum':
      return {
        span: nodeSpan,
        severity: 'error',
        code: 'invalid-value',
        message: l10n.t(
          '{0} is not allowed for {1}; use one of: {2}.',
          describeValue(valueAt(doc, path)),
          placeName(place),
          (params.allowedValues as unknown[]).map(String).join(', '),
        ),
      };
    case 'const':
      return {
        span: nodeSpan,
        severity: 'error',
        code: 'invalid-value',
        message: l10n.t("{0} must be '{1}'.", placeSubject(place), String(params.allowedValue)),
      };
    case 'pattern':
      return {
        span: nodeSpan,
        severity: 'error',
        code: 'invalid-value',
        message: l10n.t(
          '{0} is not a valid {1} for {2}.',
          describeValue(valueAt(doc, path)),
          patternName(String(params.pattern)),
          placeName(place),
        ),
      };
    case 'propertyNames': {
      const name = String(params.propertyName);
      const bad = isMap(node) ? findEntry(node, name) : undefined;
      return {
        span: bad ? spanOf(bad.keyNode) : nodeSpan,
        severity: 'error',
        code: 'invalid-value',
        message: l10n.t("'{0}' is not a valid id: ids are lowercase letters, digits and dashes.", name),
      };
    }
    default:
      return {
        span: reached ? nodeSpan : keyOrFirstKey(entry, node, nodeSpan, reached),
        severity: 'error',
        code: 'schema',
        message:
          error.message === undefined
            ? l10n.t('{0} is not valid.', placeSubject(place))
            : `${placeSubject(place)} ${error.message}.`,
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
  if (pattern.includes('\\d{4}')) return l10n.t('date (YYYY-MM-DD)');
  if (pattern.includes('[a-z0-9]')) return l10n.t('id (lowercase letters, digits and dashes)');
  return l10n.t('value (pattern {0})', pattern);
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
