/**
 * The people × competencies heat map as a grid: each cell is a person's rating coloured by what their
 * compared level expects, and a link to the rating's line. One tab stop; arrow keys, Home and End move.
 * Rows are kept between drawings and reused while their person is unchanged, so that an update after one
 * edit rebuilds one row, not the whole team.
 */
import * as l10n from '@vscode/l10n';
import type { TeamPerson, TeamRating } from '../../../../server/src/protocol';
import type { TeamSortKey } from '../../panel/teamMessages';
import { h } from '../dom';
import { LEVEL_STATUS } from '../format';
import { percentText } from '../locale';
import type { TeamModel } from './teamModel';

export interface HeatMapActions {
  open(person: TeamPerson, rating?: TeamRating): void;
  sort(key: TeamSortKey): void;
}

// Getters: the words are looked up in the page's strings when they are used, after those were read.
const STATUS_WORDS: Record<TeamRating['status'], string> = {
  get met() {
    return l10n.t('meets it');
  },
  get gap() {
    return l10n.t('below it');
  },
  get unrated() {
    return l10n.t('not rated');
  },
  get none() {
    return l10n.t('not expected there');
  },
};
/** The grid's columns before the competencies: person, level, readiness. */
const FIXED_COLUMNS = 3;

/** Rows drawn before, by assessment: reused while what they show is the same. */
const rowCache = new Map<string, { signature: string; row: HTMLElement }>();
/** The person each drawn row stands for (person objects change with every message). */
const rowPeople = new WeakMap<HTMLElement, TeamPerson>();
/** A number per assessment for focus keys: file names never go into the page. */
const rowIds = new Map<string, number>();

function rowId(person: TeamPerson): number {
  let id = rowIds.get(person.uri);
  if (id === undefined) rowIds.set(person.uri, (id = rowIds.size + 1));
  return id;
}

function sortHeader(model: TeamModel, key: TeamSortKey, text: string, actions: HeatMapActions): HTMLElement {
  const active = model.options.sort.key === key;
  const direction = model.options.sort.descending ? 'descending' : 'ascending';
  return h(
    'div',
    { className: `sortable ${key}-col`, attrs: { role: 'columnheader', 'aria-sort': active ? direction : 'none' } },
    h(
      'button',
      {
        className: 'sort',
        attrs: {
          type: 'button',
          'data-focus-key': `sort\u0000${key}`,
          'data-sort': key,
          title: l10n.t('Sort by {0}', text.toLowerCase()),
        },
        on: { click: () => actions.sort(key) },
      },
      text,
      h('span', {
        className: 'sort-mark',
        attrs: { 'aria-hidden': 'true' },
        text: active ? (model.options.sort.descending ? ' ▼' : ' ▲') : '',
      }),
    ),
  );
}

function cellLabel(model: TeamModel, person: TeamPerson, rating: TeamRating): string {
  const rated = rating.rated === null ? l10n.t('not rated') : l10n.t('rated {0}', rating.rated);
  const expectation =
    rating.expected === null
      ? l10n.t('{0} does not expect it', model.levelName(person.compared))
      : l10n.t('{0} expects {1}', model.levelName(person.compared), rating.expected);
  return `${model.label(person)}, ${model.competencyName(rating.competency)}: ${rated}; ${expectation} (${STATUS_WORDS[rating.status]})`;
}

function personRow(model: TeamModel, person: TeamPerson): HTMLElement {
  const byCompetency = new Map(person.ratings.map((rating) => [rating.competency, rating] as const));
  const verdict = model.compared(person);
  const label = model.label(person);
  const id = rowId(person);
  const name = h('a', {
    className: 'person-link',
    text: label,
    attrs: {
      href: '#',
      tabindex: -1,
      'data-focus-key': `person\u0000${id}`,
      'aria-label': l10n.t('{0}: open the assessment', label),
    },
  });
  const readiness = verdict
    ? h(
        'div',
        { className: `readiness-cell status-${verdict.status}`, attrs: { role: 'gridcell' } },
        h('span', { className: `badge status-${verdict.status}`, text: LEVEL_STATUS[verdict.status] }),
        ` ${percentText(verdict.readinessPercent)}`,
        h('span', { className: 'muted', text: ` ${model.levelName(verdict.level)}` }),
      )
    : h('div', { className: 'readiness-cell muted', text: '—', attrs: { role: 'gridcell' } });
  const cells = model.columns.map((competency) => {
    const rating = byCompetency.get(competency);
    if (!rating) return h('div', { className: 'cell empty', attrs: { role: 'gridcell' } });
    const text = cellLabel(model, person, rating);
    return h(
      'div',
      { className: `cell status-${rating.status}`, attrs: { role: 'gridcell', 'data-competency': competency } },
      h('a', {
        text: rating.rated === null ? '?' : String(rating.rated),
        attrs: {
          href: '#',
          tabindex: -1,
          'data-focus-key': `cell\u0000${id}\u0000${competency}`,
          'aria-label': text,
          title: text,
        },
      }),
    );
  });
  return h(
    'div',
    { className: `heat-row${person.counted ? '' : ' not-counted'}`, attrs: { role: 'row' } },
    h(
      'div',
      { className: 'person-cell', attrs: { role: 'rowheader' } },
      name,
      person.counted ? undefined : h('span', { className: 'muted small', text: ` ${l10n.t('(older file)')}` }),
    ),
    h('div', { className: 'level-cell', text: model.levelName(person.level), attrs: { role: 'gridcell' } }),
    readiness,
    ...cells,
  );
}

