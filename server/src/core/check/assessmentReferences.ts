import type { Assessment } from '../model/types';
import type { LadderContext } from '../workspace/ladderContext';
import { checkScaleValue } from './ladderReferences';
import type { Report } from './report';
import { reportDuplicates } from './report';
import { reportRenamedTwice } from './renamedTwice';

/** Every id an assessment names exists in its ladder, and every rating is on the scale. */
export function checkAssessmentReferences(assessment: Assessment, context: LadderContext, report: Report): void {
  if (assessment.level) report.reference(assessment.level, 'level', context);
  if (assessment.target) report.reference(assessment.target, 'level', context);
  for (const entry of assessment.history) if (entry.level) report.reference(entry.level, 'level', context);
  for (const rating of assessment.ratings) {
    report.reference(rating.competency, 'competency', context);
    if (rating.value) checkScaleValue(rating.value, context, report, 'rating');
  }
  for (const check of assessment.checks) report.reference(check.id, 'check', context);
  for (const metric of assessment.metrics) report.reference(metric.id, 'metric', context);
  const waiverHint = context.requirements.size === 0 ? ' (a requirement needs an id to be waived)' : '';
  for (const waiver of assessment.waivers) if (waiver.requirement) report.reference(waiver.requirement, 'requirement', context, waiverHint);
  reportDuplicates(report, assessment.waivers, (w) => w.requirement && { key: w.requirement.value, span: w.requirement.span }, 'waived requirement');
  reportRenamedTwice(report, context, 'competency', assessment.ratings.map((r) => r.competency), 'duplicate-rating', 'rated');
  reportRenamedTwice(report, context, 'check', assessment.checks.map((c) => c.id), 'duplicate-id', 'recorded');
  reportRenamedTwice(report, context, 'metric', assessment.metrics.map((m) => m.id), 'duplicate-id', 'given a value');
  reportRenamedTwice(report, context, 'requirement', assessment.waivers.flatMap((w) => (w.requirement ? [w.requirement] : [])), 'duplicate-id', 'waived');
}
