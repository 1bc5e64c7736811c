import type { Assessment, ReviewFacts } from '../model/types';
import type { LadderContext } from '../workspace/ladderContext';
import type { Report } from './report';
import { reportDuplicates } from './report';
import { checkScaleValue } from './scaleValue';

/** Every id an assessment names exists in its ladder, and every rating is on the scale. */
export function checkAssessmentReferences(assessment: Assessment, context: LadderContext, report: Report): void {
  if (assessment.level && !context.levels.has(assessment.level.value))
    report.unknown(assessment.level, 'level', context.levels);
  if (assessment.target && !context.levels.has(assessment.target.value))
    report.unknown(assessment.target, 'level', context.levels);
  for (const entry of assessment.history) {
    if (entry.level && !context.levels.has(entry.level.value)) report.unknown(entry.level, 'level', context.levels);
  }
  checkFactReferences(assessment, context, report);
  for (const waiver of assessment.waivers) {
    if (waiver.requirement && !context.requirements.has(waiver.requirement.value)) {
      report.unknown(
        waiver.requirement,
        'requirement',
        context.requirements,
        'unknown-reference',
        context.requirements.size === 0 ? ' (a requirement needs an id to be waived)' : '',
      );
    }
  }
  reportDuplicates(
    report,
    assessment.waivers,
    (w) => w.requirement && { key: w.requirement.value, span: w.requirement.span },
    'waived requirement',
  );
}

/** Rating keys and values, check and metric keys of an assessment or a review: each exists in the ladder. */
export function checkFactReferences(facts: ReviewFacts, context: LadderContext, report: Report): void {
  for (const rating of facts.ratings) {
    if (!context.competencies.has(rating.competency.value))
      report.unknown(rating.competency, 'competency', context.competencies);
    if (rating.value) checkScaleValue(rating.value, context, report, 'rating');
  }
  for (const check of facts.checks) {
    if (!context.checks.has(check.id.value)) report.unknown(check.id, 'check', context.checks);
  }
  for (const metric of facts.metrics) {
    if (!context.metrics.has(metric.id.value)) report.unknown(metric.id, 'metric', context.metrics);
  }
}
