import type { Assessment, CheckEntry, MetricValue, ReviewFacts, ScaleId } from '../model/types';
import type { LadderContext } from '../workspace/ladderContext';
import { ratingPositions } from './scoreAssessment';
import { withRatingOverrides } from './whatIf';

/** Entries the facts give (those with a value), replacing the assessment's entries of the same id. */
function overrideById<T extends { id: { value: string } }>(
  own: readonly T[],
  given: readonly T[],
  hasValue: (entry: T) => boolean,
): T[] {
  const replacing = given.filter(hasValue);
  if (replacing.length === 0) return [...own];
  const ids = new Set(replacing.map((entry) => entry.id.value));
  return [...replacing, ...own.filter((entry) => !ids.has(entry.id.value))];
}

/** Rating overrides keyed by competency id, built as own keys (ids such as `__proto__` stay keys). */
function ratingOverrides(entries: Iterable<[string, ScaleId]>): Record<string, ScaleId> {
  return Object.fromEntries(entries) as Record<string, ScaleId>;
}

/**
 * The assessment as a review sees it (spec section 8): each rating, check and metric the review gives
 * replaces the assessment's; everything else stays as the assessment has it, its date included. A rating
 * left empty in the review gives nothing.
 */
export function withReviewFacts(assessment: Assessment, facts: ReviewFacts): Assessment {
  const given = new Map<string, ScaleId>();
  for (const rating of facts.ratings) {
    if (rating.value && !given.has(rating.competency.value)) given.set(rating.competency.value, rating.value.value);
  }
  const rated = withRatingOverrides(assessment, ratingOverrides(given));
  return {
    ...rated,
    checks: overrideById<CheckEntry>(assessment.checks, facts.checks, (entry) => entry.status !== undefined),
    metrics: overrideById<MetricValue>(assessment.metrics, facts.metrics, (entry) => entry.value !== undefined),
  };
}

/**
 * The consensus of an assessment and its reviews (spec section 8): each competency at the lowest rating
 * among the self-rating and the reviews that rate it (unrated when no one does); checks and metrics as
 * the assessment has them, overridden by the reviews in the order given.
 */
export function consensusAssessment(
  assessment: Assessment,
  reviews: readonly ReviewFacts[],
  context: LadderContext,
): Assessment {
  let facts = assessment;
  for (const review of reviews)
    facts = withReviewFacts(facts, { ratings: [], checks: review.checks, metrics: review.metrics });
  const lowest = lowestPositions([assessment, ...reviews], context);
  return withRatingOverrides(
    facts,
    ratingOverrides([...lowest].map(([id, position]) => [id, context.ladder.scale[position]!.id])),
  );
}

/** Competency id → the lowest scale position any of the sources rates it at (on-scale ratings only). */
export function lowestPositions(sources: readonly ReviewFacts[], context: LadderContext): Map<string, number> {
  const lowest = new Map<string, number>();
  for (const source of sources) {
    for (const [id, position] of ratingPositions(source, context)) {
      const current = lowest.get(id);
      if (current === undefined || position < current) lowest.set(id, position);
    }
  }
  return lowest;
}
