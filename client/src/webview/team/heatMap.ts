/**
 * The people × competencies heat map as a grid: each cell is a person's rating coloured by what their
 * compared level expects, and a link to the rating's line. One tab stop; arrow keys, Home and End move.
 */
import type { TeamPerson, TeamRating } from '../../../../server/src/protocol';
import type { TeamSortKey } from '../../panel/teamMessages';
import { h, srOnly } from '../dom';
import { LEVEL_STATUS, percent } from '../format';
import type { TeamModel } from './teamModel';

export interface HeatMapActions {
  open(person: TeamPerson, rating?: TeamRating): void;
  sort(key: TeamSortKey): void;
}

const STATUS_WORDS: Record<TeamRating['status'], string> = { met: 'meets it', gap: 'below it', unrated: 'not rated', none: 'not expected there' };

function sortHeader(model: TeamModel, key: TeamSortKey, text: string, actions: HeatMapActions): HTMLTableCellElement {
  const active = model.options.sort.key === key;
  const direction = model.options.sort.descending ? 'descending' : 'ascending';
  return h(
    'th',
    { className: `sortable ${key}-col`, attrs: { scope: 'col', 'aria-sort': active ? direction : 'none' } },
    h(
      'button',
      { className: 'sort', attrs: { type: 'button', 'data-focus-key': `sort\u0000${key}`, 'data-sort': key, title: `Sort by ${text.toLowerCase()}` }, on: { click: () => actions.sort(key) } },
      text,
      h('span', { className: 'sort-mark', attrs: { 'aria-hidden': 'true' }, text: active ? (model.options.sort.descending ? ' ▼' : ' ▲') : '' }),
    ),
  );
}

function cellLabel(model: TeamModel, person: TeamPerson, rating: TeamRating): string {
  const rated = rating.rated === null ? 'not rated' : `rated ${rating.rated}`;
  const expectation = rating.expected === null ? `${model.levelName(person.compared)} does not expect it` : `${model.levelName(person.compared)} expects ${rating.expected}`;
  return `${model.label(person)}, ${model.competencyName(rating.competency)}: ${rated}; ${expectation} (${STATUS_WORDS[rating.status]})`;
}

/** Arrow keys between the grid's links: left and right along a row, up and down to the same column. */
function onGridKey(event: KeyboardEvent, grid: HTMLElement): void {
  const from = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-row]') : null;
  if (!from) return;
  const row = Number(from.dataset.row);
  const col = Number(from.dataset.col);
  const at = (r: number, c: number) => grid.querySelector<HTMLElement>(`[data-row="${r}"][data-col="${c}"]`);
  const inRow = (r: number) => [...grid.querySelectorAll<HTMLElement>(`[data-row="${r}"]`)];
  const rows = Number(grid.dataset.rows);
  let target: HTMLElement | null | undefined;
  const cells = inRow(row);
  const index = cells.indexOf(from);
  switch (event.key) {
    case 'ArrowRight': target = cells[index + 1]; break;
    case 'ArrowLeft': target = cells[index - 1]; break;
    case 'Home': target = event.ctrlKey ? at(0, 0) : cells[0]; break;
    case 'End': target = event.ctrlKey ? inRow(rows - 1).at(-1) : cells.at(-1); break;
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      for (let r = row + step; r >= 0 && r < rows && !target; r += step) target = at(r, col) ?? (col === 0 ? null : undefined);
      break;
    }
    default: return;
  }
  event.preventDefault();
  if (target) target.focus();
}

/** Keeps one tab stop: the link last focused. */
function rovingTabIndex(grid: HTMLElement): void {
  grid.addEventListener('focusin', (event) => {
    const focused = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-row]') : null;
    if (!focused) return;
    for (const element of grid.querySelectorAll<HTMLElement>('[data-row][tabindex="0"]')) if (element !== focused) element.tabIndex = -1;
    focused.tabIndex = 0;
  });
}

export function heatMap(model: TeamModel, actions: HeatMapActions): HTMLElement {
  const columns = model.columns;
  const head = h(
    'tr',
    {},
    sortHeader(model, 'person', 'Person', actions),
    sortHeader(model, 'level', 'Level', actions),
    sortHeader(model, 'readiness', 'Readiness', actions),
    ...columns.map((id) => h('th', { className: 'competency-col', attrs: { scope: 'col', title: model.competencyName(id) } }, h('span', { className: 'vertical', text: model.competencyName(id) }))),
  );
  const rows = model.people.map((person, row) => {
    const byCompetency = new Map(person.ratings.map((rating) => [rating.competency, rating] as const));
    const verdict = model.compared(person);
    const label = model.label(person);
    const name = h('a', {
      className: 'person-link',
      text: label,
      attrs: { href: '#', tabindex: row === 0 ? 0 : -1, 'data-row': row, 'data-col': 0, 'data-focus-key': `person\u0000${model.key(person)}`, 'aria-label': `${label}: open the assessment` },
      on: { click: (event) => { event.preventDefault(); actions.open(person); } },
    });
    const readiness = verdict
      ? h('td', { className: `readiness-cell status-${verdict.status}` }, h('span', { className: `badge status-${verdict.status}`, text: LEVEL_STATUS[verdict.status] }), ` ${percent(verdict.readiness)}%`, h('span', { className: 'muted', text: ` ${model.levelName(verdict.level)}` }))
      : h('td', { className: 'readiness-cell muted', text: '—' });
    const cells = columns.map((competency, index) => {
      const rating = byCompetency.get(competency);
      if (!rating) return h('td', { className: 'cell empty' }, srOnly('no rating'));
      const text = cellLabel(model, person, rating);
      return h(
        'td',
        { className: `cell status-${rating.status}` },
        h('a', {
          text: rating.rated === null ? '?' : String(rating.rated),
          attrs: { href: '#', tabindex: -1, 'data-row': row, 'data-col': index + 1, 'data-focus-key': `cell\u0000${model.key(person)}\u0000${competency}`, 'aria-label': text, title: text },
          on: { click: (event) => { event.preventDefault(); actions.open(person, rating); } },
        }),
      );
    });
    return h(
      'tr',
      { className: person.counted ? undefined : 'not-counted', attrs: { 'data-person': row } },
      h('th', { attrs: { scope: 'row' } }, name, person.counted ? undefined : h('span', { className: 'muted small', text: ' (older file)' })),
      h('td', { className: 'level-cell', text: model.levelName(person.level) }),
      readiness,
      ...cells,
    );
  });
  const table = h(
    'table',
    { className: 'heat-map', attrs: { role: 'grid', 'aria-label': 'People and their ratings against their next level', 'aria-rowcount': model.people.length + 1, 'data-rows': model.people.length } },
    h('thead', {}, head),
    h('tbody', {}, ...rows),
  );
  table.addEventListener('keydown', (event) => onGridKey(event, table));
  rovingTabIndex(table);
  return h('div', { className: 'table-scroll heat-map-scroll', attrs: { tabindex: -1 } }, table);
}

export function heatMapLegend(): HTMLElement {
  const item = (status: TeamRating['status'], text: string) => h('span', { className: 'legend-item' }, h('span', { className: `swatch cell status-${status}`, attrs: { 'aria-hidden': 'true' } }), ` ${text}`);
  return h('p', { className: 'legend muted' }, item('met', 'meets the next level'), item('gap', 'below it'), item('unrated', 'expected, not rated (?)'), item('none', 'not expected there'));
}
