/**
 * The calibration view: per competency the self-rating, each reviewer's rating and the consensus side by side
 * with the flags, per level the status under each; every value a link to the line that writes it.
 */
import type { CalibrationFlag, CalibrationResult, LevelStatus, ScaleId } from '../../../server/src/protocol';
import type { Range } from '../panel/messages';
import { h, srOnly } from './dom';
import { LEVEL_STATUS } from './format';
import { icon, LEVEL_ICON } from './icons';

/** Where a calibration link leads: the assessment (self), or the review at that index. */
export type CalibrationSource = 'self' | number;

export interface CalibrationActions {
  revealSource(source: CalibrationSource, range: Range): void;
  revealLadder(range: Range): void;
}

export const FLAG_LABEL: Record<CalibrationFlag, { word: string; meaning: string }> = {
  disagreement: { word: 'Disagreement', meaning: 'two ratings are two or more scale steps apart' },
  unreviewed: { word: 'Unreviewed', meaning: 'a next or target level expects it and no review rates it' },
  unsupported: { word: 'Unsupported', meaning: "the self-rating is above every reviewer's, without evidence" },
};

/** "Jordan Lee (manager)", or "unnamed reviewer". */
export function reviewerName(review: CalibrationResult['reviews'][number]): string {
  const who = review.reviewer || 'unnamed reviewer';
  return review.role ? `${who} (${review.role})` : who;
}

