import * as l10n from '@vscode/l10n';
import { formatReadiness, LEVEL_STATUS_LABEL, resultLabel } from '../render/labels';
import type { ExpectationSide, LevelChange, RequirementSide, Verdict } from './compareReports';

/** "incomplete 86%", or `missing` (e.g. "new", "removed") when there is no verdict. */
export function verdictText(verdict: Verdict | null, missing: string): string {
  return verdict
    ? `${LEVEL_STATUS_LABEL[verdict.status].toLowerCase()} ${formatReadiness(verdict.readiness)}`
    : missing;
}

/** "incomplete 86% → not yet 71%", "new → eligible 100%", "eligible 100% → removed". */
export function verdictChangeText(change: Pick<LevelChange, 'before' | 'after'>): string {
  return `${verdictText(change.before, l10n.t('new'))} → ${verdictText(change.after, l10n.t('removed'))}`;
}

function expectationText(side: ExpectationSide | null): string {
  if (!side) return l10n.t('not expected');
  return side.rated === null
    ? l10n.t('{0} (not rated, expected {1})', resultLabel(side.status), String(side.expected))
    : l10n.t('{0} (rated {1}, expected {2})', resultLabel(side.status), String(side.rated), String(side.expected));
}

function requirementText(side: RequirementSide | null): string {
  return side ? `${resultLabel(side.status)}, ${side.detail}` : l10n.t('not required');
}

/**
 * Why a level's verdict changed, one line per expectation or requirement whose result differs:
 * "expectation troubleshooting: met (rated 3, expected 3) → gap (rated 3, expected 4)".
 */
export function changeReasons(change: LevelChange): string[] {
  return [
    ...change.expectations.map((e) =>
      l10n.t('expectation {0}: {1} → {2}', e.competency, expectationText(e.before), expectationText(e.after)),
    ),
    ...change.requirements.map((r) =>
      l10n.t('requirement {0}: {1} → {2}', r.id ?? r.type, requirementText(r.before), requirementText(r.after)),
    ),
  ];
}
