/** Words for statuses, numbers and scale values, shared by every part of the panel. */
import * as l10n from '@vscode/l10n';
import type { LevelStatus } from '../../../server/src/protocol';
import type { ScaleId } from '../panel/messages';
import { oneDecimal } from './locale';

type ExpectationStatus = 'met' | 'gap' | 'unrated';
type RequirementStatus = 'met' | 'unmet' | 'unknown' | 'waived';

// Getters: each word is looked up in the page's strings when it is used, after they were read.
export const LEVEL_STATUS: Record<LevelStatus, string> = {
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
export const EXPECTATION_STATUS: Record<ExpectationStatus, string> = {
  get met() {
    return l10n.t('Met');
  },
  get gap() {
    return l10n.t('Gap');
  },
  get unrated() {
    return l10n.t('Not rated');
  },
};
export const REQUIREMENT_STATUS: Record<RequirementStatus, string> = {
  get met() {
    return l10n.t('Met');
  },
  get unmet() {
    return l10n.t('Not met');
  },
  get unknown() {
    return l10n.t('Unknown');
  },
  get waived() {
    return l10n.t('Waived');
  },
};

export function requirementTypeLabel(type: string): string {
  switch (type) {
    case 'time-at-level':
      return l10n.t('Time at level');
    case 'experience':
      return l10n.t('Experience');
    case 'competencies':
      return l10n.t('Competencies');
    case 'check':
      return l10n.t('Check');
    case 'metric':
      return l10n.t('Metric');
    case 'any-of':
      return l10n.t('Any of');
    case 'all-of':
      return l10n.t('All of');
    default:
      return type;
  }
}

export function years(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 1 ? l10n.t('{0} year', oneDecimal(rounded)) : l10n.t('{0} years', oneDecimal(rounded));
}

export function scaleText(value: ScaleId | null): string {
  return value === null ? l10n.t('not rated') : String(value);
}

export function sameScaleId(a: ScaleId | null | undefined, b: ScaleId | null | undefined): boolean {
  if (a === null || b === null || a === undefined || b === undefined) return a === b;
  return String(a) === String(b);
}
