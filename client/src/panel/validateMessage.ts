/**
 * Allow-list checks for everything that crosses the webview boundary: messages from the webview to the
 * host, the state a reloaded panel is revived with, and messages from the host to the webview. Each
 * function returns a fresh, well-typed copy holding only the known fields, or `undefined`.
 * No `vscode` import, so both sides and the unit tests can use it.
 */
import type {
  CalibrationResult,
  HostToWebviewMessage,
  Range,
  ScaleId,
  ScoreResult,
  WebviewToHostMessage,
  WhatIf,
} from './messages';
import { validateHistoryMessage } from './historyMessage';

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

export function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export function isString(value: unknown, max: number, min = 0): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

export function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

/** A scale id as the engine writes it: a finite number or a short non-empty string. */
export function isScaleId(value: unknown): value is ScaleId {
  return (typeof value === 'number' && Number.isFinite(value)) || isString(value, LIMITS.scaleIdLength, 1);
}

function validatePosition(value: unknown): Range['start'] | undefined {
  if (!isPlain(value) || !isCount(value.line, LIMITS.position) || !isCount(value.character, LIMITS.position))
    return undefined;
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
    case 'exportPacket':
      return { type: 'exportPacket' };
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
/** A whole percentage as the server computes it for display. */
export const isPercent = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100;

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
  return (
    isPlain(value) &&
    text(value.person) &&
    id(value.ladder) &&
    id(value.level) &&
    text(value.asOf) &&
    isList(value.levels, isLevel)
  );
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
    isOptional(value.closestFocusLevel, id) &&
    isStringRecord(value.readinessPercent, isPercent) &&
    isOptional(value.target, id) &&
    isList(value.scale, (s) => isPlain(s) && isScaleId(s.id) && isOptional(s.name, text)) &&
    isList(value.competencies, isCompetency) &&
    (value.trackNames === undefined || isStringRecord(value.trackNames, text)) &&
    isStringRecord(value.ratingRanges, (r) => validateRange(r) !== undefined) &&
    (value.ratingsInsertRange === undefined || validateRange(value.ratingsInsertRange) !== undefined) &&
    isStringRecord(value.levelRanges, (r) => validateRange(r) !== undefined) &&
    (value.evidence === undefined || isStringRecord(value.evidence, isRatingEvidence)) &&
    (value.levelRange === undefined || validateRange(value.levelRange) !== undefined) &&
    (value.targetRange === undefined || validateRange(value.targetRange) !== undefined) &&
    isCount(value.errorCount, Number.MAX_SAFE_INTEGER)
  );
}

// --- Host → webview: the shape of a CalibrationResult. ---

const LEVEL_STATUSES = ['eligible', 'not-yet', 'incomplete'];
const FLAGS = ['disagreement', 'unreviewed', 'unsupported'];
const ROLES = ['manager', 'peer', 'panel', 'other'];
const uriText = (v: unknown): v is string => isString(v, LIMITS.uriLength, 1);
const status = (v: unknown): v is string => LEVEL_STATUSES.includes(v as string);
const rating = (v: unknown): boolean => v === null || isScaleId(v);
const rangeOrNull = (v: unknown): boolean => v === null || validateRange(v) !== undefined;

function isCalibrationReport(value: unknown, reviews: number): boolean {
  return (
    isPlain(value) &&
    text(value.person) &&
    text(value.asOf) &&
    isList(
      value.reviews,
      (r) =>
        isPlain(r) &&
        text(r.file) &&
        (r.reviewer === null || text(r.reviewer)) &&
        (r.role === null || ROLES.includes(r.role as string)),
    ) &&
    value.reviews.length === reviews &&
    isList(
      value.competencies,
      (c) =>
        isPlain(c) &&
        id(c.competency) &&
        rating(c.self) &&
        isList(c.reviews, rating) &&
        c.reviews.length === reviews &&
        rating(c.consensus) &&
        isList(c.flags, (f) => FLAGS.includes(f as string)),
    ) &&
    isList(
      value.levels,
      (l) =>
        isPlain(l) &&
        id(l.id) &&
        status(l.self) &&
        isList(l.reviews, status) &&
        l.reviews.length === reviews &&
        status(l.consensus),
    )
  );
}

function isCalibrationReview(value: unknown): boolean {
  return (
    isPlain(value) &&
    uriText(value.uri) &&
    text(value.file) &&
    isOptional(value.reviewer, text) &&
    isOptional(value.role, (v): v is string => ROLES.includes(v as string)) &&
    isOptional(value.date, text) &&
    isOptional(value.note, text) &&
    validateRange(value.range) !== undefined &&
    isCount(value.errorCount, Number.MAX_SAFE_INTEGER)
  );
}

/** A CalibrationResult whose every field the panel reads has the type the protocol declares, lists of matching lengths. */
export function isCalibrationResult(value: unknown): value is CalibrationResult {
  if (!isPlain(value) || !isList(value.reviews, isCalibrationReview)) return false;
  const reviews = value.reviews.length;
  return (
    uriText(value.uri) &&
    isOptional(value.assessmentUri, uriText) &&
    isOptional(value.reviewIndex, (v): v is number => isCount(v, reviews)) &&
    (value.report === undefined || isCalibrationReport(value.report, reviews)) &&
    isOptional(value.message, text) &&
    isOptional(value.ladderUri, uriText) &&
    isOptional(value.ladderName, text) &&
    isList(
      value.cells,
      (c) =>
        isPlain(c) &&
        id(c.competency) &&
        rangeOrNull(c.self) &&
        isList(c.reviews, rangeOrNull) &&
        c.reviews.length === reviews,
    ) &&
    isList(
      value.levels,
      (l) =>
        isPlain(l) &&
        id(l.id) &&
        text(l.name) &&
        id(l.track) &&
        finite(l.rank) &&
        (l.range === undefined || validateRange(l.range) !== undefined) &&
        isPlain(l.readiness) &&
        finite(l.readiness.self) &&
        finite(l.readiness.consensus) &&
        isList(l.readiness.reviews, finite) &&
        l.readiness.reviews.length === reviews &&
        isPlain(l.readinessPercent) &&
        isPercent(l.readinessPercent.self) &&
        isPercent(l.readinessPercent.consensus) &&
        isList(l.readinessPercent.reviews, isPercent) &&
        l.readinessPercent.reviews.length === reviews,
    ) &&
    isList(value.focus, id) &&
    isList(value.scale, (s) => isPlain(s) && isScaleId(s.id) && isOptional(s.name, text)) &&
    isList(value.competencies, isCompetency) &&
    isStringRecord(value.evidence, isRatingEvidence) &&
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
  if (value.type === 'calibration') {
    return isCalibrationResult(value.result) ? { type: 'calibration', result: value.result } : undefined;
  }
  if (value.type === 'error' && typeof value.message === 'string') {
    return { type: 'error', message: value.message.slice(0, LIMITS.messageLength) };
  }
  if (value.type === 'history') return validateHistoryMessage(value);
  return undefined;
}
