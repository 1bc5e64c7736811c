import type { LadderService } from '../core';
import type { ScaffoldAssessmentParams, ScaffoldReviewParams } from '../protocol';
import type { UriMap } from './uriMap';

/** The text of a new assessment for a person at a level of a ladder. */
export function scaffold(service: LadderService, params: ScaffoldAssessmentParams, uris: UriMap): { text: string } {
  const text = service.scaffold({
    ladderUri: uris.fromClient(params.ladderUri),
    targetUri: uris.fromClient(params.targetUri),
    levelId: params.levelId,
    person: params.person,
  });
  return { text };
}

/** The text of a new review of an assessment. */
export function scaffoldReview(service: LadderService, params: ScaffoldReviewParams, uris: UriMap): { text: string } {
  return {
    text: service.scaffoldReview({
      assessmentUri: uris.fromClient(params.assessmentUri),
      targetUri: uris.fromClient(params.targetUri),
    }),
  };
}

/** A ladder, or an assessment's score report, as Markdown. */
export function exportMarkdown(service: LadderService, uri: string): { markdown: string } | null {
  const markdown = service.exportMarkdown(uri);
  return markdown === undefined ? null : { markdown };
}
