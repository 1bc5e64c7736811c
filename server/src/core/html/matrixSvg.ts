import * as l10n from '@vscode/l10n';
import type { ScaleId } from '../model/types';
import { resultLabel } from '../render/labels';
import type { LevelScore } from '../score/types';
import { escapeHtml } from './escape';
import { shorten } from './shorten';
import { formatNumber } from '../text/numbers';

const LABEL_W = 210;
const RATED_W = 56;
const COL_W = 64;
const ROW_H = 24;
const HEADER_H = 110;

export interface MatrixInput {
  levels: readonly LevelScore[];
  /** The level to outline (the packet's). */
  highlight: string;
  competencyName(id: string): string;
}

/**
 * Competencies × levels as inline SVG: what each level expects, coloured by whether the person's rating
 * meets it, with the person's ratings in the first column.
 */
export function matrixSvg({ levels, highlight, competencyName }: MatrixInput): string {
  const rows: string[] = [];
  const rated = new Map<string, ScaleId | null>();
  for (const level of levels) {
    for (const expectation of level.expectations) {
      if (rated.has(expectation.competency)) continue;
      rows.push(expectation.competency);
      rated.set(expectation.competency, expectation.rated);
    }
  }
  if (rows.length === 0)
    return `<p class="muted">${escapeHtml(l10n.t('No level of this ladder sets expectations.'))}</p>`;
  const width = LABEL_W + RATED_W + levels.length * COL_W + 70;
  const height = HEADER_H + rows.length * ROW_H + 6;
  const x0 = LABEL_W + RATED_W;
  const headers = [
    `<text class="axis-label" x="${LABEL_W + RATED_W / 2}" y="${HEADER_H - 8}" text-anchor="middle">${escapeHtml(l10n.t('Rated'))}</text>`,
    ...levels.map((level, i) => {
      const x = x0 + i * COL_W + COL_W / 2;
      const strong = level.id === highlight ? ' font-weight="700"' : '';
      return `<text class="axis-label"${strong} transform="translate(${x + 4} ${HEADER_H - 8}) rotate(-40)"><title>${escapeHtml(level.name)}</title>${escapeHtml(shorten(level.name, 18))}</text>`;
    }),
  ];
  const body = rows.map((competency, row) => {
    const y = HEADER_H + row * ROW_H;
    const mid = y + ROW_H / 2 + 4;
    const rating = rated.get(competency) ?? null;
    const name = competencyName(competency);
    const cells = levels.map((level, i) => {
      const x = x0 + i * COL_W;
      const expectation = level.expectations.find((e) => e.competency === competency);
      if (!expectation) return `<text class="axis-label" x="${x + COL_W / 2}" y="${mid}" text-anchor="middle">·</text>`;
      const title =
        rating === null
          ? l10n.t(
              '{0} expects {1}; rated not rated: {2}',
              level.name,
              String(expectation.expected),
              resultLabel(expectation.status),
            )
          : l10n.t(
              '{0} expects {1}; rated {2}: {3}',
              level.name,
              String(expectation.expected),
              String(rating),
              resultLabel(expectation.status),
            );
      return `<g><title>${escapeHtml(title)}</title><rect class="${expectation.status}" x="${x + 3}" y="${y + 2}" width="${COL_W - 6}" height="${ROW_H - 4}" rx="3"/><text x="${x + COL_W / 2}" y="${mid}" text-anchor="middle">${escapeHtml(shorten(String(expectation.expected), 6))}</text></g>`;
    });
    return `<g><text x="${LABEL_W - 8}" y="${mid}" text-anchor="end"><title>${escapeHtml(name)}</title>${escapeHtml(shorten(name, 30))}</text><text x="${LABEL_W + RATED_W / 2}" y="${mid}" text-anchor="middle" font-weight="700">${escapeHtml(rating === null ? '—' : shorten(String(rating), 6))}</text>${cells.join('')}</g>`;
  });
  const column = levels.findIndex((level) => level.id === highlight);
  const outline =
    column < 0
      ? ''
      : `<rect class="highlight" x="${x0 + column * COL_W + 1}" y="${HEADER_H - 2}" width="${COL_W - 2}" height="${rows.length * ROW_H + 4}" rx="4"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="matrix" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(l10n.t('What each level expects of each competency, compared with the ratings ({0} competencies, {1} levels)', formatNumber(rows.length), formatNumber(levels.length)))}">
<g>${headers.join('')}</g>
${body.join('\n')}
${outline}
</svg>`;
}
