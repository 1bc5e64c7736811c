import type { Node } from 'yaml';
import { spanOf } from '../parse/nodes';
import { buildChecks, buildMetricValues, buildRatings } from './buildAssessment';
import { readDate } from './dates';
import type { Reader } from './read';
import { REVIEW_ROLES, type Review, type ReviewRole } from './types';

function reviewRole(value: string | undefined): ReviewRole | undefined {
  return (REVIEW_ROLES as readonly (string | undefined)[]).includes(value) ? (value as ReviewRole) : undefined;
}

/** A review read the way an assessment is: the same rating, check and metric shapes. */
export function buildReview(reader: Reader, root: Node): Review {
  const ratingsEntry = reader.entries(root).find((entry) => entry.key === 'ratings');
  const ratingsMap = reader.map(ratingsEntry?.value);
  const optionalFields = {
    assessment: reader.ref(root, 'assessment'),
    reviewer: reader.ref(root, 'reviewer'),
    role: reviewRole(reader.string(root, 'role')),
    date: readDate(reader.doc, reader.field(root, 'date')),
    note: reader.string(root, 'note'),
    ratingsKeySpan: ratingsEntry ? spanOf(ratingsEntry.keyNode) : undefined,
    ratingsSpan: ratingsMap ? spanOf(ratingsMap) : undefined,
  };
  const review: Review = {
    kind: 'Review',
    uri: reader.uri,
    ratings: buildRatings(reader, ratingsMap),
    checks: buildChecks(reader, reader.field(root, 'checks')),
    metrics: buildMetricValues(reader, reader.field(root, 'metrics')),
  };
  for (const [key, value] of Object.entries(optionalFields)) {
    if (value !== undefined) (review as unknown as Record<string, unknown>)[key] = value;
  }
  return review;
}
