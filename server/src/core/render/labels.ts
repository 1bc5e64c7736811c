import * as l10n from '@vscode/l10n';
import type { ExpectationStatus, LevelScore, LevelStatus, RequirementStatus } from '../score/types';
import type { LadderContext } from '../workspace/ladderContext';
import { readinessPercent } from '../features/percent';
import { percentText } from '../text/itemNouns';

/** How a level's status reads in a report, in the user's language (read when used, not when loaded). */
export const LEVEL_STATUS_LABEL: Readonly<Record<LevelStatus, string>> = {
  get eligible() {
    return l10n.t('Eligible');
  },
  get 'not-yet'() {
    return l10n.t('Not yet');
  },
  get incomplete() {
    return l10n.t('Incomplete');
  },
};

/** How the result of an expectation or requirement reads in a report (in English, its status itself). */
export function resultLabel(status: ExpectationStatus | RequirementStatus): string {
  switch (status) {
    case 'met':
      return l10n.t('met');
    case 'gap':
      return l10n.t('gap');
    case 'unmet':
      return l10n.t('unmet');
    case 'unrated':
      return l10n.t('unrated');
    case 'unknown':
      return l10n.t('unknown');
    case 'waived':
      return l10n.t('waived');
  }
}

/** A one-character mark for a result, the same in the terminal and in Markdown. */
export const RESULT_MARK: Readonly<Record<ExpectationStatus | RequirementStatus, string>> = {
  met: '✓',
  gap: '✗',
  unmet: '✗',
  unrated: '?',
  unknown: '?',
  waived: '~',
};

/** "80%" ("80 %" in German): readiness rounded down to a whole percent, so that 99.6% never reads as 100%. */
export function formatReadiness(readiness: number): string {
  return percentText(readinessPercent(readiness));
}

/** How many of a level's expectations and top-level requirements are satisfied, out of how many. */
export function satisfiedCount(level: LevelScore): { satisfied: number; total: number } {
  const satisfied =
    level.expectations.filter((e) => e.status === 'met').length +
    level.requirements.filter((r) => r.status === 'met' || r.status === 'waived').length;
  return { satisfied, total: level.expectations.length + level.requirements.length };
}

/** The focus levels first (in the order given), then the others in file order. */
export function focusFirst<T extends Pick<LevelScore, 'id'>>(levels: readonly T[], focus: readonly string[]): T[] {
  const focused = focus.flatMap((id) => levels.filter((level) => level.id === id));
  return [...focused, ...levels.filter((level) => !focus.includes(level.id))];
}

/** Display names a report can show next to ids, taken from the ladder. */
export interface ReportNames {
  ladderName?: string;
  competencyNames: ReadonlyMap<string, string>;
  trackNames: ReadonlyMap<string, string>;
  levelNames: ReadonlyMap<string, string>;
}

export function reportNames(context: LadderContext): ReportNames {
  const names = (entities: Iterable<{ id: string; name?: string }>) =>
    new Map([...entities].flatMap((e) => (e.name ? [[e.id, e.name] as const] : [])));
  return {
    ...(context.ladder.name !== undefined ? { ladderName: context.ladder.name } : {}),
    competencyNames: names(context.competencies.values()),
    trackNames: names(context.tracks.values()),
    levelNames: names(context.levels.values()),
  };
}
