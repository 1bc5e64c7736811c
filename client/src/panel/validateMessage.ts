/**
 * Allow-list checks for everything that crosses the webview boundary: messages from the webview to the
 * host, the state a reloaded panel is revived with, and messages from the host to the webview. Each
 * function returns a fresh, well-typed copy holding only the known fields, or `undefined`.
 * No `vscode` import, so both sides and the unit tests can use it.
 */
import { validateHistoryMessage } from './historyMessage';
import type { HostToWebviewMessage, Range, ScaleId, ScoreResult, WebviewToHostMessage, WhatIf } from './messages';

/** Bounds on sizes, so that a hostile or broken webview cannot make the host do unbounded work. */
export const LIMITS = {
  uriLength: 8_192,
  idLength: 256,
  scaleIdLength: 64,
  overrides: 1_000,
  position: 100_000_000,
  messageLength: 2_000,
  textLength: 100_000,
  listLength: 10_000,
} as const;

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isString(value: unknown, max: number, min = 0): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

/** A scale id as the engine writes it: a finite number or a short non-empty string. */
export function isScaleId(value: unknown): value is ScaleId {
  return (typeof value === 'number' && Number.isFinite(value)) || isString(value, LIMITS.scaleIdLength, 1);
}

function validatePosition(value: unknown): Range['start'] | undefined {
  if (!isPlain(value) || !isCount(value.line, LIMITS.position) || !isCount(value.character, LIMITS.position)) return undefined;
  return { line: value.line, character: value.character };
}

/** An LSP range with non-negative integer positions, start not after end. */
export function validateRange(value: unknown): Range | undefined {
  if (!isPlain(value)) return undefined;
  const start = validatePosition(value.start);
  const end = validatePosition(value.end);
  if (!start || !end) return undefined;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return undefined;
  return { start, end };
}

/**
 * What-if ratings: at most `LIMITS.overrides` competency ids, each mapped to a scale id or null. Ids are
 * whatever the files say, `__proto__` and `constructor` included: the copy holds them as own data properties.
 */
