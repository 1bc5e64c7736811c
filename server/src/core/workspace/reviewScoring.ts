import type { Assessment, Review } from '../model/types';
import { calibrate, type Calibration } from '../score/calibrate';
import { ScoreMemo } from '../score/scoreMemo';
import { scoreAssessment, type ScoreOptions } from '../score/scoreAssessment';
import type { ScoreReport } from '../score/types';
import { withReviewFacts } from '../score/underReview';
import type { LadderDiagnostic } from '../types';
import type { LadderContext } from './ladderContext';
import { normalizeUri, relativeReference } from './paths';
import type { Workspace } from './workspace';

/** A review of an assessment as the workspace knows it. */
export interface FoundReview {
  uri: string;
  /** Its path relative to the assessment's folder, as reports name it. */
  file: string;
  review: Review;
}

export interface CalibrationOutcome {
  /** Undefined when the assessment is not one or its ladder cannot be read. */
  calibration: Calibration | undefined;
  assessment: Assessment | undefined;
  context: LadderContext | undefined;
  /** Every known review of the assessment, in report order. */
  reviews: FoundReview[];
  /** Error diagnostics of the assessment, its ladder files and its reviews, by URI. */
  errors: Map<string, LadderDiagnostic[]>;
}

function addErrors(workspace: Workspace, errors: Map<string, LadderDiagnostic[]>, uri: string): void {
  const found = workspace.diagnostics(uri).filter((d) => d.severity === 'error');
  if (found.length > 0) errors.set(uri, found);
}

/** Each workspace's remembered calibration scores (see ScoreMemo). */
const memos = new WeakMap<Workspace, ScoreMemo>();

/** The known reviews of an assessment, ordered by their path relative to its folder. */
export function reviewsOfAssessment(workspace: Workspace, assessmentUri: string): FoundReview[] {
  const key = normalizeUri(assessmentUri);
  return workspace
    .reviewsOf(key)
    .map((uri) => ({ uri, file: relativeReference(key, uri), review: workspace.review(uri)! }));
}

/**
 * Calibrates an assessment with every review of it the workspace knows (spec section 8). `errors` holds
 * what should keep a report from being trusted: the errors of the assessment, its ladder files and the
 * reviews.
 */
export function calibrateAssessment(
  workspace: Workspace,
  assessmentUri: string,
  options: Pick<ScoreOptions, 'today'> = {},
): CalibrationOutcome {
  const { assessment, context, errors } = workspace.scoringInputs(assessmentUri);
  const reviews = assessment ? reviewsOfAssessment(workspace, assessmentUri) : [];
  for (const review of reviews) addErrors(workspace, errors, review.uri);
  let memo = memos.get(workspace);
  if (!memo) memos.set(workspace, (memo = new ScoreMemo()));
  const calibration =
    assessment && context
      ? calibrate(assessment, reviews, context, { today: options.today ?? workspace.today() }, memo)
      : undefined;
  return { calibration, assessment, context, reviews, errors };
}

export interface ReviewScoreOutcome {
  report: ScoreReport | undefined;
  assessment: Assessment | undefined;
  context: LadderContext | undefined;
  /** Error diagnostics of the assessment, its ladder files and the review, by URI. */
  errors: Map<string, LadderDiagnostic[]>;
}

/** Scores an assessment under one review: the review's ratings, checks and metrics replace the assessment's. */
export function scoreUnderReview(
  workspace: Workspace,
  assessmentUri: string,
  review: Review,
  options: ScoreOptions = {},
): ReviewScoreOutcome {
  const { assessment, context, errors } = workspace.scoringInputs(assessmentUri);
  addErrors(workspace, errors, review.uri);
  const report =
    assessment && context
      ? scoreAssessment(withReviewFacts(assessment, review), context, {
          ...options,
          today: options.today ?? workspace.today(),
        })
      : undefined;
  return { report, assessment, context, errors };
}
