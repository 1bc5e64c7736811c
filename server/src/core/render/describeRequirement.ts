import type { Requirement } from '../model/types';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function years(value: number | undefined): string {
  return value === undefined ? '? years' : plural(value, 'year', 'years');
}

function orUnknown(value: string | number | undefined): string {
  return value === undefined ? '?' : String(value);
}

/**
 * A requirement in words, on one line, from what is written (ids, not names): "1 year at rank 1",
 * "2 competencies rated 3 or higher in core", "check: peer-review", "metric unassisted-resolution ≥ 90",
 * "any of: check: a; check: b". Missing values read as "?".
 */
export function describeRequirement(requirement: Requirement): string {
  switch (requirement.type) {
    case 'time-at-level': {
      const where = requirement.level ? `level ${requirement.level.value}` : `rank ${orUnknown(requirement.rank?.value)}`;
      return `${years(requirement.years?.value)} at ${where}`;
    }
    case 'experience':
      return `${years(requirement.years?.value)} of experience`;
    case 'competencies': {
      const count = requirement.count?.value;
      const counted = count === undefined ? '? competencies' : plural(count, 'competency', 'competencies');
      const from = requirement.group ? ` in ${requirement.group.value}` : requirement.of ? ` from ${requirement.of.map((ref) => ref.value).join(', ')}` : '';
      return `${counted} rated ${orUnknown(requirement.min?.value)} or higher${from}`;
    }
    case 'check':
      return `check: ${orUnknown(requirement.check?.value)}`;
    case 'metric': {
      const bounds = [
        requirement.min ? `≥ ${requirement.min.value}` : undefined,
        requirement.max ? `≤ ${requirement.max.value}` : undefined,
      ].filter((bound) => bound !== undefined);
      return `metric ${orUnknown(requirement.metric?.value)} ${bounds.length > 0 ? bounds.join(' and ') : '(no bound)'}`;
    }
    case 'any-of':
    case 'all-of': {
      const children = requirement.children.map((child) => (child.type === 'any-of' || child.type === 'all-of' ? `(${describeRequirement(child)})` : describeRequirement(child)));
      return `${requirement.type === 'any-of' ? 'any of' : 'all of'}: ${children.length > 0 ? children.join('; ') : 'nothing'}`;
    }
    default:
      return requirement.typeKeys.length === 0
        ? 'invalid requirement: no type'
        : `invalid requirement: ${requirement.typeKeys.map((key) => key.value).join(' and ')} together`;
  }
}
