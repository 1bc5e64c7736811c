/**
 * The calibration view: per competency the self-rating, each reviewer's rating and the consensus side by side
 * with the flags, per level the status under each; every value a link to the line that writes it.
 */
import * as l10n from '@vscode/l10n';
import type { CalibrationFlag, CalibrationResult, LevelStatus, ScaleId } from '../../../server/src/protocol';
import type { Range } from '../panel/messages';
import { h, srOnly } from './dom';
import { LEVEL_STATUS } from './format';
import { icon, LEVEL_ICON } from './icons';
import { percentText } from './locale';

/** Where a calibration link leads: the assessment (self), or the review at that index. */
export type CalibrationSource = 'self' | number;

export interface CalibrationActions {
  revealSource(source: CalibrationSource, range: Range): void;
  revealLadder(range: Range): void;
}

// Getters: the words are looked up in the page's strings when they are used, after those were read.
export const FLAG_LABEL: Record<CalibrationFlag, { word: string; meaning: string }> = {
  get disagreement() {
    return { word: l10n.t('Disagreement'), meaning: l10n.t('two ratings are two or more scale steps apart') };
  },
  get unreviewed() {
    return { word: l10n.t('Unreviewed'), meaning: l10n.t('a next or target level expects it and no review rates it') };
  },
  get unsupported() {
    return {
      word: l10n.t('Unsupported'),
      meaning: l10n.t("the self-rating is above every reviewer's, without evidence"),
    };
  },
};

/** "Jordan Lee (manager)", or "unnamed reviewer". */
export function reviewerName(review: CalibrationResult['reviews'][number]): string {
  const who = review.reviewer || l10n.t('unnamed reviewer');
  return review.role ? `${who} (${review.role})` : who;
}

function columnHeads(calibration: CalibrationResult): HTMLElement[] {
  return [
    h('th', { attrs: { scope: 'col' }, text: l10n.t('Self') }),
    ...calibration.reviews.map((review, index) =>
      h(
        'th',
        { attrs: { scope: 'col', title: reviewerName(review) } },
        h('span', { attrs: { 'aria-hidden': 'true' }, text: l10n.t('R{0}', index + 1) }),
        srOnly(reviewerName(review)),
      ),
    ),
    h('th', { attrs: { scope: 'col' }, text: l10n.t('Consensus') }),
  ];
}

function valueCell(
  value: ScaleId | null,
  range: Range | null,
  label: string,
  source: CalibrationSource,
  actions: CalibrationActions,
  focusKey: string,
): HTMLElement {
  const shown = value === null ? '—' : String(value);
  const spoken = `${label}: ${value === null ? l10n.t('not rated') : shown}`;
  if (!range)
    return h(
      'td',
      { className: value === null ? 'unrated' : undefined, attrs: { title: spoken } },
      h('span', { attrs: { 'aria-hidden': 'true' }, text: shown }),
      srOnly(value === null ? l10n.t('not rated') : shown),
    );
  return h(
    'td',
    { className: value === null ? 'unrated' : undefined },
    h('button', {
      className: 'link',
      text: shown,
      attrs: {
        type: 'button',
        'aria-label': l10n.t('{0}. Open its line.', spoken),
        title: l10n.t('{0}. Open its line.', spoken),
        'data-focus-key': focusKey,
      },
      on: { click: () => actions.revealSource(source, range) },
    }),
  );
}

function flagBadge(flag: CalibrationFlag): HTMLElement {
  const { word, meaning } = FLAG_LABEL[flag];
  return h(
    'span',
    { className: `flag flag-${flag}`, attrs: { 'data-flag': flag, title: `${word}: ${meaning}` } },
    h(
      'span',
      { attrs: { role: 'img', 'aria-label': `${word}: ${meaning}` } },
      icon(flag === 'disagreement' ? 'fail' : 'unknown'),
    ),
    h('span', { attrs: { 'aria-hidden': 'true' }, text: ` ${word.toLowerCase()}` }),
  );
}

