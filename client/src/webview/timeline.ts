/** A small timeline of readiness on the next and target levels over the assessment's commits, as inline SVG. */
import * as l10n from '@vscode/l10n';
import type { HistoryPoint } from '../panel/historyMessage';
import { h, s } from './dom';
import { LEVEL_STATUS } from './format';
import { percentText } from './locale';

const STEP = 28;
const HEIGHT = 96;
const PAD = { left: 34, right: 12, top: 8, bottom: 8 };
/** Lines are told apart by dash pattern as well as colour (4 patterns, then they repeat). */
const SERIES = 4;

export interface TimelineLevel {
  id: string;
  name: string;
}

const y = (readiness: number) => PAD.top + (1 - Math.max(0, Math.min(1, readiness))) * (HEIGHT - PAD.top - PAD.bottom);
const x = (index: number) => PAD.left + index * STEP;

/** One line per level, with a dot per commit that scores it, coloured by status; undefined without history. */
export function historyTimeline(
  points: readonly HistoryPoint[],
  levels: readonly TimelineLevel[],
): HTMLElement | undefined {
  if (points.length === 0 || levels.length === 0) return undefined;
  const width = PAD.left + Math.max(1, points.length - 1) * STEP + PAD.right;
  const grid = [0, 0.5, 1].map((value) =>
    s(
      'g',
      {},
      s('line', { class: 'timeline-grid', x1: PAD.left, x2: width - PAD.right, y1: y(value), y2: y(value) }),
      s(
        'text',
        { class: 'timeline-axis', x: PAD.left - 6, y: y(value) + 4, 'text-anchor': 'end' },
        percentText(value * 100),
      ),
    ),
  );
  const series = levels.map((level, index) => {
    const seen = points.flatMap((point, at) => {
      const verdict = point.levels.find((candidate) => candidate.level === level.id);
      return verdict ? [{ at, point, verdict }] : [];
    });
    const line =
      seen.length > 1
        ? s('polyline', {
            class: `timeline-line series-${index % SERIES}`,
            points: seen.map(({ at, verdict }) => `${x(at)},${y(verdict.readiness)}`).join(' '),
          })
        : undefined;
    const dots = seen.map(({ at, point, verdict }) =>
      s(
        'circle',
        { class: `timeline-point status-${verdict.status}`, cx: x(at), cy: y(verdict.readiness), r: 3.5 },
        s(
          'title',
          {},
          `${point.date.slice(0, 10)} ${point.commit.slice(0, 7)} · ${level.name}: ${LEVEL_STATUS[verdict.status].toLowerCase()}, ${percentText(verdict.readinessPercent)} — ${point.subject}`,
        ),
      ),
    );
    return s('g', {}, line, ...dots);
  });
  const first = points[0]!.date.slice(0, 10);
  const last = points[points.length - 1]!.date.slice(0, 10);
  const summary = levels
    .map((level) => {
      const seen = points.flatMap((point) => point.levels.filter((verdict) => verdict.level === level.id));
      return seen.length === 0
        ? undefined
        : l10n.t(
            '{0}: {1} to {2}',
            level.name,
            percentText(seen[0]!.readinessPercent),
            percentText(seen[seen.length - 1]!.readinessPercent),
          );
    })
    .filter(Boolean)
    .join('; ');
  const label =
    points.length === 1
      ? l10n.t('Readiness over 1 commit, {0} to {1}. {2}.', first, last, summary)
      : l10n.t('Readiness over {0} commits, {1} to {2}. {3}.', points.length, first, last, summary);
  return h(
    'section',
    { className: 'timeline-section', attrs: { 'aria-labelledby': 'timeline-heading' } },
    h('h2', { attrs: { id: 'timeline-heading' }, text: l10n.t('Over time') }),
    h(
      'div',
      { className: 'timeline-scroll' },
      s(
        'svg',
        {
          class: 'timeline',
          role: 'img',
          'aria-label': label,
          width,
          height: HEIGHT,
          viewBox: `0 0 ${width} ${HEIGHT}`,
        },
        ...grid,
        ...series,
      ),
    ),
    h(
      'p',
      { className: 'timeline-legend muted' },
      ...levels.flatMap((level, index) => [
        h('span', { className: `timeline-key series-${index % SERIES}`, attrs: { 'aria-hidden': 'true' } }),
        `${level.name} `,
      ]),
      points.length === 1
        ? l10n.t('· 1 commit, {0} – {1}', first, last)
        : l10n.t('· {0} commits, {1} – {2}', points.length, first, last),
    ),
  );
}
