import * as l10n from '@vscode/l10n';
import type { ScaleId } from '../model/types';
import type { ExpectationResult } from '../score/types';
import { escapeHtml } from './escape';
import { shorten } from './shorten';

const RADIUS = 130;

interface Point {
  x: number;
  y: number;
}

function pointAt(index: number, count: number, radius: number): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return { x: Math.round(Math.cos(angle) * radius * 10) / 10, y: Math.round(Math.sin(angle) * radius * 10) / 10 };
}

const points = (list: Point[]) => list.map((p) => `${p.x},${p.y}`).join(' ');

export interface RadarInput {
  levelName: string;
  expectations: readonly ExpectationResult[];
  scale: readonly { id: ScaleId }[];
  competencyName(id: string): string;
}

/**
 * The person's ratings against one level's expectations as an inline SVG radar: one axis per expected
 * competency, one ring per scale entry. Needs three axes; fewer give a sentence instead.
 */
export function radarSvg({ levelName, expectations, scale, competencyName }: RadarInput): string {
  const position = new Map(scale.map((entry, index) => [String(entry.id), index] as const));
  const axes = expectations.filter((e) => position.has(String(e.expected)));
  if (axes.length < 3)
    return `<p class="muted">${escapeHtml(l10n.t('The profile chart needs at least three expected competencies.'))}</p>`;
  const steps = Math.max(scale.length, 1);
  const radiusOf = (id: ScaleId | null) =>
    id === null || !position.has(String(id)) ? 0 : (RADIUS * (position.get(String(id))! + 1)) / steps;
  const rings = scale.map(
    (_entry, step) =>
      `<polygon class="radar-ring" points="${points(axes.map((_e, i) => pointAt(i, axes.length, (RADIUS * (step + 1)) / steps)))}"/>`,
  );
  const ringLabels = scale.map(
    (entry, step) =>
      `<text class="axis-label" x="4" y="${(-(RADIUS * (step + 1)) / steps + 11).toFixed(1)}">${escapeHtml(shorten(String(entry.id), 6))}</text>`,
  );
  const spokes = axes.map((_e, i) => {
    const end = pointAt(i, axes.length, RADIUS);
    return `<line class="radar-axis" x1="0" y1="0" x2="${end.x}" y2="${end.y}"/>`;
  });
  const expected = axes.map((e, i) => pointAt(i, axes.length, radiusOf(e.expected)));
  const rated = axes.map((e, i) => pointAt(i, axes.length, radiusOf(e.rated)));
  const labels = axes.map((e, i) => {
    const at = pointAt(i, axes.length, RADIUS + 14);
    const anchor = at.x > 8 ? 'start' : at.x < -8 ? 'end' : 'middle';
    const dy = at.y > 8 ? 10 : at.y < -8 ? -2 : 4;
    const name = competencyName(e.competency);
    return `<text x="${at.x}" y="${at.y + dy}" text-anchor="${anchor}"><title>${escapeHtml(name)}</title>${escapeHtml(shorten(name, 24))}</text>`;
  });
  const markers = axes.map(
    (e, i) => `<circle class="radar-point ${e.status}" cx="${rated[i]!.x}" cy="${rated[i]!.y}" r="3.5"/>`,
  );
  const description = axes
    .map(
      (e) =>
        `${competencyName(e.competency)}: ${
          e.rated === null
            ? l10n.t('rated not rated, expects {0}', String(e.expected))
            : l10n.t('rated {0}, expects {1}', String(e.rated), String(e.expected))
        }`,
    )
    .join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="radar" width="620" height="400" viewBox="-310 -195 620 400" role="img" aria-label="${escapeHtml(`${l10n.t('Ratings against what {0} expects.', levelName)} ${description}`)}">
<g>${rings.join('')}${spokes.join('')}</g>
<polygon class="radar-expected" points="${points(expected)}"/>
<polygon class="radar-rated" points="${points(rated)}"/>
<g>${markers.join('')}</g>
<g aria-hidden="true">${ringLabels.join('')}</g>
<g>${labels.join('')}</g>
</svg>`;
}
