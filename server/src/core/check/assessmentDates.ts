import * as l10n from '@vscode/l10n';
import { dayToIso } from '../model/dates';
import type { Assessment, DateRef } from '../model/types';
import type { Report } from './report';

/** Real dates, none in the future, `since` not after `date`, history intervals in order. */
export function checkAssessmentDates(assessment: Assessment, today: number, report: Report): void {
  const asOf = assessment.date?.day ?? today;
  const check = (date: DateRef | undefined) => date && checkRealDate(date, today, report);
  check(assessment.date);
  check(assessment.since);
  for (const entry of assessment.history) {
    check(entry.from);
    check(entry.to);
  }
  const since = assessment.since;
  if (since?.day !== undefined && since.day > asOf) {
    report.add(
      since.span,
      'warning',
      'since-after-date',
      l10n.t(
        'since ({0}) is after the assessment date ({1}), so no time at the current level counts.',
        since.text,
        dayToIso(asOf),
      ),
    );
  }
  for (const entry of assessment.history) {
    if (entry.from?.day !== undefined && entry.to?.day !== undefined && entry.from.day > entry.to.day) {
      report.add(
        entry.to.span,
        'warning',
        'history-order',
        l10n.t('This period ends ({0}) before it starts ({1}).', entry.to.text, entry.from.text),
      );
    }
  }
  checkOverlaps(assessment, report);
}

/** A real date, not in the future. */
export function checkRealDate(date: DateRef, today: number, report: Report): void {
  if (date.day === undefined)
    report.add(date.span, 'error', 'invalid-date', l10n.t("'{0}' is not a real date; write YYYY-MM-DD.", date.text));
  else if (date.day > today)
    report.add(
      date.span,
      'warning',
      'future-date',
      l10n.t('{0} is in the future (today is {1}).', date.text, dayToIso(today)),
    );
}

/** Periods that overlap another would count the same days twice towards time at a level. */
function checkOverlaps(assessment: Assessment, report: Report): void {
  const periods = assessment.history
    .flatMap((entry) =>
      entry.from?.day !== undefined && entry.to?.day !== undefined && entry.from.day <= entry.to.day
        ? [{ from: entry.from, to: entry.to }]
        : [],
    )
    .sort((a, b) => a.from.day! - b.from.day!);
  let latest: { from: DateRef; to: DateRef } | undefined;
  for (const period of periods) {
    if (latest && period.from.day! < latest.to.day!) {
      report.add(
        period.from.span,
        'warning',
        'history-overlap',
        l10n.t(
          'This period starts ({0}) before the one from {1} ends ({2}); the overlapping days would count twice.',
          period.from.text,
          latest.from.text,
          latest.to.text,
        ),
      );
    }
    if (!latest || period.to.day! > latest.to.day!) latest = period;
  }
}
