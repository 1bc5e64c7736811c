import type { Assessment, Rating, Review, ReviewRole, ScaleId } from '../model/types';
import type { LadderContext } from '../workspace/ladderContext';
import { ScoreMemo } from './scoreMemo';
import { asOfDay, focusLevelIds, ratingPositions, scoreAssessment, type ScoreOptions } from './scoreAssessment';
import type { LevelStatus, ScoreReport } from './types';
import { consensusAssessment, lowestPositions, withReviewFacts } from './underReview';

export type CalibrationFlag = 'disagreement' | 'unreviewed' | 'unsupported';

/** The spec's JSON shape of `ladder calibrate --format json` (section 8). */
export interface CalibrationReport {
  person: string;
  asOf: string;
  reviews: { file: string; reviewer: string | null; role: ReviewRole | null }[];
  /** Every competency of the ladder rated by the person or a reviewer, in ladder order. */
  competencies: {
    competency: string;
    self: ScaleId | null;
    /** In the order of `reviews`; null where that review does not rate it. */
    reviews: (ScaleId | null)[];
    consensus: ScaleId | null;
    flags: CalibrationFlag[];
  }[];
  /** Every level in file order. */
  levels: { id: string; self: LevelStatus; reviews: LevelStatus[]; consensus: LevelStatus }[];
}

/** A review to calibrate with, and how the report names its file (its path relative to the assessment's folder). */
export interface ReviewInput {
  file: string;
  review: Review;
}

/** The report, and the full scores it summarises: under the self-assessment, each review and the consensus. */
export interface Calibration {
  report: CalibrationReport;
  scores: { self: ScoreReport; reviews: ScoreReport[]; consensus: ScoreReport };
}

/** Competency id → its first rating that is on the scale: the one scoring counts. */
export function countedRatings(ratings: readonly Rating[], context: LadderContext): Map<string, Rating> {
  const counted = new Map<string, Rating>();
  for (const rating of ratings) {
    if (rating.value && context.scale.has(rating.value.key) && !counted.has(rating.competency.value))
      counted.set(rating.competency.value, rating);
  }
  return counted;
}

function flagsOf(
  self: number | undefined,
  reviews: readonly (number | undefined)[],
  expectedByFocus: boolean,
  selfEvidence: number,
): CalibrationFlag[] {
  const given = reviews.filter((position): position is number => position !== undefined);
  const all = self === undefined ? given : [self, ...given];
  const flags: CalibrationFlag[] = [];
  if (all.length > 1 && Math.max(...all) - Math.min(...all) >= 2) flags.push('disagreement');
  if (expectedByFocus && given.length === 0) flags.push('unreviewed');
  if (self !== undefined && given.length > 0 && given.every((position) => self > position) && selfEvidence === 0)
    flags.push('unsupported');
  return flags;
}

/**
 * Calibrates a self-assessment with its reviews (spec section 8): per competency the self-rating, each
 * review's rating, the consensus and the flags; per level the status under the self-assessment, each
 * review and the consensus. `reviews` are in the order the report lists them. With a `memo`, a score whose
 * inputs have not changed since an earlier call is not computed again (typing in one review rescores
 * that review and the consensus only).
 */
export function calibrate(
  assessment: Assessment,
  reviews: readonly ReviewInput[],
  context: LadderContext,
  options: Pick<ScoreOptions, 'today'> = {},
  memo = new ScoreMemo(),
): Calibration {
  const day = asOfDay(assessment, options.today);
  const self = memo.get('self', assessment, [context, day], () => scoreAssessment(assessment, context, options));
  const underReviews = reviews.map(({ review }) =>
    memo.get('review', review, [assessment, context, day], () =>
      scoreAssessment(withReviewFacts(assessment, review), context, options),
    ),
  );
  const reviewModels = reviews.map((r) => r.review);
  // Without reviews the consensus is the self-assessment.
  const consensus =
    reviewModels.length === 0
      ? self
      : memo.get('consensus', assessment, [context, day, ...reviewModels], () =>
          scoreAssessment(consensusAssessment(assessment, reviewModels, context), context, options),
        );

  const selfPositions = ratingPositions(assessment, context);
  const reviewPositions = reviews.map(({ review }) => ratingPositions(review, context));
  const consensusPositions = lowestPositions([assessment, ...reviews.map((r) => r.review)], context);
  const expected = new Set(
    focusLevelIds(assessment, context).flatMap((id) =>
      context.levels.get(id)!.expectations.map((e) => e.competency.value),
    ),
  );
  const scaleId = (position: number | undefined): ScaleId | null =>
    position === undefined ? null : context.ladder.scale[position]!.id;

  const selfRatings = countedRatings(assessment.ratings, context);
  const competencies = [...context.competencies.keys()]
    .filter((id) => consensusPositions.has(id))
    .map((id) => {
      const own = selfPositions.get(id);
      const given = reviewPositions.map((positions) => positions.get(id));
      const evidence = selfRatings.get(id)?.evidence.length ?? 0;
      return {
        competency: id,
        self: scaleId(own),
        reviews: given.map(scaleId),
        consensus: scaleId(consensusPositions.get(id)),
        flags: flagsOf(own, given, expected.has(id), evidence),
      };
    });
  const levels = self.levels.map((level, index) => ({
    id: level.id,
    self: level.status,
    reviews: underReviews.map((report) => report.levels[index]!.status),
    consensus: consensus.levels[index]!.status,
  }));
  const report: CalibrationReport = {
    person: self.person,
    asOf: self.asOf,
    reviews: reviews.map(({ file, review }) => ({
      file,
      reviewer: review.reviewer?.value ?? null,
      role: review.role ?? null,
    })),
    competencies,
    levels,
  };
  return { report, scores: { self, reviews: underReviews, consensus } };
}
