import type { CalibrationFlag, CalibrationReport } from '../score/calibrate';

/** What each calibration flag means, in the order reports list them. */
export const FLAG_MEANING: Readonly<Record<CalibrationFlag, string>> = {
  disagreement: 'two ratings are two or more scale steps apart',
  unreviewed: 'a next or target level expects it and no review rates it',
  unsupported: "the self-rating is above every reviewer's, without evidence",
};

/** The column header of each review: R1, R2, … in report order. */
export function reviewColumns(report: CalibrationReport): string[] {
  return report.reviews.map((_, index) => `R${index + 1}`);
}

/** The flags that occur in the report, in the order of FLAG_MEANING. */
export function flagsInUse(report: CalibrationReport): CalibrationFlag[] {
  const used = new Set(report.competencies.flatMap((c) => c.flags));
  return (Object.keys(FLAG_MEANING) as CalibrationFlag[]).filter((flag) => used.has(flag));
}

/** "Jordan Lee (manager)": who wrote a review, as far as it says. */
export function reviewerLabel(review: CalibrationReport['reviews'][number]): string {
  const who = review.reviewer ?? 'unnamed reviewer';
  return review.role ? `${who} (${review.role})` : who;
}