/** The row of a person, from the cache when nothing it shows has changed. */
function cachedRow(model: TeamModel, person: TeamPerson, context: string, index: number): HTMLElement {
  const signature = `${context}\u0000${model.json(person)}`;
  const cached = rowCache.get(person.uri);
  const row = cached && cached.signature === signature ? cached.row : personRow(model, person);
  rowCache.set(person.uri, { signature, row });
  rowPeople.set(row, person);
  // Row 1 is the header. Set only when it changed: an attribute set again still costs a style check.
  const rowIndex = String(index + 2);
  if (row.getAttribute('aria-rowindex') !== rowIndex) row.setAttribute('aria-rowindex', rowIndex);
  return row;
}

/** The link in a cell of the body, if the cell has one. */
function linkAt(body: HTMLElement, row: number, column: number): HTMLAnchorElement | null {
  return body.children[row]?.children[column]?.querySelector('a') ?? null;
}

/** Arrow keys between the grid's links: left and right along a row, up and down to the same column. */
function onGridKey(event: KeyboardEvent, body: HTMLElement): void {
  const cell =
    event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[role=gridcell], [role=rowheader]') : null;
  const rowElement = cell?.parentElement;
  if (!cell || !rowElement || rowElement.parentElement !== body) return;
  const rows = body.children;
  const row = Array.prototype.indexOf.call(rows, rowElement) as number;
  const column = Array.prototype.indexOf.call(rowElement.children, cell) as number;
  const links = (r: number) => [...(rows[r]?.querySelectorAll('a') ?? [])];
  const inRow = links(row);
  const index = inRow.findIndex((a) => cell.contains(a));
  let target: HTMLAnchorElement | null | undefined;
  switch (event.key) {
    case 'ArrowRight':
      target = inRow[index + 1];
      break;
    case 'ArrowLeft':
      target = inRow[index - 1];
      break;
    case 'Home':
      target = event.ctrlKey ? links(0)[0] : inRow[0];
      break;
    case 'End':
      target = event.ctrlKey ? links(rows.length - 1).at(-1) : inRow.at(-1);
      break;
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      for (let r = row + step; r >= 0 && r < rows.length && !target; r += step) target = linkAt(body, r, column);
      break;
    }
    default:
      return;
  }
  event.preventDefault();
  target?.focus();
}

/** One listener for every link of the grid: the row says who, the cell which competency. */
function onGridClick(event: MouseEvent, actions: HeatMapActions): void {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  const row = link?.closest<HTMLElement>('[role=row]');
  const person = row ? rowPeople.get(row) : undefined;
  if (!link || !person) return;
  event.preventDefault();
  const competency = link.closest<HTMLElement>('[role=gridcell]')?.dataset.competency;
  actions.open(
    person,
    competency === undefined ? undefined : person.ratings.find((rating) => rating.competency === competency),
  );
}

/** Puts `rows` in `body` in order, moving only the rows that are not already in place. */
function syncRows(body: HTMLElement, rows: readonly HTMLElement[]): void {
  // Rows that go first, so that a replaced row does not shift every row after it.
  const wanted = new Set(rows);
  for (const child of [...body.children]) if (!wanted.has(child as HTMLElement)) child.remove();
  rows.forEach((row, index) => {
    if (body.children[index] !== row) body.insertBefore(row, body.children[index] ?? null);
  });
  while (body.children.length > rows.length) body.lastElementChild!.remove();
}

/** The grid drawn last: kept in the page and updated in place while its columns and names stay the same. */
let drawn:
  | {
      context: string;
      headKey: string;
      section: HTMLElement;
      grid: HTMLElement;
      headGroup: HTMLElement;
      body: HTMLElement;
    }
  | undefined;
let currentActions: HeatMapActions | undefined;

