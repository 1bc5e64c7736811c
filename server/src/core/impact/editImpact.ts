import type { Assessment } from '../model/types';
import { scoreAssessment } from '../score/scoreAssessment';
import type { LevelScore, ScoreReport } from '../score/types';
import { currentId, type LadderContext } from '../workspace/ladderContext';
import { compareReports, type LevelChange } from './compareReports';
import type { LevelPlan } from './levelPlan';

/**
 * Verdicts with the ladder as at the base, by assessment and level: the base does not change while a
 * ladder is edited, so each is computed once (again when the assessment or the day changes).
 */
export class BaseVerdicts {
  private readonly cache = new WeakMap<
    Assessment,
    { context: LadderContext; day: string; levels: Map<string, LevelScore> }
  >();

  /** The base verdicts on the levels `ids` (ids of the base ladder), or on every level. */
  levels(
    assessment: Assessment,
    context: LadderContext,
    ids: ReadonlySet<string> | undefined,
    today: Date,
  ): LevelScore[] {
    const day = today.toISOString().slice(0, 10);
    let entry = this.cache.get(assessment);
    if (!entry || entry.context !== context || entry.day !== day) {
      entry = { context, day, levels: new Map() };
      this.cache.set(assessment, entry);
    }
    const known = entry.levels;
    const wanted = ids ?? new Set(context.levels.keys());
    const missing = new Set([...wanted].filter((id) => !known.has(id)));
    if (missing.size > 0)
      for (const level of scoreAssessment(assessment, context, { today, levelIds: missing }).levels)
        known.set(level.id, level);
    return [...wanted].flatMap((id) => known.get(id) ?? []);
  }
}

/** The ids, in the base ladder, of the levels a plan rescores (undefined: every level). */
export function beforeIds(
  plan: Exclude<LevelPlan, { kind: 'unchanged' }>,
  before: LadderContext,
  after: LadderContext,
): ReadonlySet<string> | undefined {
  if (plan.kind === 'all') return undefined;
  return new Set([...before.levels.keys()].filter((id) => plan.levels.has(currentId(after, 'level', id))));
}

/** The level changes between the base verdicts (undefined: nothing at the base) and a report now, ids matched through `formerly`. */
export function compareWithBase(
  base: readonly LevelScore[] | undefined,
  now: ScoreReport,
  after: LadderContext,
): LevelChange[] {
  return compareReports(base && { ...now, levels: [...base] }, now, {
    level: (id) => currentId(after, 'level', id),
    competency: (id) => currentId(after, 'competency', id),
    requirement: (id) => currentId(after, 'requirement', id),
  });
}

/**
 * How an assessment's verdicts change between a ladder at its base (`before`) and as edited (`after`),
 * scoring only the levels `plan` says can have changed.
 */
export function editImpact(
  assessment: Assessment,
  before: LadderContext,
  after: LadderContext,
  plan: Exclude<LevelPlan, { kind: 'unchanged' }>,
  today: Date,
  base: BaseVerdicts,
): LevelChange[] {
  const afterIds = plan.kind === 'levels' ? plan.levels : undefined;
  const now = scoreAssessment(assessment, after, { today, ...(afterIds ? { levelIds: afterIds } : {}) });
  return compareWithBase(base.levels(assessment, before, beforeIds(plan, before, after), today), now, after);
}
