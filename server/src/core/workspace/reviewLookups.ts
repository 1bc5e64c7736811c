// Reviews in the workspace: the self-assessment a review names, the files a review's diagnostics depend
// on, and those diagnostics.
import * as l10n from '@vscode/l10n';
import { checkReview, reviewerKey } from '../check/checkReview';
import type { Assessment, Review } from '../model/types';
import { fileKindPhrase as kindPhrase } from '../text/itemNouns';
import type { LadderDiagnostic } from '../types';
import type { FileStore } from './fileStore';
import type { LadderContext } from './ladderContext';
import type { LadderContexts } from './ladderContexts';
import { displayName, normalizeUri, resolveReference } from './paths';
import type { ReferenceIndexes } from './referenceIndexes';

/** The self-assessment a review names, resolved, or why not. */
export interface ReviewedAssessment {
  uri?: string;
  assessment?: Assessment;
  /** The assessment's ladder, when it can be read. */
  context?: LadderContext;
  ladderUri?: string;
  problem?: LadderDiagnostic;
}

/** Whether a file has errors: what a review's diagnostics ask of the other files' diagnostics. */
export interface ErrorLookup {
  hasErrors(uri: string): boolean;
}

export class ReviewLookups {
  constructor(
    private readonly files: FileStore,
    private readonly contexts: LadderContexts,
    private readonly indexes: ReferenceIndexes,
  ) {}

  /** The self-assessment a review names, resolved with its ladder, or why not. */
  reviewedAssessment(review: Review): ReviewedAssessment {
    const ref = review.assessment;
    if (!ref) return {};
    const uri = resolveReference(review.uri, ref.value);
    const notFound = (message: string): ReviewedAssessment => ({
      ...(uri ? { uri } : {}),
      problem: { span: ref.span, severity: 'error', code: 'assessment-not-found', message },
    });
    if (!uri) return notFound(l10n.t("Cannot resolve assessment path '{0}'.", ref.value));
    const wrongKind = (message: string): ReviewedAssessment => ({
      uri,
      problem: { span: ref.span, severity: 'error', code: 'assessment-wrong-kind', message },
    });
    if (uri === normalizeUri(review.uri))
      return wrongKind(l10n.t('A review cannot review itself: name the self-assessment it reviews.'));
    const file = this.files.file(uri);
    if (file.failure) return notFound(l10n.t("Cannot read assessment '{0}': {1}.", ref.value, file.failure.message));
    const kind = file.analyzed?.kind;
    if (kind !== 'SelfAssessment') {
      const hint = kind === 'Review' ? ` ${l10n.t('A review reviews a self-assessment, not another review.')}` : '';
      return wrongKind(`${l10n.t("'{0}' is {1}, not a SelfAssessment.", ref.value, kindPhrase(kind))}${hint}`);
    }
    const assessment = this.files.assessment(uri);
    // Named like an assessment but unreadable as one (binary, too large, an alias bomb): its own errors say why.
    if (!assessment) return { uri };
    const { context, uri: ladderUri } = this.contexts.assessmentLadder(assessment);
    return { uri, assessment, ...(context ? { context } : {}), ...(ladderUri ? { ladderUri } : {}) };
  }

  /** The files a review's diagnostics depend on: itself, the assessment, its ladder files and the assessment's other reviews. */
  reviewDependencies(review: Review): (string | undefined)[] {
    const files = this.files;
    const key = normalizeUri(review.uri);
    const assessmentUri = review.assessment && resolveReference(key, review.assessment.value);
    const assessment = assessmentUri && assessmentUri !== key ? files.assessment(assessmentUri) : undefined;
    const ladderUri =
      assessment?.ladder && assessmentUri ? resolveReference(assessmentUri, assessment.ladder.value) : undefined;
    const ladder = ladderUri ? files.ladder(ladderUri) : undefined;
    const includes = ladder && ladderUri ? ladder.includes.map((ref) => resolveReference(ladderUri, ref.value)) : [];
    const reviews = assessmentUri ? this.indexes.reviewsOf(assessmentUri) : [];
    return [key, assessmentUri, ladderUri, ...includes, ...reviews];
  }

  /** A review's semantic diagnostics, given `errors` to ask whether the assessment or its ladder has errors. */
  reviewDiagnostics(review: Review, errors: ErrorLookup): LadderDiagnostic[] {
    const key = normalizeUri(review.uri);
    const reviewed = this.reviewedAssessment(review);
    const reviewer = review.reviewer && reviewerKey(review.reviewer.value);
    const sameReviewer =
      reviewed.uri && reviewer
        ? this.indexes
            .reviewsOf(reviewed.uri)
            .filter((other) => {
              const name = other !== key ? this.files.review(other)?.reviewer?.value : undefined;
              return name !== undefined && reviewerKey(name) === reviewer;
            })
            .map((other) => displayName(other, key))
        : [];
    const result = checkReview(review, { context: reviewed.context, sameReviewer }, this.files.now());
    if (reviewed.problem) result.push(reviewed.problem);
    else if (
      reviewed.uri &&
      review.assessment &&
      (errors.hasErrors(reviewed.uri) || (reviewed.ladderUri !== undefined && errors.hasErrors(reviewed.ladderUri)))
    ) {
      result.push({
        span: review.assessment.span,
        severity: 'warning',
        code: 'assessment-has-errors',
        message: l10n.t(
          'The assessment {0} or its ladder has errors; this review is checked against what could be read of them.',
          displayName(reviewed.uri, key),
        ),
      });
    }
    return result;
  }
}
