import type { Assessment, LadderContext } from '../core';
import type { CompetencyInfo, RatingEvidence, ScaleOption } from '../protocol';

/** The ladder's scale as the client shows it. */
export function scaleOptions(context: LadderContext): ScaleOption[] {
  return context.ladder.scale.map((entry) => ({
    id: entry.id,
    ...(entry.name !== undefined ? { name: entry.name } : {}),
  }));
}

/** Track id → the track's name, for the tracks that have one. */
export function trackNames(context: LadderContext): Record<string, string> {
  return Object.fromEntries(
    [...context.tracks.values()].flatMap((track): [string, string][] =>
      track.name !== undefined ? [[track.id, track.name]] : [],
    ),
  );
}

/** The ladder's competencies (its own, then its includes'), with names and descriptors. */
export function competencyInfos(context: LadderContext): CompetencyInfo[] {
  return [...context.competencies.values()].map((c) => ({
    id: c.id,
    name: c.name ?? c.id,
    ...(c.group ? { group: c.group.value } : {}),
    ...(c.description !== undefined ? { description: c.description } : {}),
    descriptors: Object.fromEntries(c.descriptors.map((d) => [d.key, d.text])),
  }));
}

type Rating = Assessment['ratings'][number];

/**
 * Competency id (as `competencyOf` gives it: the current id where ratings may name a former one) → the
 * evidence and note written with its rating (only where there are some; the first rating wins).
 */
export function ratingEvidence(
  assessment: Pick<Assessment, 'ratings'>,
  competencyOf: (rating: Rating) => string = (rating) => rating.competency.value,
): Record<string, RatingEvidence> {
  // Keyed by ids from the files: built as a map, so that `constructor` or `__proto__` are keys like any other.
  const evidence = new Map<string, RatingEvidence>();
  for (const rating of assessment.ratings) {
    const id = competencyOf(rating);
    if ((rating.evidence.length === 0 && rating.note === undefined) || evidence.has(id)) continue;
    evidence.set(id, {
      evidence: rating.evidence,
      ...(rating.note !== undefined ? { note: rating.note } : {}),
    });
  }
  return Object.fromEntries(evidence);
}