function headRow(model: TeamModel, actions: HeatMapActions): HTMLElement {
  return h(
    'div',
    { className: 'heat-row heat-head', attrs: { role: 'row', 'aria-rowindex': 1 } },
    sortHeader(model, 'person', l10n.t('Person'), actions),
    sortHeader(model, 'level', l10n.t('Level'), actions),
    sortHeader(model, 'readiness', l10n.t('Readiness'), actions),
    ...model.columns.map((id) =>
      h(
        'div',
        { className: 'competency-col', attrs: { role: 'columnheader', title: model.competencyName(id) } },
        h('span', { className: 'vertical', text: model.competencyName(id) }),
      ),
    ),
  );
}

function newGrid(model: TeamModel, context: string): NonNullable<typeof drawn> {
  const headGroup = h('div', { className: 'heat-head-group', attrs: { role: 'rowgroup' } });
  const body = h('div', { className: 'heat-body', attrs: { role: 'rowgroup' } });
  const grid = h(
    'div',
    {
      className: 'heat-map',
      attrs: { role: 'grid', 'aria-label': l10n.t('People and their ratings against their next level') },
    },
    headGroup,
    body,
  );
  // The number of competency columns, for the rows' grid template (team.css); set through the CSSOM.
  grid.style.setProperty('--competencies', String(model.columns.length));
  grid.addEventListener('keydown', (event) => onGridKey(event, body));
  grid.addEventListener('click', (event) => currentActions && onGridClick(event, currentActions));
  grid.addEventListener('focusin', (event) => {
    const focused = event.target instanceof HTMLAnchorElement ? event.target : null;
    if (!focused) return;
    for (const link of grid.querySelectorAll<HTMLElement>('a[tabindex="0"]')) if (link !== focused) link.tabIndex = -1;
    focused.tabIndex = 0;
  });
  const section = h(
    'section',
    { className: 'heat-map-section', attrs: { 'aria-labelledby': 'heat-heading' } },
    h('h2', { attrs: { id: 'heat-heading' }, text: l10n.t('Ratings against the next level') }),
    heatMapLegend(),
    h('div', { className: 'heat-map-scroll', attrs: { tabindex: -1 } }, grid),
  );
  return { context, headKey: '', section, grid, headGroup, body };
}

/**
 * The heat map's section: an ARIA grid of rows laid out with CSS grid, not a table, so that each row is laid
 * out on its own and rows out of sight not at all (content-visibility). The same section is returned, and
 * updated in place, while the columns and names are the same: an update moves or replaces only the rows
 * that changed, and the page keeps the rest as it was laid out.
 */
export function heatMapSection(model: TeamModel, actions: HeatMapActions): HTMLElement {
  currentActions = actions;
  // What a row shows besides its person: the columns, the names of levels and competencies, hidden names.
  const context = JSON.stringify([
    model.options.anonymize,
    model.columns,
    model.result.levels.map((level) => [level.id, level.name]),
    model.result.competencies.map((c) => [c.id, c.name]),
  ]);
  if (!drawn || drawn.context !== context) drawn = newGrid(model, context);
  const headKey = JSON.stringify(model.options.sort);
  if (drawn.headKey !== headKey) {
    drawn.headGroup.replaceChildren(headRow(model, actions));
    drawn.headKey = headKey;
  }
  syncRows(
    drawn.body,
    model.people.map((person, index) => cachedRow(model, person, context, index)),
  );
  const shown = new Set(model.result.people.map((person) => person.uri));
  for (const uri of rowCache.keys()) if (!shown.has(uri)) rowCache.delete(uri);
  drawn.grid.setAttribute('aria-rowcount', String(model.people.length + 1));
  drawn.grid.setAttribute('aria-colcount', String(model.columns.length + FIXED_COLUMNS));
  // One tab stop: keep it where it is if it is still in the grid, else on the first person.
  if (!drawn.grid.querySelector('a[tabindex="0"]')) {
    const first = linkAt(drawn.body, 0, 0);
    if (first) first.tabIndex = 0;
  }
  return drawn.section;
}

export function heatMapLegend(): HTMLElement {
  const item = (status: TeamRating['status'], text: string) =>
    h(
      'span',
      { className: 'legend-item' },
      h('span', { className: `swatch cell status-${status}`, attrs: { 'aria-hidden': 'true' } }),
      ` ${text}`,
    );
  return h(
    'p',
    { className: 'legend muted' },
    item('met', l10n.t('meets the next level')),
    item('gap', l10n.t('below it')),
    item('unrated', l10n.t('expected, not rated (?)')),
    item('none', l10n.t('not expected there')),
  );
}
