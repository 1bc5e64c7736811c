import * as l10n from '@vscode/l10n';
import type { Metric, Requirement } from '../model/types';
import { fill } from '../text/fill';
import { percentText, yearsText } from '../text/itemNouns';
import { formatNumber } from '../text/numbers';
import type { LadderContext } from '../workspace/ladderContext';

/** How a requirement's words show what the file names: as plain text, or as Markdown. */
export interface Wording {
  /** An id from the file, with the display name the ladder gives it, if any. */
  ref(id: string, name?: string): string;
}

/** "Senior Engineer (senior)", or the id alone when there is no other name. */
export const PLAIN_WORDING: Wording = {
  ref: (id, name) => (name && name !== id ? `${name} (${id})` : id),
};

function competenciesText(count: number): string {
  return count === 1 ? l10n.t('At least 1 competency') : l10n.t('At least {0} competencies', formatNumber(count));
}

/** A metric value with its unit: `90%`, `4 hours`, `3` (a score explains many: see `fill`). */
export function metricBound(metric: Metric | undefined, value: number): string {
  switch (metric?.unit) {
    case 'percent':
      return percentText(value);
    case 'hours':
      return fill(l10n.t('{0} hours'), formatNumber(value));
    case 'minutes':
      return fill(l10n.t('{0} minutes'), formatNumber(value));
    case 'days':
      return fill(l10n.t('{0} days'), formatNumber(value));
    default:
      return formatNumber(value);
  }
}

function timeAtLevel(years: number | undefined, level: string | undefined, rank: number | undefined): string {
  if (years === undefined) {
    if (level !== undefined) return l10n.t('Some time at {0}', level);
    if (rank !== undefined) return l10n.t('Some time at rank {0}', rank);
    return l10n.t('Some time at a level or rank (not given)');
  }
  if (level !== undefined) return l10n.t('At least {0} at {1}', yearsText(years), level);
  if (rank !== undefined) return l10n.t('At least {0} at rank {1}', yearsText(years), rank);
  return l10n.t('At least {0} at a level or rank (not given)', yearsText(years));
}

/**
 * What one requirement asks for, in one line: "At least 2 years at Senior Engineer (senior)", "At least 2
 * competencies rated Expert (3) or higher in group core", "Peer review (peer-review) recorded as passed",
 * "Resolution rate (resolution) at least 90%", "Any one of these 2". Names and units come from the ladder
 * when it is given; the children of any-of and all-of are for the caller to list. Every surface that puts
 * a requirement in words (Markdown export, hover, completion, the ladder view) uses this one wording.
 */
export function describeRequirement(
  requirement: Requirement,
  context?: LadderContext,
  wording: Wording = PLAIN_WORDING,
): string {
  const { ref } = wording;
  switch (requirement.type) {
    case 'time-at-level':
      return timeAtLevel(
        requirement.years?.value,
        requirement.level && ref(requirement.level.value, context?.levels.get(requirement.level.value)?.name),
        requirement.rank?.value,
      );
    case 'experience': {
      const years = requirement.years?.value;
      return years === undefined
        ? l10n.t('Some years of experience')
        : l10n.t('At least {0} of experience', yearsText(years));
    }
    case 'competencies': {
      const count = requirement.count?.value;
      const counted = count === undefined ? l10n.t('Some competencies') : competenciesText(count);
      const min = requirement.min;
      const rated = min
        ? l10n.t('rated {0} or higher', ref(min.key, context?.scale.get(min.key)?.entry.name))
        : l10n.t('rated (minimum not given)');
      const pool = requirement.group
        ? ` ${l10n.t('in group {0}', ref(requirement.group.value))}`
        : requirement.of
          ? ` ${l10n.t(
              'from {0}',
              requirement.of
                .map((competency) => ref(competency.value, context?.competencies.get(competency.value)?.name))
                .join(', '),
            )}`
          : '';
      return `${counted} ${rated}${pool}`;
    }
    case 'check': {
      const id = requirement.check?.value;
      return id === undefined
        ? l10n.t('A check (not named) recorded as passed')
        : l10n.t('{0} recorded as passed', ref(id, context?.checks.get(id)?.name));
    }
    case 'metric': {
      const id = requirement.metric?.value;
      const metric = id === undefined ? undefined : context?.metrics.get(id);
      const bounds = [
        requirement.min ? l10n.t('at least {0}', metricBound(metric, requirement.min.value)) : undefined,
        requirement.max ? l10n.t('at most {0}', metricBound(metric, requirement.max.value)) : undefined,
      ].filter((bound) => bound !== undefined);
      return `${id === undefined ? l10n.t('A metric (not named)') : ref(id, metric?.name)} ${bounds.length > 0 ? bounds.join(` ${l10n.t('and')} `) : l10n.t('within bounds (none given)')}`;
    }
    case 'any-of':
      return l10n.t('Any one of these {0}', formatNumber(requirement.children.length));
    case 'all-of':
      return l10n.t('All of these {0}', formatNumber(requirement.children.length));
    default:
      return requirement.typeKeys.length === 0
        ? l10n.t('No requirement type given')
        : l10n.t(
            'More than one requirement type: {0}',
            requirement.typeKeys.map((key) => ref(key.value)).join(` ${l10n.t('and')} `),
          );
  }
}