function reviewsList(calibration: CalibrationResult, actions: CalibrationActions): HTMLElement {
  return h(
    'ul',
    { className: 'calibration-reviews' },
    ...calibration.reviews.map((review, index) =>
      h(
        'li',
        { attrs: { 'data-review': index } },
        h('span', { className: 'review-column', attrs: { 'aria-hidden': 'true' }, text: l10n.t('R{0}', index + 1) }),
        ' ',
        h('button', {
          className: 'link',
          text: reviewerName(review),
          attrs: { type: 'button', title: l10n.t('Open {0}', review.file), 'data-focus-key': `review:${index}` },
          on: { click: () => actions.revealSource(index, review.range) },
        }),
        review.date ? h('span', { className: 'muted', text: ` · ${review.date}` }) : undefined,
        review.errorCount > 0
          ? h('span', {
              className: 'review-errors',
              text: ` · ${review.errorCount === 1 ? l10n.t('1 error') : l10n.t('{0} errors', review.errorCount)}`,
            })
          : undefined,
        review.note ? h('p', { className: 'review-note muted', text: review.note }) : undefined,
      ),
    ),
  );
}

function competencyTable(calibration: CalibrationResult, actions: CalibrationActions): HTMLElement {
  const report = calibration.report!;
  const names = new Map(calibration.competencies.map((c) => [c.id, c.name] as const));
  const cells = new Map(calibration.cells.map((c) => [c.competency, c] as const));
  const rows = report.competencies.map((row) => {
    const name = names.get(row.competency) || row.competency;
    const where = cells.get(row.competency);
    return h(
      'tr',
      { attrs: { 'data-competency': row.competency } },
      h('th', { attrs: { scope: 'row' }, text: name }),
      valueCell(
        row.self,
        where?.self ?? null,
        l10n.t('{0}, self-rating', name),
        'self',
        actions,
        `cal:${row.competency}:self`,
      ),
      ...row.reviews.map((value, index) =>
        valueCell(
          value,
          where?.reviews[index] ?? null,
          l10n.t('{0}, rated by {1}', name, reviewerName(calibration.reviews[index]!)),
          index,
          actions,
          `cal:${row.competency}:${index}`,
        ),
      ),
      h('td', {
        className: `consensus${row.consensus === null ? ' unrated' : ''}`,
        text: row.consensus === null ? '—' : String(row.consensus),
        attrs: { title: l10n.t('{0}, consensus', name) },
      }),
      h('td', { className: 'flags' }, ...row.flags.map(flagBadge)),
    );
  });
  return h(
    'div',
    {
      className: 'table-scroll',
      attrs: { tabindex: 0, role: 'region', 'aria-label': l10n.t('Ratings by reviewer (scrollable)') },
    },
    h(
      'table',
      { className: 'calibration-table competencies' },
      h('caption', {
        className: 'sr-only',
        text: l10n.t('Each competency rated by the person, by each reviewer, and the consensus, with flags'),
      }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'col' }, text: l10n.t('Competency') }),
          ...columnHeads(calibration),
          h('th', { attrs: { scope: 'col' }, text: l10n.t('Flags') }),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

/** A level's status under one set of ratings, with the readiness percentage the server computed. */
function statusCell(status: LevelStatus, readiness: number | undefined, label: string): HTMLElement {
  const ready = readiness === undefined ? '' : `, ${l10n.t('{0} ready', percentText(readiness))}`;
  return h(
    'td',
    {
      className: `level-status status-${status}`,
      attrs: { 'data-status': status, title: `${label}: ${LEVEL_STATUS[status].toLowerCase()}${ready}` },
    },
    icon(LEVEL_ICON[status]),
    h('span', { text: ` ${LEVEL_STATUS[status]}` }),
    readiness === undefined ? undefined : h('span', { className: 'muted', text: ` ${percentText(readiness)}` }),
  );
}

function levelTable(calibration: CalibrationResult, actions: CalibrationActions): HTMLElement {
  const report = calibration.report!;
  const info = new Map(calibration.levels.map((level) => [level.id, level] as const));
  const focus = calibration.focus.filter(
    (id, index) => calibration.focus.indexOf(id) === index && report.levels.some((l) => l.id === id),
  );
  const ordered = [
    ...focus.map((id) => report.levels.find((l) => l.id === id)!),
    ...report.levels.filter((l) => !focus.includes(l.id)),
  ];
  const rows = ordered.map((level) => {
    const about = info.get(level.id);
    const name = about?.name || level.id;
    const range = about?.range;
    const title = range
      ? h('button', {
          className: 'link',
          text: name,
          attrs: {
            type: 'button',
            title: l10n.t('Open {0} in the ladder', name),
            'data-focus-key': `cal-level:${level.id}`,
          },
          on: { click: () => actions.revealLadder(range) },
        })
      : h('span', { text: name });
    return h(
      'tr',
      { attrs: { 'data-level': level.id }, className: focus.includes(level.id) ? 'focus-row' : undefined },
      h(
        'th',
        { attrs: { scope: 'row' } },
        title,
        focus.includes(level.id) ? srOnly(` ${l10n.t('(next step)')}`) : undefined,
      ),
      statusCell(level.self, about?.readinessPercent.self, l10n.t('{0} under the self-assessment', name)),
      ...level.reviews.map((status, index) =>
        statusCell(
          status,
          about?.readinessPercent.reviews[index],
          l10n.t('{0} under {1}', name, reviewerName(calibration.reviews[index]!)),
        ),
      ),
      statusCell(level.consensus, about?.readinessPercent.consensus, l10n.t('{0} under the consensus', name)),
    );
  });
  return h(
    'div',
    {
      className: 'table-scroll',
      attrs: { tabindex: 0, role: 'region', 'aria-label': l10n.t('Levels by reviewer (scrollable)') },
    },
    h(
      'table',
      { className: 'calibration-table levels' },
      h('caption', {
        className: 'sr-only',
        text: l10n.t('Each level’s status under the self-assessment, each review and the consensus'),
      }),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { attrs: { scope: 'col' }, text: l10n.t('Level') }), ...columnHeads(calibration)),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

/** The calibration section, or undefined when the assessment has no review (or the report could not be made). */
export function calibrationSection(
  calibration: CalibrationResult | undefined,
  actions: CalibrationActions,
): HTMLElement | undefined {
  if (!calibration || calibration.reviews.length === 0) return undefined;
  const section = h(
    'section',
    { className: 'calibration', attrs: { 'aria-labelledby': 'calibration-heading' } },
    h('h2', {
      attrs: { id: 'calibration-heading' },
      text:
        calibration.reviews.length === 1
          ? l10n.t('Calibration (1 review)')
          : l10n.t('Calibration ({0} reviews)', calibration.reviews.length),
    }),
  );
  section.append(reviewsList(calibration, actions));
  if (!calibration.report) {
    section.append(
      h('p', {
        className: 'notice',
        attrs: { role: 'note' },
        text: calibration.message || l10n.t('The calibration could not be computed.'),
      }),
    );
    return section;
  }
  if (calibration.errorCount > 0) {
    section.append(
      h('p', {
        className: 'notice',
        attrs: { role: 'note' },
        text:
          calibration.errorCount === 1
            ? l10n.t(
                '1 error in the assessment, its ladder or its reviews: the calibration may be wrong until it is fixed.',
              )
            : l10n.t(
                '{0} errors in the assessment, its ladder or its reviews: the calibration may be wrong until they are fixed.',
                calibration.errorCount,
              ),
      }),
    );
  }
  section.append(
    h('h3', { text: l10n.t('Ratings') }),
    competencyTable(calibration, actions),
    h('h3', { text: l10n.t('Levels') }),
    levelTable(calibration, actions),
  );
  return section;
}

/** Competency id → consensus rating, for the radar's overlay (empty without a usable calibration). */
export function consensusRatings(calibration: CalibrationResult | undefined): Map<string, ScaleId | null> {
  if (!calibration?.report || calibration.reviews.length === 0) return new Map();
  return new Map(calibration.report.competencies.map((row) => [row.competency, row.consensus] as const));
}
