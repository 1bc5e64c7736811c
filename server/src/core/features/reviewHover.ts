import * as l10n from '@vscode/l10n';
import type { Competency, Rating, Review } from '../model/types';
import type { LadderContext } from '../workspace/ladderContext';
import { displayName } from '../workspace/paths';
import { escapeMarkdown, inline } from '../render/markdownText';
import { competencyMarkdown, expectedBy } from './describe';
import { focusLevels, type FileEnv } from './fileEnv';

function ratingLabel(rating: Rating | undefined, context: LadderContext | undefined): string | undefined {
  const key = rating?.value?.key;
  if (key === undefined) return undefined;
  const name = context?.scale.get(key)?.entry.name;
  return `**${escapeMarkdown(key)}**${name ? ` ${escapeMarkdown(name)}` : ''}`;
}

function ratingOf(ratings: readonly Rating[], id: string): Rating | undefined {
  return ratings.find((rating) => rating.competency.value === id && rating.value !== undefined);
}

/**
 * Hover on a rating key of a review: the competency, the person's own rating with its evidence, what the
 * other reviews of the same assessment say, and what the next levels expect.
 */
export function reviewRatingMarkdown(env: FileEnv, review: Review, competency: Competency): string {
  const { context, workspace } = env;
  const reviewed = workspace.reviewedAssessment(review);
  const parts = [competencyMarkdown(competency, context, { fromUri: env.uri })];
  if (reviewed.assessment) {
    const own = ratingOf(reviewed.assessment.ratings, competency.id);
    const person = escapeMarkdown(reviewed.assessment.person ?? l10n.t('the person'));
    const label = ratingLabel(own, context);
    parts.push(label ? l10n.t('Self-rating of {0}: {1}', person, label) : l10n.t('Not rated by {0}.', person));
    if (own && own.evidence.length > 0)
      parts.push([l10n.t('Evidence:'), ...own.evidence.map((item) => `- ${inline(item)}`)].join('\n'));
    else if (own) parts.push(l10n.t('No evidence given with the self-rating.'));
    if (own?.note !== undefined) parts.push(l10n.t('Note: {0}', inline(own.note)));
  }
  const others = reviewed.uri ? workspace.reviewsOf(reviewed.uri).filter((uri) => uri !== env.uri) : [];
  if (others.length > 0) {
    const lines = others.map((uri) => {
      const other = workspace.review(uri);
      const who = other?.reviewer ? escapeMarkdown(other.reviewer.value) : escapeMarkdown(displayName(uri, env.uri));
      const role = other?.role ? ` (${other.role})` : '';
      return `- ${who}${role}: ${ratingLabel(other && ratingOf(other.ratings, competency.id), context) ?? l10n.t('not rated')}`;
    });
    parts.push([l10n.t('Other reviews:'), ...lines].join('\n'));
  }
  const expected = expectedBy(competency.id, focusLevels(env));
  if (expected) parts.push(l10n.t('Next levels expect: {0}', expected));
  return parts.join('\n\n');
}
