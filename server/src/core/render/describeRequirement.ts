import type { Metric, Requirement } from '../model/types';
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

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function atLeastYears(years: number | undefined): string {
  return years === undefined ? 'Some time' : `At least ${plural(years, 'year', 'years')}`;
}

/** A metric value with its unit: `90%`, `4 hours`, `3`. */
export function metricBound(metric: Metric | undefined, value: number): string {
  const unit = metric?.unit;
  if (unit === 'percent') return `${value}%`;
  if (unit === 'hours' || unit === 'minutes' || unit === 'days') return `${value} ${unit}`;
  return String(value);
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
    case 'time-at-level': {
      const span = atLeastYears(requirement.years?.value);
      if (requirement.level)
        return `${span} at ${ref(requirement.level.value, context?.levels.get(requirement.level.value)?.name)}`;
      if (requirement.rank) return `${span} at rank ${requirement.rank.value}`;
      return `${span} at a level or rank (not given)`;
    }
    case 'experience': {
      const years = requirement.years?.value;
      return `${years === undefined ? 'Some years' : `At least ${plural(years, 'year', 'years')}`} of experience`;
    }
    case 'competencies': {
      const count = requirement.count?.value;
      const counted =
        count === undefined ? 'Some competencies' : `At least ${plural(count, 'competency', 'competencies')}`;
      const min = requirement.min;
      const rated = min
        ? `rated ${ref(min.key, context?.scale.get(min.key)?.entry.name)} or higher`
        : 'rated (minimum not given)';
      const pool = requirement.group
        ? ` in group ${ref(requirement.group.value)}`
        : requirement.of
          ? ` from ${requirement.of.map((competency) => ref(competency.value, context?.competencies.get(competency.value)?.name)).join(', ')}`
          : '';
      return `${counted} ${rated}${pool}`;
    }
    case 'check': {
      const id = requirement.check?.value;
      return `${id === undefined ? 'A check (not named)' : ref(id, context?.checks.get(id)?.name)} recorded as passed`;
    }
    case 'metric': {
      const id = requirement.metric?.value;
      const metric = id === undefined ? undefined : context?.metrics.get(id);
      const bounds = [
        requirement.min ? `at least ${metricBound(metric, requirement.min.value)}` : undefined,
        requirement.max ? `at most ${metricBound(metric, requirement.max.value)}` : undefined,
      ].filter((bound) => bound !== undefined);
      return `${id === undefined ? 'A metric (not named)' : ref(id, metric?.name)} ${bounds.length > 0 ? bounds.join(' and ') : 'within bounds (none given)'}`;
    }
    case 'any-of':
      return `Any one of these ${requirement.children.length}`;
    case 'all-of':
      return `All of these ${requirement.children.length}`;
    default:
      return requirement.typeKeys.length === 0
        ? 'No requirement type given'
        : `More than one requirement type: ${requirement.typeKeys.map((key) => ref(key.value)).join(' and ')}`;
  }
}
