import { todayDay } from '../model/dates';
import type { Assessment } from '../model/types';
import type { LadderDiagnostic } from '../types';
import type { LadderContext } from '../workspace/ladderContext';
import { checkAssessmentDates } from './assessmentDates';
import { checkAssessmentReferences } from './assessmentReferences';
import { checkMissingRatings } from './missingRatings';
import { Report } from './report';

/**
 * The semantic diagnostics of an assessment; without a ladder only the checks that need none;
 * `errorsOnly` leaves out the checks that never find an error.
 */
export function checkAssessment(
  assessment: Assessment,
  context: LadderContext | undefined,
  today: Date = new Date(),
  { errorsOnly = false }: { errorsOnly?: boolean } = {},
): LadderDiagnostic[] {
  const report = new Report();
  checkAssessmentDates(assessment, todayDay(today), report);
  if (context) {
    checkAssessmentReferences(assessment, context, report);
    if (!errorsOnly) checkMissingRatings(assessment, context, report);
    report.linkRenameFixes();
  }
  return report.diagnostics;
}
