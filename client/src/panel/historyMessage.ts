/**
 * The assessment's history for the panel's timeline, as the host sends it to the webview, and its
 * allow-list check (the webview trusts nothing it receives). No `vscode` import.
 */
import type { HistoryPoint, LevelStatus } from '../../../server/src/protocol';

export type { HistoryPoint };

/** The verdicts at each commit that changed the panel's assessment or its ladder files, oldest first. */
export interface HistoryMessage {
  type: 'history';
  uri: string;
  points: HistoryPoint[];
}

const MAX_POINTS = 2_000;
const MAX_LEVELS = 50;
const MAX_TEXT = 2_000;
const STATUSES: readonly LevelStatus[] = ['eligible', 'not-yet', 'incomplete'];

const text = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;
const plain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function validatePoint(value: unknown): HistoryPoint | undefined {
  if (
    !plain(value) ||
    !text(value.commit, 64) ||
    !text(value.date, 64) ||
    !text(value.subject) ||
    !Array.isArray(value.levels) ||
    value.levels.length > MAX_LEVELS
  )
    return undefined;
  const levels: HistoryPoint['levels'] = [];
  for (const level of value.levels) {
    if (
      !plain(level) ||
      !text(level.level, 256) ||
      !text(level.name, 256) ||
      !STATUSES.includes(level.status as LevelStatus)
    )
      return undefined;
    if (typeof level.readiness !== 'number' || !(level.readiness >= 0 && level.readiness <= 1)) return undefined;
    const shown = level.readinessPercent;
    if (typeof shown !== 'number' || !Number.isInteger(shown) || shown < 0 || shown > 100) return undefined;
    levels.push({
      level: level.level,
      name: level.name,
      status: level.status as LevelStatus,
      readiness: level.readiness,
      readinessPercent: shown,
    });
  }
  if (value.problem !== undefined && !text(value.problem)) return undefined;
  return {
    commit: value.commit,
    date: value.date,
    subject: value.subject,
    levels,
    ...(value.problem !== undefined ? { problem: value.problem as string } : {}),
  };
}

/** A fresh copy of a well-formed history message, or undefined. */
export function validateHistoryMessage(value: unknown): HistoryMessage | undefined {
  if (
    !plain(value) ||
    value.type !== 'history' ||
    !text(value.uri, 8_192) ||
    !Array.isArray(value.points) ||
    value.points.length > MAX_POINTS
  )
    return undefined;
  const points: HistoryPoint[] = [];
  for (const raw of value.points) {
    const point = validatePoint(raw);
    if (!point) return undefined;
    points.push(point);
  }
  return { type: 'history', uri: value.uri, points };
}
