import { dayToIso, todayDay } from '../model/dates';
import type { Assessment, Level } from '../model/types';
import { currentId, type LadderContext } from '../workspace/ladderContext';
import { evaluateRequirement, type EvaluationInput } from './requirements';
import type { ExpectationResult, LevelScore, LevelStatus, ScoreReport } from './types';

export interface ScoreOptions {
  /** Only this level. */
  levelId?: string;
  /** Only these levels. */
  levelIds?: ReadonlySet<string>;
  /** The day used when the assessment has no `date` (default: today). */
  today?: Date;
}

/**
 * Current competency id → position on the scale of its rating (unrated and off-scale ratings are left
 * out); a rating under a former id counts for the competency's current id.
 */
export function ratingPositions(assessment: Pick<Assessment, 'ratings'>, context: LadderContext): Map<string, number> {
  const positions = new Map<string, number>();
  for (const rating of assessment.ratings) {
    const position = rating.value && context.scale.get(rating.value.key)?.position;
    const id = currentId(context, 'competency', rating.competency.value);
    if (position !== undefined && !positions.has(id)) positions.set(id, position);
  }
  return positions;
}

export function asOfDay(assessment: Assessment, today?: Date): number {
  return assessment.date?.day ?? todayDay(today);
}

/** Scores one level (spec section 5). */
export function scoreLevel(level: Level, input: EvaluationInput): LevelScore {
  const { context } = input;
  const expectations: ExpectationResult[] = level.expectations.flatMap((expectation) => {
    const expected = expectation.min && context.scale.get(expectation.min.key);
    if (!expected) return [];
    // The same rating the requirements count (ratingPositions), so a repeated key cannot disagree with them.
    const competency = currentId(context, 'competency', expectation.competency.value);
    const position = input.ratingPositions.get(competency);
    const ratedEntry = position === undefined ? undefined : { entry: context.ladder.scale[position]!, position };
    const status = !ratedEntry ? 'unrated' : ratedEntry.position >= expected.position ? 'met' : 'gap';
    return [{ competency, expected: expected.entry.id, rated: ratedEntry ? ratedEntry.entry.id : null, status }];
  });
  const requirements = level.requirements.map((requirement) => evaluateRequirement(requirement, input));
  const anyGap = expectations.some((e) => e.status === 'gap') || requirements.some((r) => r.status === 'unmet');
  const anyUnknown =
    expectations.some((e) => e.status === 'unrated') || requirements.some((r) => r.status === 'unknown');
  const status: LevelStatus = anyGap ? 'not-yet' : anyUnknown ? 'incomplete' : 'eligible';
  const total = expectations.length + requirements.length;
  const satisfied =
    expectations.filter((e) => e.status === 'met').length +
    requirements.filter((r) => r.status === 'met' || r.status === 'waived').length;
  return {
    id: level.id,
    name: level.name ?? level.id,
    track: level.track?.value ?? '',
    rank: level.rank?.value ?? 0,
    status,
    readiness: total === 0 ? 1 : satisfied / total,
    expectations,
    requirements,
  };
}

/** Scores an assessment against every level of its ladder, in file order (or just one level). */
export function scoreAssessment(
  assessment: Assessment,
  context: LadderContext,
  options: ScoreOptions = {},
): ScoreReport {
  const day = asOfDay(assessment, options.today);
  const input: EvaluationInput = {
    assessment,
    context,
    asOfDay: day,
    waived: new Set(
      assessment.waivers.flatMap((w) =>
        w.requirement ? [currentId(context, 'requirement', w.requirement.value)] : [],
      ),
    ),
    ratingPositions: ratingPositions(assessment, context),
  };
  const levels = [...context.levels.values()].filter(
    (level) =>
      (options.levelId === undefined || level.id === options.levelId) &&
      (!options.levelIds || options.levelIds.has(level.id)),
  );
  return {
    person: assessment.person ?? '',
    ladder: context.ladder.id?.value ?? '',
    level: assessment.level ? currentId(context, 'level', assessment.level.value) : '',
    asOf: dayToIso(day),
    levels: levels.map((level) => scoreLevel(level, input)),
  };
}

/** The levels a person cares about first: the current level's `next`, then `target` (current ids, also when written as former ones). */
export function focusLevelIds(assessment: Assessment, context: LadderContext): string[] {
  const ids = new Set<string>();
  const add = (written: string) => {
    const id = currentId(context, 'level', written);
    if (context.levels.has(id)) ids.add(id);
  };
  const current = assessment.level && context.levels.get(currentId(context, 'level', assessment.level.value));
  for (const next of current ? current.next : []) add(next.value);
  if (assessment.target) add(assessment.target.value);
  return [...ids];
}
