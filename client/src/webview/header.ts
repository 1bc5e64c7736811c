/** The panel's header: who, where they are, as of when, on which ladder. */
import type { ScoreResult } from '../../../server/src/protocol';
import { h } from './dom';
import { years } from './format';

export function header(result: ScoreResult): HTMLElement {
  const report = result.report;
  const facts: [string, string][] = [];
  const level = result.currentLevelName ?? report?.level;
  if (level) facts.push(['Current level', level]);
  if (result.yearsAtLevel !== undefined) facts.push(['Time at level', years(result.yearsAtLevel)]);
  if (report?.asOf) facts.push(['As of', report.asOf]);
  const ladder = result.ladderName ?? report?.ladder;
  if (ladder) facts.push(['Ladder', ladder]);
  const person = result.person ?? report?.person;
  return h(
    'header',
    { className: 'panel-header' },
    h('p', { className: 'eyebrow', text: 'Eligibility' }),
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
