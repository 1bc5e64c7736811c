/** A radar chart of the current ratings against one level's expectations, as inline SVG. */
import * as l10n from '@vscode/l10n';
import { h, s } from './dom';
import { scaleText } from './format';
import type { ScaleId } from '../panel/messages';
import type { LevelScore, ViewModel } from './model';

const RADIUS = 140;
const LABEL_GAP = 14;
const LINE_CHARS = 20;

interface Point {
  x: number;
  y: number;
}

function pointAt(index: number, count: number, radius: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return { x: Math.round(Math.cos(angle) * radius * 100) / 100, y: Math.round(Math.sin(angle) * radius * 100) / 100 };
}

function polygon(points: Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

/** Splits a label into at most two lines of about LINE_CHARS, with an ellipsis when it is longer. */
export function wrapLabel(text: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > LINE_CHARS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  const clipped = lines.slice(0, 2).map((l) => (l.length > LINE_CHARS + 2 ? `${l.slice(0, LINE_CHARS)}…` : l));
  if (lines.length > 2) clipped[1] = `${clipped[1]!.replace(/…$/, '')}…`;
  return clipped;
}

function axisLabel(name: string, at: Point): SVGTextElement {
  const anchor = at.x > 8 ? 'start' : at.x < -8 ? 'end' : 'middle';
  const lines = wrapLabel(name);
  const lineHeight = 14;
  const firstDy =
    at.y < -8
      ? -(lines.length - 1) * lineHeight
      : at.y > 8
        ? lineHeight * 0.7
        : -((lines.length - 1) * lineHeight) / 2 + 4;
  return s(
    'text',
    { class: 'radar-label', x: at.x, y: at.y, 'text-anchor': anchor },
    s('title', {}, name),
    ...lines.map((line, index) => s('tspan', { x: at.x, dy: index === 0 ? firstDy : lineHeight }, line)),
  );
}

/** The radar; with `consensus` ratings (from the reviews), their shape is drawn over the self-ratings. */
export function radarChart(
  model: ViewModel,
  level: LevelScore | undefined,
  consensus: ReadonlyMap<string, ScaleId | null> = new Map(),
): HTMLElement {
  const section = h('section', { className: 'radar-section', attrs: { 'aria-labelledby': 'radar-heading' } });
  if (!level) return section;
  section.append(h('h2', { attrs: { id: 'radar-heading' }, text: l10n.t('Profile against {0}', level.name) }));
  const expectations = level.expectations.filter((e) => model.position(e.expected) !== undefined);
  if (expectations.length < 3) {
    section.append(
      h('p', { className: 'muted', text: l10n.t('The profile chart needs at least three expected competencies.') }),
    );
    return section;
  }
  const steps = Math.max(model.result.scale.length, 1);
  const radiusOf = (position: number | undefined) => (position === undefined ? 0 : (RADIUS * (position + 1)) / steps);
  const count = expectations.length;

  const rings = Array.from({ length: steps }, (_, step) =>
    s('polygon', {
      class: 'radar-ring',
      points: polygon(expectations.map((_e, i) => pointAt(i, count, (RADIUS * (step + 1)) / steps))),
    }),
  );
  const ringLabels = model.result.scale.map((option, step) =>
    s('text', { class: 'radar-ring-label', x: 5, y: -((RADIUS * (step + 1)) / steps) + 12 }, String(option.id)),
  );
  const axes = expectations.map((e, i) => {
    const end = pointAt(i, count, RADIUS);
    return s('line', { class: 'radar-axis', x1: 0, y1: 0, x2: end.x, y2: end.y, 'data-competency': e.competency });
  });
  const expectedPoints = expectations.map((e, i) => pointAt(i, count, radiusOf(model.position(e.expected))));
  const ratedPoints = expectations.map((e, i) => pointAt(i, count, radiusOf(model.position(e.rated))));
  const markers = expectations.map((e, i) =>
    s(
      'circle',
      { class: `radar-point status-${e.status}`, cx: ratedPoints[i]!.x, cy: ratedPoints[i]!.y, r: 3.5 },
      s(
        'title',
        {},
        l10n.t('{0}: rated {1}, expects {2}', model.competencyName(e.competency), scaleText(e.rated), e.expected),
      ),
    ),
  );
  const withConsensus = expectations.some((e) => consensus.has(e.competency));
  const consensusPoints = expectations.map((e, i) =>
    pointAt(i, count, radiusOf(model.position(consensus.get(e.competency) ?? null))),
  );
  const labels = expectations.map((e, i) =>
    axisLabel(model.competencyName(e.competency), pointAt(i, count, RADIUS + LABEL_GAP)),
  );

  const met = expectations.filter((e) => e.status === 'met').length;
  const description =
    `${l10n.t('{0} of {1} expectations met.', met, count)} ` +
    expectations
      .map((e) =>
        withConsensus
          ? l10n.t(
              '{0}: rated {1}, consensus {2}, expects {3}.',
              model.competencyName(e.competency),
              scaleText(e.rated),
              scaleText(consensus.get(e.competency) ?? null),
              e.expected,
            )
          : l10n.t('{0}: rated {1}, expects {2}.', model.competencyName(e.competency), scaleText(e.rated), e.expected),
      )
      .join(' ');
  const svg = s(
    'svg',
    {
      class: withConsensus ? 'radar with-consensus' : 'radar',
      viewBox: '-280 -195 560 390',
      role: 'img',
      'aria-labelledby': 'radar-title radar-desc',
      'data-level': level.id,
    },
    s('title', { id: 'radar-title' }, l10n.t('Current ratings compared with what {0} expects', level.name)),
    s('desc', { id: 'radar-desc' }, description),
    s('g', { class: 'radar-grid' }, ...rings, ...axes),
    s('polygon', { class: 'radar-rated', points: polygon(ratedPoints) }),
    s('polygon', { class: 'radar-expected', points: polygon(expectedPoints) }),
    withConsensus ? s('polygon', { class: 'radar-consensus', points: polygon(consensusPoints) }) : undefined,
    s('g', { 'aria-hidden': 'true' }, ...ringLabels),
    s('g', {}, ...markers),
    s('g', {}, ...labels),
  );
  const short = expectations.filter((e) => e.status !== 'met');
  const summary = h(
    'div',
    { className: 'radar-summary' },
    h(
      'p',
      { className: 'stat' },
      h('strong', { text: l10n.t('{0} of {1}', met, count) }),
      h('span', { className: 'muted', text: ` ${l10n.t('expectations met for {0}', level.name)}` }),
    ),
    h(
      'ul',
      { className: 'legend radar-legend muted' },
      h(
        'li',
        { className: 'legend-item' },
        h('span', { className: 'swatch swatch-rated', attrs: { 'aria-hidden': 'true' } }),
        ` ${l10n.t('Current rating')}`,
      ),
      h(
        'li',
        { className: 'legend-item' },
        h('span', { className: 'swatch swatch-expected', attrs: { 'aria-hidden': 'true' } }),
        ` ${l10n.t('Expected for {0}', level.name)}`,
      ),
      withConsensus
        ? h(
            'li',
            { className: 'legend-item' },
            h('span', { className: 'swatch swatch-consensus', attrs: { 'aria-hidden': 'true' } }),
            ` ${l10n.t('Reviewers’ consensus')}`,
          )
        : undefined,
    ),
    short.length > 0
      ? h(
          'ul',
          { className: 'radar-gaps' },
          ...short.map((e) =>
            h(
              'li',
              {},
              h('span', { text: model.competencyName(e.competency) }),
              h('span', {
                className: 'muted',
                text:
                  e.status === 'gap'
                    ? ` ${l10n.t('rated {0}, expects {1}', scaleText(e.rated), e.expected)}`
                    : ` ${l10n.t('not rated, expects {0}', e.expected)}`,
              }),
            ),
          ),
        )
      : h('p', { className: 'muted', text: l10n.t('Every rating reaches what this level expects.') }),
  );
  section.append(h('div', { className: 'radar-layout' }, h('div', { className: 'radar-frame' }, svg), summary));
  return section;
}
