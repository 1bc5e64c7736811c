import type { Assessment, Rating, ScaleId } from '../model/types';

/**
 * The assessment as it would be with some ratings replaced (null: not rated), for previewing
 * "what if" without touching the file. `currentId` maps a rating's competency to the id the overrides
 * use (a rating written under a former id is replaced by an override of the current id).
 */
export function withRatingOverrides(
  assessment: Assessment,
  overrides: Readonly<Record<string, ScaleId | null>>,
  currentId: (id: string) => string = (id) => id,
): Assessment {
  const ids = Object.keys(overrides);
  if (ids.length === 0) return assessment;
  const ratings: Rating[] = [];
  const seen = new Set<string>();
  for (const rating of assessment.ratings) {
    const id = currentId(rating.competency.value);
    seen.add(id);
    if (!Object.prototype.hasOwnProperty.call(overrides, id)) {
      ratings.push(rating);
      continue;
    }
    const value = overrides[id];
    ratings.push({
      ...rating,
      value:
        value === null || value === undefined
          ? undefined
          : { value, key: String(value), span: rating.value?.span ?? rating.span },
    });
  }
  for (const id of ids) {
    const value = overrides[id];
    if (seen.has(id) || value === null || value === undefined) continue;
    const span = assessment.ratingsSpan ?? { start: 0, end: 0 };
    ratings.push({ competency: { value: id, span }, value: { value, key: String(value), span }, evidence: [], span });
  }
  return { ...assessment, ratings };
}
