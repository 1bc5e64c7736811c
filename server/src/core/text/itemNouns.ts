import * as l10n from '@vscode/l10n';
import { fill } from './fill';
import { formatNumber } from './numbers';

/** The kinds of things messages name by a noun: the ladder's lists, and a few more. */
export type ItemKind =
  | 'competency'
  | 'level'
  | 'track'
  | 'check'
  | 'metric'
  | 'requirement'
  | 'scale'
  | 'scale id'
  | 'ladder'
  | 'catalogue'
  | 'competency group'
  | 'waived requirement';

/** What an item of `kind` is called inside a sentence, in the user's language (lower case in English). */
export function itemNoun(kind: ItemKind): string {
  switch (kind) {
    case 'competency':
      return l10n.t('competency');
    case 'level':
      return l10n.t('level');
    case 'track':
      return l10n.t('track');
    case 'check':
      return l10n.t('check');
    case 'metric':
      return l10n.t('metric');
    case 'requirement':
      return l10n.t('requirement');
    case 'scale':
      return l10n.t('scale');
    case 'scale id':
      return l10n.t('scale id');
    case 'ladder':
      return l10n.t('ladder');
    case 'catalogue':
      return l10n.t('catalogue');
    case 'competency group':
      return l10n.t('competency group');
    case 'waived requirement':
      return l10n.t('waived requirement');
  }
}

/** The noun at the start of a sentence. */
export function capitalNoun(kind: ItemKind): string {
  const noun = itemNoun(kind);
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}

/** "a Ladder file", or "not a ladder file" when the file has no kind. */
export function fileKindPhrase(kind: string | undefined): string {
  return kind ? l10n.t('a {0} file', kind) : l10n.t('not a ladder file');
}

/** "1 year", "3 years", "1.5 years" ("1,5 Jahre" in German). */
export function yearsText(years: number): string {
  return years === 1 ? l10n.t('1 year') : fill(l10n.t('{0} years'), formatNumber(years));
}

/** "80%", "99.5%" ("99,5 %" in German). */
export function percentText(percent: number): string {
  return fill(l10n.t('{0}%'), formatNumber(percent));
}
