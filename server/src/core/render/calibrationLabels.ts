import * as l10n from '@vscode/l10n';
import type { CalibrationFlag, CalibrationReport } from '../score/calibrate';

/** What each calibration flag means, in the order reports list them (in the user's language). */
export const FLAG_MEANING: Readonly<Record<CalibrationFlag, string>> = {
  get disagreement() {
    return l10n.t('two ratings are two or more scale steps apart');
  },
  get unreviewed() {
    return l10n.t('a next or target level expects it and no review rates it');
  },
  get unsupported() {
    return l10n.t("the self-rating is above every reviewer's, without evidence");
  },
};

/** How a calibration flag reads in a report (in English, the flag itself). */
export function flagLabel(flag: CalibrationFlag): string {
  switch (flag) {
    case 'disagreement':
      return l10n.t('disagreement');
    case 'unreviewed':
      return l10n.t('unreviewed');
    case 'unsupported':
      return l10n.t('unsupported');
  }
}

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
  const who = review.reviewer ?? l10n.t('unnamed reviewer');
  return review.role ? `${who} (${review.role})` : who;
}
