/**
 * One card per level: status, readiness, the gaps with links to the file, the expectations with what-if
 * ratings, and the requirements with the engine's explanation.
 */
import * as l10n from '@vscode/l10n';
import type { RatingEvidence } from '../../../server/src/protocol';
import type { Range } from '../panel/messages';
import type { Actions, ViewState } from './actions';
import { h, srOnly } from './dom';
import { EXPECTATION_STATUS, LEVEL_STATUS, REQUIREMENT_STATUS, requirementTypeLabel, scaleText } from './format';
import { EXPECTATION_ICON, LEVEL_ICON, REQUIREMENT_ICON, icon } from './icons';
import { percentText } from './locale';
import {
  own,
  readinessCounts,
  scaleLabel,
  type ExpectationResult,
  type LevelScore,
  type RequirementResult,
  type ViewModel,
} from './model';
import { ratingSelect } from './whatIf';

export function statusBadge(level: LevelScore): HTMLElement {
  return h(
    'span',
    { className: `badge status-${level.status}`, attrs: { 'data-role': 'status' } },
    icon(LEVEL_ICON[level.status]),
    h('span', { text: LEVEL_STATUS[level.status] }),
  );
}

/** The bar and the percentage the server computed (the panel never rounds on its own). */
export function readinessBar(level: LevelScore, value: number): HTMLElement {
  const { satisfied, total } = readinessCounts(level);
  const fill = h('div', { className: 'meter-fill' });
  fill.style.width = `${value}%`;
  return h(
    'div',
    { className: 'readiness' },
    h(
      'div',
      {
        className: `meter status-${level.status}`,
        attrs: {
          role: 'progressbar',
          'aria-valuemin': 0,
          'aria-valuemax': 100,
          'aria-valuenow': value,
          'aria-valuetext': l10n.t('{0} ready: {1} of {2} met', percentText(value), satisfied, total),
          'aria-label': l10n.t('Readiness for {0}', level.name),
        },
      },
      fill,
    ),
    h('span', { className: 'readiness-value', text: percentText(value), attrs: { 'aria-hidden': 'true' } }),
  );
}

function gapTarget(model: ViewModel, competency: string): Range | undefined {
  return own(model.result.ratingRanges, competency) ?? model.result.ratingsInsertRange;
}

/** "2 gaps · 1 not rated": gaps (rated below the expectation) and missing ratings counted apart, as the legend and the CLI keep them. */
function shortfallHeading(shortfalls: readonly { status: string }[]): string {
  const gaps = shortfalls.filter((e) => e.status === 'gap').length;
  const unrated = shortfalls.length - gaps;
  return [
    gaps > 0 ? (gaps === 1 ? l10n.t('1 gap') : l10n.t('{0} gaps', gaps)) : undefined,
    unrated > 0 ? l10n.t('{0} not rated', unrated) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

function gapList(model: ViewModel, level: LevelScore, actions: Actions): HTMLElement | undefined {
  const gaps = level.expectations.filter((e) => e.status !== 'met');
  if (gaps.length === 0) return undefined;
  const items = gaps.map((gap) => {
    const name = model.competencyName(gap.competency);
    const rated = own(model.result.ratingRanges, gap.competency) !== undefined;
    const range = gapTarget(model, gap.competency);
    const label =
      gap.status === 'gap'
        ? l10n.t('{0}: rated {1}, needs {2}', name, scaleText(gap.rated), gap.expected)
        : l10n.t('{0}: not rated, needs {1}', name, gap.expected);
    const link = range
      ? h('button', {
          className: 'link',
          text: label,
          attrs: {
            type: 'button',
            'data-focus-key': `gap\u0000${level.id}\u0000${gap.competency}`,
            'data-competency': gap.competency,
            title: rated
              ? l10n.t('Go to this rating in the assessment')
              : l10n.t('Go to where this rating belongs in the assessment'),
          },
          on: { click: () => actions.reveal(range, 'assessment') },
        })
      : h('span', { text: label });
    return h(
      'li',
      { className: `gap status-${gap.status}` },
      icon(EXPECTATION_ICON[gap.status]),
      srOnly(`${EXPECTATION_STATUS[gap.status]}: `),
      link,
    );
  });
  return h('div', { className: 'gaps' }, h('h4', { text: shortfallHeading(gaps) }), h('ul', {}, ...items));
}

/** The evidence and note written with a rating, folded under the competency's name. */
function evidenceDetails(written: RatingEvidence | undefined): HTMLElement | undefined {
  if (!written || (written.evidence.length === 0 && written.note === undefined)) return undefined;
  const count = written.evidence.length;
  const label = count === 0 ? l10n.t('Note') : l10n.t('Evidence ({0})', count);
  return h(
    'details',
    { className: 'evidence' },
    h('summary', { text: label }),
    count > 0 && h('ul', {}, ...written.evidence.map((item) => h('li', { text: item }))),
    written.note !== undefined && h('p', { className: 'note', text: written.note }),
  );
}

function expectationRow(
  model: ViewModel,
  level: LevelScore,
  expectation: ExpectationResult,
  state: ViewState,
  actions: Actions,
): HTMLTableRowElement {
  const info = model.competency(expectation.competency);
  const overridden = Object.prototype.hasOwnProperty.call(state.whatIf, expectation.competency);
  const nameCell = h('th', {
    attrs: { scope: 'row', title: info?.description },
    text: model.competencyName(expectation.competency),
  });
  if (overridden) nameCell.append(' ', h('span', { className: 'tag', text: l10n.t('what-if') }));
  const evidence = evidenceDetails(model.result.evidence && own(model.result.evidence, expectation.competency));
  if (evidence) nameCell.append(evidence);
  return h(
    'tr',
    {
      className: `status-${expectation.status}${overridden ? ' what-if' : ''}`,
      attrs: { 'data-competency': expectation.competency },
    },
    nameCell,
    h('td', {
      className: 'expected',
      text: scaleLabel(model, expectation.expected),
      attrs: { title: model.descriptor(expectation.competency, expectation.expected) },
    }),
    h(
      'td',
      { className: 'rated', attrs: { title: model.descriptor(expectation.competency, expectation.rated) } },
      ratingSelect(model, level, expectation, actions),
    ),
    h(
      'td',
      { className: 'status' },
      icon(EXPECTATION_ICON[expectation.status]),
      h('span', { text: EXPECTATION_STATUS[expectation.status] }),
    ),
  );
}

function expectationTable(model: ViewModel, level: LevelScore, state: ViewState, actions: Actions): HTMLElement {
  if (level.expectations.length === 0)
    return h('p', { className: 'muted', text: l10n.t('No competency expectations.') });
  return h(
    'table',
    { className: 'expectations' },
    h('caption', { text: l10n.t('Expected ratings for {0}', level.name) }),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[l10n.t('Competency'), l10n.t('Expected'), l10n.t('Rating'), l10n.t('Status')].map((title) =>
          h('th', { attrs: { scope: 'col' }, text: title }),
        ),
      ),
    ),
    h('tbody', {}, ...level.expectations.map((e) => expectationRow(model, level, e, state, actions))),
  );
}

