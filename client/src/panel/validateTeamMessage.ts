/**
 * Allow-list checks for the team view's messages, both ways, and its saved state: each returns a
 * well-typed value holding only known fields, or undefined. No `vscode` import.
 */
import type { TeamChanges, TeamResult } from '../../../server/src/protocol';
import type { HostToTeamMessage, TeamSortKey, TeamToHostMessage, TeamViewState } from './teamMessages';
import { isCount, isPercent, isPlain, isScaleId, isString, LIMITS, validateRange } from './validateMessage';

/** A team may be large; this many people (and rows of any list) at most. */
export const TEAM_LIMIT = 50_000;

const SORT_KEYS: readonly TeamSortKey[] = ['person', 'level', 'readiness'];
const STATUSES = ['eligible', 'not-yet', 'incomplete'];
const RATING_STATUSES = ['met', 'gap', 'unrated', 'none'];
const ROLES = ['assessment', 'ladder', 'catalogue', 'other'];

const text = (v: unknown): v is string => isString(v, LIMITS.textLength);
const id = (v: unknown): v is string => isString(v, LIMITS.idLength * 4);
const uri = (v: unknown): v is string => isString(v, LIMITS.uriLength, 1);
const fraction = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const count = (v: unknown): v is number => isCount(v, Number.MAX_SAFE_INTEGER);
const scaleOrNull = (v: unknown) => v === null || isScaleId(v);

function list(value: unknown, item: (v: unknown) => boolean, max = TEAM_LIMIT): value is unknown[] {
  return Array.isArray(value) && value.length <= max && value.every(item);
}

const isFocus = (v: unknown) =>
  isPlain(v) &&
  id(v.level) &&
  typeof v.next === 'boolean' &&
  typeof v.target === 'boolean' &&
  STATUSES.includes(v.status as string) &&
  fraction(v.readiness) &&
  isPercent(v.readinessPercent);
const isRating = (v: unknown) =>
  isPlain(v) &&
  id(v.competency) &&
  scaleOrNull(v.rated) &&
  scaleOrNull(v.expected) &&
  RATING_STATUSES.includes(v.status as string) &&
  validateRange(v.range) !== undefined;
const isPerson = (v: unknown) =>
  isPlain(v) &&
  uri(v.uri) &&
  text(v.person) &&
  text(v.alias) &&
  (v.level === null || id(v.level)) &&
  text(v.asOf) &&
  typeof v.counted === 'boolean' &&
  list(v.focus, isFocus, LIMITS.listLength) &&
  (v.compared === null || id(v.compared)) &&
  list(v.ratings, isRating, LIMITS.listLength);
const isLevel = (v: unknown) =>
  isPlain(v) &&
  id(v.id) &&
  text(v.name) &&
  fraction(v.rank) &&
  count(v.candidates) &&
  count(v.eligible) &&
  count(v.incomplete) &&
  count(v.notYet);
const isCompetency = (v: unknown) =>
  isPlain(v) &&
  id(v.id) &&
  text(v.name) &&
  list(v.counts, count, LIMITS.listLength) &&
  count(v.unrated) &&
  scaleOrNull(v.highest) &&
  count(v.atOrAbove) &&
  typeof v.singlePoint === 'boolean';
const isProblem = (v: unknown) =>
  isPlain(v) &&
  uri(v.uri) &&
  ROLES.includes(v.role as string) &&
  (v.alias === undefined || text(v.alias)) &&
  count(v.errorCount);
const isDuplicate = (v: unknown) => isPlain(v) && text(v.person) && text(v.alias) && list(v.uris, uri);

const isVersion = (v: unknown): v is string => isString(v, LIMITS.idLength, 1);

/** The fields of a team besides its people: each with the type the protocol declares. */
function isTeamBesidesPeople(value: Record<string, unknown>): boolean {
  return (
    uri(value.ladderUri) &&
    (value.ladder === undefined || (isPlain(value.ladder) && id(value.ladder.id) && text(value.ladder.name))) &&
    (value.message === undefined || text(value.message)) &&
    list(
      value.scale,
      (s) => isPlain(s) && isScaleId(s.id) && (s.name === undefined || text(s.name)),
      LIMITS.listLength,
    ) &&
    list(value.levels, isLevel, LIMITS.listLength) &&
    list(value.competencies, isCompetency, LIMITS.listLength) &&
    list(value.problems, isProblem) &&
    list(value.duplicates, isDuplicate) &&
    isVersion(value.version)
  );
}

/** A TeamResult whose every field the view reads has the type the protocol declares. */
export function isTeamResult(value: unknown): value is TeamResult {
  return isPlain(value) && isTeamBesidesPeople(value) && list(value.people, isPerson);
}

/** TeamChanges whose every field has the type the protocol declares (applying them checks that they fit). */
export function isTeamChanges(value: unknown): value is TeamChanges {
  return (
    isPlain(value) &&
    value.kind === 'changes' &&
    isVersion(value.since) &&
    isTeamBesidesPeople(value) &&
    list(value.people, isPerson) &&
    (value.order === undefined || list(value.order, uri))
  );
}

/** A message from the host, or undefined when the webview should ignore it. */
export function validateHostTeamMessage(value: unknown): HostToTeamMessage | undefined {
  if (!isPlain(value)) return undefined;
  if (value.type === 'team') return isTeamResult(value.result) ? { type: 'team', result: value.result } : undefined;
  if (value.type === 'changes')
    return isTeamChanges(value.changes) ? { type: 'changes', changes: value.changes } : undefined;
  if (value.type === 'error' && typeof value.message === 'string')
    return { type: 'error', message: value.message.slice(0, LIMITS.messageLength) };
  return undefined;
}

/** A message from the webview, or undefined when the host does not accept it. */
export function validateTeamWebviewMessage(value: unknown): TeamToHostMessage | undefined {
  if (!isPlain(value)) return undefined;
  if (value.type === 'ready') return { type: 'ready' };
  if (value.type === 'reveal') {
    const range = validateRange(value.range);
    return uri(value.uri) && range ? { type: 'reveal', uri: value.uri, range } : undefined;
  }
  return undefined;
}

/** The saved state a reloaded view is revived from (without the last result, which the webview checks itself). */
export function validateTeamViewState(value: unknown): Omit<TeamViewState, 'result'> | undefined {
  if (!isPlain(value) || !uri(value.ladderUri)) return undefined;
  const sort =
    isPlain(value.sort) &&
    SORT_KEYS.includes(value.sort.key as TeamSortKey) &&
    typeof value.sort.descending === 'boolean'
      ? { key: value.sort.key as TeamSortKey, descending: value.sort.descending }
      : { key: 'person' as const, descending: false };
  return { ladderUri: value.ladderUri, anonymize: value.anonymize === true, sort };
}
