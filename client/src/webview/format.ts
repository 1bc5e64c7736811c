/** Words for statuses, numbers and scale values, shared by every part of the panel. */
import type { LevelStatus } from '../../../server/src/protocol';
import type { ScaleId } from '../panel/messages';

type ExpectationStatus = 'met' | 'gap' | 'unrated';
type RequirementStatus = 'met' | 'unmet' | 'unknown' | 'waived';

export const LEVEL_STATUS: Record<LevelStatus, string> = {
  eligible: 'Eligible',
  'not-yet': 'Not yet',
  incomplete: 'Incomplete',
};
export const EXPECTATION_STATUS: Record<ExpectationStatus, string> = { met: 'Met', gap: 'Gap', unrated: 'Not rated' };
export const REQUIREMENT_STATUS: Record<RequirementStatus, string> = {
  met: 'Met',
  unmet: 'Not met',
  unknown: 'Unknown',
  waived: 'Waived',
};

const REQUIREMENT_TYPE: Record<string, string> = {
  'time-at-level': 'Time at level',
  experience: 'Experience',
  competencies: 'Competencies',
  check: 'Check',
  metric: 'Metric',
  'any-of': 'Any of',
  'all-of': 'All of',
};

export function requirementTypeLabel(type: string): string {
  return REQUIREMENT_TYPE[type] ?? type;
}

export function years(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded.toFixed(1)} ${rounded === 1 ? 'year' : 'years'}`;
}

export function scaleText(value: ScaleId | null): string {
  return value === null ? 'not rated' : String(value);
}

export function sameScaleId(a: ScaleId | null | undefined, b: ScaleId | null | undefined): boolean {
  if (a === null || b === null || a === undefined || b === undefined) return a === b;
  return String(a) === String(b);
}