function requirementItem(requirement: RequirementResult): HTMLLIElement {
  const title = requirement.description || requirement.detail || requirementTypeLabel(requirement.type);
  const detail = requirement.description ? requirement.detail : undefined;
  const item = h(
    'li',
    {
      className: `requirement status-${requirement.status}`,
      attrs: { 'data-requirement': requirement.id, 'data-status': requirement.status },
    },
    h(
      'div',
      { className: 'requirement-line' },
      h(
        'span',
        { className: 'requirement-status' },
        icon(REQUIREMENT_ICON[requirement.status]),
        h('span', { text: REQUIREMENT_STATUS[requirement.status] }),
      ),
      h(
        'span',
        { className: 'requirement-text' },
        h('span', { className: 'requirement-title', text: title }),
        detail ? h('span', { className: 'detail', text: detail }) : undefined,
      ),
      requirement.status === 'waived' ? h('span', { className: 'tag waived', text: l10n.t('waived') }) : undefined,
      requirement.id ? h('code', { className: 'requirement-id', text: requirement.id }) : undefined,
    ),
  );
  if (requirement.children && requirement.children.length > 0) {
    const quantifier =
      requirement.type === 'any-of'
        ? l10n.t('At least one of:')
        : requirement.type === 'all-of'
          ? l10n.t('All of:')
          : l10n.t('Parts:');
    item.append(
      h('div', { className: 'children-label', text: quantifier }),
      h('ul', { className: 'requirements nested' }, ...requirement.children.map(requirementItem)),
    );
  }
  return item;
}

function requirementList(level: LevelScore): HTMLElement {
  if (level.requirements.length === 0) return h('p', { className: 'muted', text: l10n.t('No other requirements.') });
  return h(
    'ul',
    { className: 'requirements', attrs: { 'aria-label': l10n.t('Requirements for {0}', level.name) } },
    ...level.requirements.map(requirementItem),
  );
}

export function levelCard(
  model: ViewModel,
  level: LevelScore,
  focus: boolean,
  state: ViewState,
  actions: Actions,
): HTMLElement {
  const key = `level\u0000${level.id}`;
  const details = h('details', {
    className: `card status-${level.status}${focus ? ' focus' : ''}`,
    attrs: {
      'data-level': level.id,
      'data-status': level.status,
      'data-details-key': key,
      open: state.open.get(key) ?? focus,
    },
  });
  const meta = [
    level.rank ? l10n.t('Rank {0}', level.rank) : undefined,
    level.track ? model.trackName(level.track) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const summary = h(
    'summary',
    {},
    h(
      'span',
      { className: 'card-title' },
      h('h3', { text: level.name }),
      meta ? h('span', { className: 'muted card-meta', text: meta }) : undefined,
    ),
    statusBadge(level),
    readinessBar(level, model.result.readinessPercent[level.id] ?? 0),
  );
  const ladderUri = model.result.ladderUri;
  const levelRange = own(model.result.levelRanges, level.id);
  const gaps = gapList(model, level, actions);
  details.append(
    summary,
    h(
      'div',
      { className: 'card-body' },
      gaps,
      h(
        'div',
        { className: 'card-columns' },
        h(
          'section',
          { className: 'card-section', attrs: { 'aria-label': l10n.t('Expectations for {0}', level.name) } },
          h('h4', { text: l10n.t('Expectations') }),
          expectationTable(model, level, state, actions),
        ),
        h(
          'section',
          { className: 'card-section', attrs: { 'aria-label': l10n.t('Requirements for {0}', level.name) } },
          h('h4', { text: l10n.t('Requirements') }),
          requirementList(level),
        ),
      ),
      ladderUri && levelRange
        ? h('button', {
            className: 'link subtle',
            text: l10n.t('Open this level in the ladder'),
            attrs: { type: 'button', 'data-focus-key': `ladder\u0000${level.id}` },
            on: { click: () => actions.reveal(levelRange, 'ladder') },
          })
        : undefined,
    ),
  );
  details.addEventListener('toggle', () => {
    if (details.open !== (state.open.get(key) ?? focus)) actions.toggled(key, details.open);
  });
  return details;
}
