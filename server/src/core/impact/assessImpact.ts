import type { LadderDiagnostic } from '../types';
import { currentId } from '../workspace/ladderContext';
import type { Workspace } from '../workspace/workspace';
import { compareReports, type LevelChange } from './compareReports';

/** How one assessment's verdicts change between two versions of its ladder files. */
export interface AssessmentImpact {
  uri: string;
  /** The person, or the file name when the assessment names none. */
  person: string;
  /** Errors of the assessment and of its ladder files as they are now, by URI; when there are any, nothing is compared. */
  errors: ReadonlyMap<string, readonly LadderDiagnostic[]>;
  /** Why the assessment could not be scored with the earlier files (its ladder did not exist then…): every level is new. */
  baseProblem?: string;
  changes: LevelChange[];
}

/**
 * Scores the assessment at `uri` twice, in `before` (the earlier ladder files) and in `after` (the
 * current ones), on the same day, and lists the levels whose verdict differs. Both workspaces should
 * read the assessment itself from the same place. Ids of the earlier ladder that the current one lists
 * in `formerly` are matched to their current ids.
 */
export function assessImpact(before: Workspace, after: Workspace, uri: string, today: Date): AssessmentImpact {
  const now = after.score(uri, { today });
  const person = now.assessment?.person ?? uri.slice(uri.lastIndexOf('/') + 1);
  const impact: AssessmentImpact = { uri, person, errors: now.errors, changes: [] };
  const context = now.context;
  if (now.errors.size > 0 || !now.report || !context) return impact;
  const then = before.score(uri, { today });
  if (!then.report) {
    const assessment = before.assessment(uri);
    const problem = assessment && before.assessmentLadder(assessment).problem;
    if (problem) impact.baseProblem = problem.message;
  }
  impact.changes = compareReports(then.report, now.report, {
    level: (id) => currentId(context, 'level', id),
    competency: (id) => currentId(context, 'competency', id),
    requirement: (id) => currentId(context, 'requirement', id),
  });
  return impact;
}
