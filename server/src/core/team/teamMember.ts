import { dayToIso } from '../model/dates';
import type { Assessment } from '../model/types';
import { closestLevel } from '../score/closestLevel';
import { asOfDay, focusLevelIds, ratingPositions, scoreAssessment } from '../score/scoreAssessment';
import type { LevelScore } from '../score/types';
import type { Span } from '../types';
import type { LadderContext } from '../workspace/ladderContext';
import type { FocusVerdict, RatingCell, TeamMember } from './types';

/** What one assessment contributes to the team report; the rest (alias, counted) depends on the others. */
export type MemberVerdict = Omit<TeamMember, 'alias' | 'counted'>;

/** The levels in focus scored one by one: a ladder of many levels is not scored whole for each person. */
function scoreFocus(assessment: Assessment, context: LadderContext, ids: readonly string[], today: Date): LevelScore[] {
  return ids.flatMap((levelId) => scoreAssessment(assessment, context, { levelId, today }).levels);
}

/** Competency id → its place in the ladder's order, computed once per ladder context. */
const competencyOrders = new WeakMap<LadderContext, Map<string, number>>();

export function competencyOrder(context: LadderContext): Map<string, number> {
  let order = competencyOrders.get(context);
  if (!order) {
    order = new Map([...context.competencies.keys()].map((id, index) => [id, index] as const));
    competencyOrders.set(context, order);
  }
  return order;
}

function ratingCells(assessment: Assessment, context: LadderContext, compared: string | null): RatingCell[] {
  const positions = ratingPositions(assessment, context);
  const expectations = new Map<string, number>();
  for (const expectation of (compared !== null && context.levels.get(compared)?.expectations) || []) {
    const position = expectation.min && context.scale.get(expectation.min.key)?.position;
    if (position !== undefined && !expectations.has(expectation.competency.value))
      expectations.set(expectation.competency.value, position);
  }
  const spans = new Map<string, Span>();
  for (const rating of assessment.ratings)
    if (!spans.has(rating.competency.value)) spans.set(rating.competency.value, rating.value?.span ?? rating.span);
  const insertAt = assessment.ratingsSpan?.end ?? assessment.ratingsKeySpan?.end ?? 0;
  const scale = context.ladder.scale;
  const order = competencyOrder(context);
  // Only the competencies rated or expected, in the ladder's order (a ladder may define hundreds).
  const places: { id: string; place: number }[] = [];
  for (const id of new Set([...positions.keys(), ...expectations.keys()])) {
    const place = order.get(id);
    if (place !== undefined) places.push({ id, place });
  }
  places.sort((a, b) => a.place - b.place);
  return places.map(({ id }) => {
    const rated = positions.get(id);
    const expected = expectations.get(id);
    const status =
      expected === undefined ? 'none' : rated === undefined ? 'unrated' : rated >= expected ? 'met' : 'gap';
    return {
      competency: id,
      rated: rated === undefined ? null : scale[rated]!.id,
      expected: expected === undefined ? null : scale[expected]!.id,
      status,
      span: spans.get(id) ?? { start: insertAt, end: insertAt },
    };
  });
}

/**
 * One person's row: current level, the verdict on each next and target level, and their ratings against
 * the level the heat map compares with (the target, else the next level closest to promotion).
 */
export function memberVerdict(uri: string, assessment: Assessment, context: LadderContext, today: Date): MemberVerdict {
  const focusIds = focusLevelIds(assessment, context);
  const current = assessment.level ? context.levels.get(assessment.level.value) : undefined;
  const nextIds = new Set((current?.next ?? []).map((ref) => ref.value));
  const target = assessment.target?.value;
  const scores = scoreFocus(assessment, context, focusIds, today);
  const focus: FocusVerdict[] = scores.map((score) => ({
    level: score.id,
    next: nextIds.has(score.id),
    target: score.id === target,
    status: score.status,
    readiness: score.readiness,
  }));
  const compared =
    target !== undefined && context.levels.has(target)
      ? target
      : (closestLevel(scores.filter((score) => nextIds.has(score.id)))?.id ?? null);
  return {
    uri,
    person: assessment.person ?? '',
    level: assessment.level?.value ?? null,
    asOf: dayToIso(asOfDay(assessment, today)),
    focus,
    compared,
    ratings: ratingCells(assessment, context, compared),
  };
}