export function validateWhatIf(value: unknown): WhatIf | undefined {
  if (!isPlain(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > LIMITS.overrides) return undefined;
  for (const [key, rating] of entries) {
    if (!isString(key, LIMITS.idLength, 1)) return undefined;
    if (rating !== null && !isScaleId(rating)) return undefined;
  }
  return Object.fromEntries(entries) as WhatIf;
}

/** A message from the webview, or `undefined` when it is not one the host accepts. */
export function validateWebviewMessage(value: unknown): WebviewToHostMessage | undefined {
  if (!isPlain(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'applyWhatIf':
      return { type: 'applyWhatIf' };
    case 'reveal': {
      const range = validateRange(value.range);
      if (!isString(value.uri, LIMITS.uriLength, 1) || !range) return undefined;
      return { type: 'reveal', uri: value.uri, range };
    }
    case 'whatIf': {
      const overrides = validateWhatIf(value.overrides);
      return overrides ? { type: 'whatIf', overrides } : undefined;
    }
    default:
      return undefined;
  }
}

/** The part of a saved webview state that the host trusts when it revives a panel. */
export function validatePanelState(value: unknown): { uri: string; whatIf: WhatIf } | undefined {
  if (!isPlain(value) || !isString(value.uri, LIMITS.uriLength, 1)) return undefined;
  const whatIf = value.whatIf === undefined ? {} : validateWhatIf(value.whatIf);
  return whatIf ? { uri: value.uri, whatIf } : undefined;
}

// --- Host → webview: the shape of a ScoreResult, checked before anything is rendered from it. ---

function isOptional<T>(value: unknown, check: (v: unknown) => v is T): boolean {
  return value === undefined || check(value);
}

const text = (v: unknown): v is string => isString(v, LIMITS.textLength);
const id = (v: unknown): v is string => isString(v, LIMITS.idLength * 4);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isList(value: unknown, item: (v: unknown) => boolean): value is unknown[] {
  return Array.isArray(value) && value.length <= LIMITS.listLength && value.every(item);
}

function isStringRecord(value: unknown, item: (v: unknown) => boolean): boolean {
  return isPlain(value) && Object.keys(value).length <= LIMITS.listLength && Object.values(value).every(item);
}

function isRequirement(value: unknown, depth = 0): boolean {
  return (
    isPlain(value) &&
    depth < 32 &&
    isOptional(value.id, id) &&
    id(value.type) &&
    ['met', 'unmet', 'unknown', 'waived'].includes(value.status as string) &&
    text(value.detail) &&
    isOptional(value.description, text) &&
    (value.children === undefined || isList(value.children, (child) => isRequirement(child, depth + 1)))
  );
}

function isExpectation(value: unknown): boolean {
  return (
    isPlain(value) &&
    id(value.competency) &&
    isScaleId(value.expected) &&
    (value.rated === null || isScaleId(value.rated)) &&
    ['met', 'gap', 'unrated'].includes(value.status as string)
  );
}

function isLevel(value: unknown): boolean {
  return (
    isPlain(value) &&
    id(value.id) &&
    text(value.name) &&
    id(value.track) &&
    finite(value.rank) &&
    ['eligible', 'not-yet', 'incomplete'].includes(value.status as string) &&
    finite(value.readiness) &&
    isList(value.expectations, isExpectation) &&
    isList(value.requirements, (r) => isRequirement(r))
  );
}

function isReport(value: unknown): boolean {
  return isPlain(value) && text(value.person) && id(value.ladder) && id(value.level) && text(value.asOf) && isList(value.levels, isLevel);
}

function isCompetency(value: unknown): boolean {
  return (
    isPlain(value) &&
    id(value.id) &&
    text(value.name) &&
    isOptional(value.group, text) &&
    isOptional(value.description, text) &&
    isStringRecord(value.descriptors, text)
  );
}

function isRatingEvidence(value: unknown): boolean {
  return isPlain(value) && isList(value.evidence, text) && isOptional(value.note, text);
}

/** A ScoreResult whose every field the panel reads has the type the protocol declares. */
export function isScoreResult(value: unknown): value is ScoreResult {
  return (
    isPlain(value) &&
    isString(value.uri, LIMITS.uriLength, 1) &&
    (value.report === undefined || isReport(value.report)) &&
    isOptional(value.message, text) &&
    isOptional(value.ladderUri, (v): v is string => isString(v, LIMITS.uriLength, 1)) &&
    isOptional(value.ladderName, text) &&
    isOptional(value.person, text) &&
    isOptional(value.currentLevelName, text) &&
    isOptional(value.yearsAtLevel, finite) &&
    isList(value.focus, id) &&
    isOptional(value.target, id) &&
    isList(value.scale, (s) => isPlain(s) && isScaleId(s.id) && isOptional(s.name, text)) &&
    isList(value.competencies, isCompetency) &&
    isStringRecord(value.ratingRanges, (r) => validateRange(r) !== undefined) &&
    (value.ratingsInsertRange === undefined || validateRange(value.ratingsInsertRange) !== undefined) &&
    isStringRecord(value.levelRanges, (r) => validateRange(r) !== undefined) &&
    (value.evidence === undefined || isStringRecord(value.evidence, isRatingEvidence)) &&
    isCount(value.errorCount, Number.MAX_SAFE_INTEGER)
  );
}

/** A message from the host, or `undefined` when the webview should ignore it. */
export function validateHostMessage(value: unknown): HostToWebviewMessage | undefined {
  if (!isPlain(value)) return undefined;
  if (value.type === 'score') {
    const whatIf = validateWhatIf(value.whatIf);
    return isScoreResult(value.result) && whatIf ? { type: 'score', result: value.result, whatIf } : undefined;
  }
  if (value.type === 'error' && typeof value.message === 'string') {
    return { type: 'error', message: value.message.slice(0, LIMITS.messageLength) };
  }
  if (value.type === 'history') return validateHistoryMessage(value);
  return undefined;
}
