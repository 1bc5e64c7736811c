/** The competencies × levels heat map: each cell is what the level expects, marked met, gap or not rated. */
import * as l10n from '@vscode/l10n';
import { h, srOnly } from './dom';
import { EXPECTATION_STATUS, scaleText } from './format';
import { EXPECTATION_ICON, icon } from './icons';
import type { ViewModel } from './model';

export function competencyMatrix(model: ViewModel): HTMLElement {
  const levels = model.report.levels;
  const focusIds = new Set(model.focus.map((level) => level.id));
  const header = h(
    'tr',
    {},
    h('th', { attrs: { scope: 'col' }, className: 'competency-col', text: l10n.t('Competency') }),
    h('th', { attrs: { scope: 'col' }, className: 'rated-col', text: l10n.t('Rated') }),
    ...levels.map((level) =>
      h(
        'th',
        {
          attrs: { scope: 'col', 'data-level': level.id },
          className: focusIds.has(level.id) ? 'focus-col' : undefined,
        },
        h('span', { text: level.name }),
        focusIds.has(level.id) ? srOnly(` ${l10n.t('(next step)')}`) : undefined,
      ),
    ),
  );
  const rows = model.matrixCompetencies.map((competency) => {
    const rated = model.ratings.get(competency) ?? null;
    const name = model.competencyName(competency);
    const cells = levels.map((level) => {
      const expectation = level.expectations.find((e) => e.competency === competency);
      const focusClass = focusIds.has(level.id) ? ' focus-col' : '';
      if (!expectation)
        return h(
          'td',
          { className: `cell none${focusClass}`, attrs: { 'data-level': level.id, 'data-status': 'none' } },
          h('span', { attrs: { 'aria-hidden': 'true' }, text: '·' }),
          srOnly(l10n.t('not expected')),
        );
      const status = expectation.status;
      return h(
        'td',
        {
          className: `cell status-${status}${focusClass}`,
          attrs: {
            'data-level': level.id,
            'data-status': status,
            title: l10n.t(
              '{0} expects {1}; rated {2}: {3}',
              level.name,
              expectation.expected,
              scaleText(expectation.rated),
              EXPECTATION_STATUS[status].toLowerCase(),
            ),
          },
        },
        icon(EXPECTATION_ICON[status]),
        h('span', { className: 'cell-value', text: String(expectation.expected) }),
        srOnly(` ${EXPECTATION_STATUS[status].toLowerCase()}`),
      );
    });
    return h(
      'tr',
      { attrs: { 'data-competency': competency } },
      h('th', { attrs: { scope: 'row', title: model.competency(competency)?.description }, text: name }),
      h('td', {
        className: `rated-col${rated === null ? ' unrated' : ''}`,
        text: rated === null ? '—' : String(rated),
        attrs: { title: rated === null ? l10n.t('Not rated') : model.descriptor(competency, rated) },
      }),
      ...cells,
    );
  });
  const legend = h(
    'p',
    { className: 'legend muted' },
    h('span', { className: 'legend-item status-met' }, icon('pass'), ` ${l10n.t('met')}`),
    h('span', { className: 'legend-item status-gap' }, icon('fail'), ` ${l10n.t('gap')}`),
    h('span', { className: 'legend-item status-unrated' }, icon('unknown'), ` ${l10n.t('not rated')}`),
    h('span', { className: 'legend-item' }, l10n.t('· not expected. Numbers are the rating each level expects.')),
  );
  return h(
    'section',
    { className: 'matrix-section', attrs: { 'aria-labelledby': 'matrix-heading' } },
    h('h2', { attrs: { id: 'matrix-heading' }, text: l10n.t('Competencies by level') }),
    h(
      'div',
      {
        className: 'table-scroll',
        attrs: { tabindex: 0, role: 'region', 'aria-label': l10n.t('Competencies by level (scrollable)') },
      },
      h(
        'table',
        { className: 'matrix' },
        h('caption', {
          className: 'sr-only',
          text: l10n.t('Expected rating of each competency at each level, compared with the current rating'),
        }),
        h('thead', {}, header),
        h('tbody', {}, ...rows),
      ),
    ),
    legend,
  );
}
