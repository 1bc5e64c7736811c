import { formatReadiness, LEVEL_STATUS_LABEL } from '../render/labels';
import type { ExpectationSide, LevelChange, RequirementSide, Verdict } from './compareReports';

/** "incomplete 86%", or `missing` (e.g. "new", "removed") when there is no verdict. */
export function verdictText(verdict: Verdict | null, missing: string): string {
  return verdict
    ? `${LEVEL_STATUS_LABEL[verdict.status].toLowerCase()} ${formatReadiness(verdict.readiness)}`
    : missing;
}

/** "incomplete 86% → not yet 71%", "new → eligible 100%", "eligible 100% → removed". */
export function verdictChangeText(change: Pick<LevelChange, 'before' | 'after'>): string {
  return `${verdictText(change.before, 'new')} → ${verdictText(change.after, 'removed')}`;
}

function expectationText(side: ExpectationSide | null): string {
  if (!side) return 'not expected';
  return `${side.status} (${side.rated === null ? 'not rated' : `rated ${side.rated}`}, expected ${side.expected})`;
}

function requirementText(side: RequirementSide | null): string {
  return side ? `${side.status}, ${side.detail}` : 'not required';
}

/**
 * Why a level's verdict changed, one line per expectation or requirement whose result differs:
 * "expectation troubleshooting: met (rated 3, expected 3) → gap (rated 3, expected 4)".
 */
export function changeReasons(change: LevelChange): string[] {
  return [
    ...change.expectations.map(
      (e) => `expectation ${e.competency}: ${expectationText(e.before)} → ${expectationText(e.after)}`,
    ),
    ...change.requirements.map(
      (r) => `requirement ${r.id ?? r.type}: ${requirementText(r.before)} → ${requirementText(r.after)}`,
    ),
  ];
}