function columnHeads(calibration: CalibrationResult): HTMLElement[] {
  return [
    h('th', { attrs: { scope: 'col' }, text: 'Self' }),
    ...calibration.reviews.map((review, index) =>
      h(
        'th',
        { attrs: { scope: 'col', title: reviewerName(review) } },
        h('span', { attrs: { 'aria-hidden': 'true' }, text: `R${index + 1}` }),
        srOnly(reviewerName(review)),
      ),
    ),
    h('th', { attrs: { scope: 'col' }, text: 'Consensus' }),
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
  const spoken = `${label}: ${value === null ? 'not rated' : shown}`;
  if (!range)
    return h(
      'td',
      { className: value === null ? 'unrated' : undefined, attrs: { title: spoken } },
      h('span', { attrs: { 'aria-hidden': 'true' }, text: shown }),
      srOnly(value === null ? 'not rated' : shown),
    );
  return h(
    'td',
    { className: value === null ? 'unrated' : undefined },
    h('button', {
      className: 'link',
      text: shown,
      attrs: {
        type: 'button',
        'aria-label': `${spoken}. Open its line.`,
        title: `${spoken}. Open its line.`,
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
        h('span', { className: 'review-column', attrs: { 'aria-hidden': 'true' }, text: `R${index + 1}` }),
        ' ',
        h('button', {
          className: 'link',
          text: reviewerName(review),
          attrs: { type: 'button', title: `Open ${review.file}`, 'data-focus-key': `review:${index}` },
          on: { click: () => actions.revealSource(index, review.range) },
        }),
        review.date ? h('span', { className: 'muted', text: ` · ${review.date}` }) : undefined,
        review.errorCount > 0
          ? h('span', {
              className: 'review-errors',
              text: ` · ${review.errorCount} ${review.errorCount === 1 ? 'error' : 'errors'}`,
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
      valueCell(row.self, where?.self ?? null, `${name}, self-rating`, 'self', actions, `cal:${row.competency}:self`),
      ...row.reviews.map((value, index) =>
        valueCell(
          value,
          where?.reviews[index] ?? null,
          `${name}, rated by ${reviewerName(calibration.reviews[index]!)}`,
          index,
          actions,
          `cal:${row.competency}:${index}`,
        ),
      ),
      h('td', {
        className: `consensus${row.consensus === null ? ' unrated' : ''}`,
        text: row.consensus === null ? '—' : String(row.consensus),
        attrs: { title: `${name}, consensus` },
      }),
      h('td', { className: 'flags' }, ...row.flags.map(flagBadge)),
    );
  });
  return h(
    'div',
    {
      className: 'table-scroll',
      attrs: { tabindex: 0, role: 'region', 'aria-label': 'Ratings by reviewer (scrollable)' },
    },
    h(
      'table',
      { className: 'calibration-table competencies' },
      h('caption', {
        className: 'sr-only',
        text: 'Each competency rated by the person, by each reviewer, and the consensus, with flags',
      }),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { attrs: { scope: 'col' }, text: 'Competency' }),
          ...columnHeads(calibration),
          h('th', { attrs: { scope: 'col' }, text: 'Flags' }),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

/** A level's status under one set of ratings, with the readiness percentage the server computed. */
function statusCell(status: LevelStatus, readiness: number | undefined, label: string): HTMLElement {
  const ready = readiness === undefined ? '' : `, ${readiness}% ready`;
  return h(
    'td',
    {
      className: `level-status status-${status}`,
      attrs: { 'data-status': status, title: `${label}: ${LEVEL_STATUS[status].toLowerCase()}${ready}` },
    },
    icon(LEVEL_ICON[status]),
    h('span', { text: ` ${LEVEL_STATUS[status]}` }),
    readiness === undefined ? undefined : h('span', { className: 'muted', text: ` ${readiness}%` }),
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
          attrs: { type: 'button', title: `Open ${name} in the ladder`, 'data-focus-key': `cal-level:${level.id}` },
          on: { click: () => actions.revealLadder(range) },
        })
      : h('span', { text: name });
    return h(
      'tr',
      { attrs: { 'data-level': level.id }, className: focus.includes(level.id) ? 'focus-row' : undefined },
      h('th', { attrs: { scope: 'row' } }, title, focus.includes(level.id) ? srOnly(' (next step)') : undefined),
      statusCell(level.self, about?.readinessPercent.self, `${name} under the self-assessment`),
      ...level.reviews.map((status, index) =>
        statusCell(
          status,
          about?.readinessPercent.reviews[index],
          `${name} under ${reviewerName(calibration.reviews[index]!)}`,
        ),
      ),
      statusCell(level.consensus, about?.readinessPercent.consensus, `${name} under the consensus`),
    );
  });
  return h(
    'div',
    {
      className: 'table-scroll',
      attrs: { tabindex: 0, role: 'region', 'aria-label': 'Levels by reviewer (scrollable)' },
    },
    h(
      'table',
      { className: 'calibration-table levels' },
      h('caption', {
        className: 'sr-only',
        text: 'Each level’s status under the self-assessment, each review and the consensus',
      }),
      h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' }, text: 'Level' }), ...columnHeads(calibration))),
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
      text: `Calibration (${calibration.reviews.length} ${calibration.reviews.length === 1 ? 'review' : 'reviews'})`,
    }),
  );
  section.append(reviewsList(calibration, actions));
  if (!calibration.report) {
    section.append(
      h('p', {
        className: 'notice',
        attrs: { role: 'note' },
        text: calibration.message || 'The calibration could not be computed.',
      }),
    );
    return section;
  }
  if (calibration.errorCount > 0) {
    section.append(
      h('p', {
        className: 'notice',
        attrs: { role: 'note' },
        text: `${calibration.errorCount} ${calibration.errorCount === 1 ? 'error' : 'errors'} in the assessment, its ladder or its reviews: the calibration may be wrong until they are fixed.`,
      }),
    );
  }
  section.append(
    h('h3', { text: 'Ratings' }),
    competencyTable(calibration, actions),
    h('h3', { text: 'Levels' }),
    levelTable(calibration, actions),
  );
  return section;
}

/** Competency id → consensus rating, for the radar's overlay (empty without a usable calibration). */
export function consensusRatings(calibration: CalibrationResult | undefined): Map<string, ScaleId | null> {
  if (!calibration?.report || calibration.reviews.length === 0) return new Map();
  return new Map(calibration.report.competencies.map((row) => [row.competency, row.consensus] as const));
}
