import * as l10n from '@vscode/l10n';
import type { Assessment, ReviewFacts } from '../model/types';
import type { LadderContext } from '../workspace/ladderContext';
import type { Report } from './report';
import { reportDuplicates } from './report';
import { reportRenamedTwice } from './renamedTwice';
import { checkScaleValue } from './scaleValue';

/** Every id an assessment names exists in its ladder (or was renamed), and every rating is on the scale. */
export function checkAssessmentReferences(assessment: Assessment, context: LadderContext, report: Report): void {
  if (assessment.level) report.reference(assessment.level, 'level', context);
  if (assessment.target) report.reference(assessment.target, 'level', context);
  for (const entry of assessment.history) if (entry.level) report.reference(entry.level, 'level', context);
  checkFactReferences(assessment, context, report);
  const waiverHint =
    assessment.waivers.length > 0 && context.requirements.size === 0
      ? ` ${l10n.t('(a requirement needs an id to be waived)')}`
      : '';
  for (const waiver of assessment.waivers)
    if (waiver.requirement) report.reference(waiver.requirement, 'requirement', context, waiverHint);
  reportDuplicates(
    report,
    assessment.waivers,
    (w) => w.requirement && { key: w.requirement.value, span: w.requirement.span },
    'waived requirement',
  );
  reportRenamedTwice(
    report,
    context,
    'requirement',
    assessment.waivers.flatMap((w) => (w.requirement ? [w.requirement] : [])),
    'duplicate-id',
    'waived',
  );
}

/**
 * Rating keys and values, check and metric keys of an assessment or a review: each exists in the ladder
 * (or was renamed), and no item is given under both its current and a former id.
 */
export function checkFactReferences(facts: ReviewFacts, context: LadderContext, report: Report): void {
  // Indexed loops: they run for every fact of every file, mostly while their code is still cold, where an
  // array iterator costs an object per step.
  const { ratings, checks, metrics } = facts;
  for (let i = 0; i < ratings.length; i++) {
    const rating = ratings[i]!;
    report.reference(rating.competency, 'competency', context);
    if (rating.value) checkScaleValue(rating.value, context, report, 'rating');
  }
  for (let i = 0; i < checks.length; i++) report.reference(checks[i]!.id, 'check', context);
  for (let i = 0; i < metrics.length; i++) report.reference(metrics[i]!.id, 'metric', context);
  const rated = facts.ratings.map((r) => r.competency);
  reportRenamedTwice(report, context, 'competency', rated, 'duplicate-rating', 'rated');
  reportRenamedTwice(
    report,
    context,
    'check',
    facts.checks.map((c) => c.id),
    'duplicate-id',
    'recorded',
  );
  reportRenamedTwice(
    report,
    context,
    'metric',
    facts.metrics.map((m) => m.id),
    'duplicate-id',
    'given a value',
  );
}
