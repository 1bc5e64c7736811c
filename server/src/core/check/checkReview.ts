import * as l10n from '@vscode/l10n';
import { todayDay } from '../model/dates';
import type { Review } from '../model/types';
import type { LadderDiagnostic } from '../types';
import type { LadderContext } from '../workspace/ladderContext';
import { checkRealDate } from './assessmentDates';
import { checkFactReferences } from './assessmentReferences';
import { Report } from './report';

/** What a review's checks need from the workspace: the reviewed assessment's ladder, and the other reviews. */
export interface ReviewSurroundings {
  /** The ladder of the reviewed assessment, when it can be read. */
  context: LadderContext | undefined;
  /** Where the other reviews of the same assessment by the same reviewer are, for messages. */
  sameReviewer: readonly string[];
}

/**
 * The semantic diagnostics of a review: its date, the ids it names (the same checks as an assessment's
 * ratings, checks and metrics, against the reviewed assessment's ladder), and a second review of the same
 * assessment by the same reviewer.
 */
export function checkReview(
  review: Review,
  surroundings: ReviewSurroundings,
  today: Date = new Date(),
): LadderDiagnostic[] {
  const report = new Report();
  if (review.date) checkRealDate(review.date, todayDay(today), report);
  if (surroundings.context) checkFactReferences(review, surroundings.context, report);
  if (review.reviewer && surroundings.sameReviewer.length > 0) {
    const where = surroundings.sameReviewer.join(', ');
    report.add(
      review.reviewer.span,
      'warning',
      'duplicate-reviewer',
      l10n.t(
        '{0} also reviews this assessment in {1}; calibration would count the same person twice.',
        review.reviewer.value,
        where,
      ),
    );
  }
  return report.diagnostics;
}

/** Reviewer names compare without case and extra spaces: "Jordan  Lee" and "jordan lee" are one reviewer. */
export function reviewerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
