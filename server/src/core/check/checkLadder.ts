import type { LadderContext } from '../workspace/ladderContext';
import type { LadderDiagnostic } from '../types';
import { checkLadderIds } from './ladderIds';
import { checkLadderReferences } from './ladderReferences';
import { checkProgression } from './progression';
import { Report } from './report';

/** The semantic diagnostics of a ladder file (its includes already resolved in the context). */
export function checkLadder(context: LadderContext): LadderDiagnostic[] {
  const report = new Report();
  report.diagnostics.push(...context.includeDiagnostics);
  checkLadderIds(context, report);
  checkLadderReferences(context, report);
  checkProgression(context, report);
  report.linkRenameFixes();
  return report.diagnostics;
}
