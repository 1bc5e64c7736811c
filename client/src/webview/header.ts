/** The panel's header: who, where they are, as of when, on which ladder. */
import * as l10n from '@vscode/l10n';
import type { ScoreResult } from '../../../server/src/protocol';
import type { Actions } from './actions';
import { h } from './dom';
import { years } from './format';

/** With `actions` (a verdict to export), a button that exports the promotion packet. */
export function header(result: ScoreResult, actions?: Actions): HTMLElement {
  const report = result.report;
  const facts: [string, string][] = [];
  const level = result.currentLevelName ?? report?.level;
  if (level) facts.push([l10n.t('Current level'), level]);
  if (result.yearsAtLevel !== undefined) facts.push([l10n.t('Time at level'), years(result.yearsAtLevel)]);
  if (report?.asOf) facts.push([l10n.t('As of'), report.asOf]);
  const ladder = result.ladderName ?? report?.ladder;
  if (ladder) facts.push([l10n.t('Ladder'), ladder]);
  const person = result.person ?? report?.person;
  const exportButton = actions
    ? h('button', {
        className: 'secondary export-packet',
        text: l10n.t('Export promotion packet…'),
        attrs: {
          type: 'button',
          'data-focus-key': 'export-packet',
          'data-action': 'export-packet',
          title: l10n.t(
            'Save a promotion packet for one level as an HTML page: the verdict rule by rule, the evidence and a reproducibility stamp',
          ),
        },
        on: { click: () => actions.exportPacket() },
      })
    : undefined;
  return h(
    'header',
    { className: 'panel-header' },
    h('div', { className: 'header-top' }, h('p', { className: 'eyebrow', text: l10n.t('Eligibility') }), exportButton),
    h('h1', { text: person || l10n.t('Self-assessment') }),
    facts.length > 0
      ? h(
          'dl',
          { className: 'facts' },
          ...facts.map(([term, value]) =>
            h('div', { className: 'fact' }, h('dt', { text: term }), h('dd', { text: value })),
          ),
        )
      : undefined,
    result.errorCount > 0
      ? h('p', {
          className: 'notice warning',
          attrs: { role: 'note' },
          text:
            result.errorCount === 1
              ? l10n.t('The assessment or its ladder has 1 error; this verdict uses what could be read.')
              : l10n.t(
                  'The assessment or its ladder has {0} errors; this verdict uses what could be read.',
                  result.errorCount,
                ),
        })
      : undefined,
  );
}
