/** The panel's header: who, where they are, as of when, on which ladder. */
import type { ScoreResult } from '../../../server/src/protocol';
import type { Actions } from './actions';
import { h } from './dom';
import { years } from './format';

/** With `actions` (a verdict to export), a button that exports the promotion packet. */
export function header(result: ScoreResult, actions?: Actions): HTMLElement {
  const report = result.report;
  const facts: [string, string][] = [];
  const level = result.currentLevelName ?? report?.level;
  if (level) facts.push(['Current level', level]);
  if (result.yearsAtLevel !== undefined) facts.push(['Time at level', years(result.yearsAtLevel)]);
  if (report?.asOf) facts.push(['As of', report.asOf]);
  const ladder = result.ladderName ?? report?.ladder;
  if (ladder) facts.push(['Ladder', ladder]);
  const person = result.person ?? report?.person;
  const exportButton = actions
    ? h('button', {
        className: 'secondary export-packet',
        text: 'Export promotion packet…',
        attrs: {
          type: 'button',
          'data-focus-key': 'export-packet',
          'data-action': 'export-packet',
          title:
            'Save a promotion packet for one level as an HTML page: the verdict rule by rule, the evidence and a reproducibility stamp',
        },
        on: { click: () => actions.exportPacket() },
      })
    : undefined;
  return h(
    'header',
    { className: 'panel-header' },
    h('div', { className: 'header-top' }, h('p', { className: 'eyebrow', text: 'Eligibility' }), exportButton),
    h('h1', { text: person || 'Self-assessment' }),
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
          text: `The assessment or its ladder has ${result.errorCount === 1 ? '1 error' : `${result.errorCount} errors`}; this verdict uses what could be read.`,
        })
      : undefined,
  );
}
