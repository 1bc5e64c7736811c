import { dayToIso } from '../model/dates';
import type { Assessment, DateRef } from '../model/types';
import type { Report } from './report';

/** Real dates, none in the future, `since` not after `date`, history intervals in order. */
export function checkAssessmentDates(assessment: Assessment, today: number, report: Report): void {
  const asOf = assessment.date?.day ?? today;
  const dates: DateRef[] = [
    assessment.date,
    assessment.since,
    ...assessment.history.flatMap((h) => [h.from, h.to]),
  ].filter((d): d is DateRef => d !== undefined);
  for (const date of dates) checkRealDate(date, today, report);
  const since = assessment.since;
  if (since?.day !== undefined && since.day > asOf) {
    report.add(
      since.span,
      'warning',
      'since-after-date',
      `since (${since.text}) is after the assessment date (${dayToIso(asOf)}), so no time at the current level counts.`,
    );
  }
  for (const entry of assessment.history) {
    if (entry.from?.day !== undefined && entry.to?.day !== undefined && entry.from.day > entry.to.day) {
      report.add(
        entry.to.span,
        'warning',
        'history-order',
        `This period ends (${entry.to.text}) before it starts (${entry.from.text}).`,
      );
    }
  }
  checkOverlaps(assessment, report);
}

/** A real date, not in the future. */
export function checkRealDate(date: DateRef, today: number, report: Report): void {
  if (date.day === undefined)
    report.add(date.span, 'error', 'invalid-date', `'${date.text}' is not a real date; write YYYY-MM-DD.`);
  else if (date.day > today)
    report.add(date.span, 'warning', 'future-date', `${date.text} is in the future (today is ${dayToIso(today)}).`);
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
        `This period starts (${period.from.text}) before the one from ${latest.from.text} ends (${latest.to.text}); the overlapping days would count twice.`,
      );
    }
    if (!latest || period.to.day! > latest.to.day!) latest = period;
  }
}
