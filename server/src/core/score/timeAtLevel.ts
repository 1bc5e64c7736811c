import { DAYS_PER_YEAR } from '../model/dates';
import { yearsText } from '../text/itemNouns';
import type { Assessment, Level } from '../model/types';
import { currentId, type LadderContext } from '../workspace/ladderContext';

export interface Tenure {
  years: number;
  /** False when the current level counts but `since` is missing, so the total may be short. */
  complete: boolean;
}

/**
 * Years spent at levels matching `matches` (given the level and its current id): the days of matching
 * history intervals plus since→asOf for the current level, over 365.25.
 */
export function yearsAt(
  assessment: Assessment,
  context: LadderContext,
  asOfDay: number,
  matches: (level: Level | undefined, id: string) => boolean,
): Tenure {
  let days = 0;
  let complete = true;
  for (const entry of assessment.history) {
    if (!entry.level) continue;
    const id = currentId(context, 'level', entry.level.value);
    if (!matches(context.levels.get(id), id)) continue;
    const from = entry.from?.day;
    const to = entry.to?.day;
    if (from === undefined || to === undefined) {
      complete = false;
      continue;
    }
    days += Math.max(0, Math.min(to, asOfDay) - from);
  }
  const level = assessment.level && currentId(context, 'level', assessment.level.value);
  if (level !== undefined && matches(context.levels.get(level), level)) {
    const since = assessment.since?.day;
    if (since === undefined) complete = false;
    else days += Math.max(0, asOfDay - since);
  }
  return { years: days / DAYS_PER_YEAR, complete };
}

/**
 * "1.2 years" / "1 year": one decimal, no trailing zero. When `needed` is given and the years fall
 * short of it, the figure is rounded down, with a second decimal where one is not enough, so a
 * shortfall never reads as enough ("0.99 years", not "1 year").
 */
export function formatYears(years: number, needed?: number): string {
  let shown = Math.round(years * 10) / 10;
  if (needed !== undefined && years < needed && shown >= needed) {
    shown = Math.floor(years * 10) / 10;
    if (shown < needed && Math.floor(years * 100) / 100 > shown) shown = Math.floor(years * 100) / 100;
  }
  return yearsText(shown);
}
