import { escapeHtml, shorten, type RatingCell, type TeamLadder } from '../core';

const CELL_W = 30;
const CELL_H = 22;
const LABEL_W = 190;
const HEADER_H = 150;
const LABEL_CHARS = 24;

const STATUS_TEXT: Record<RatingCell['status'], string> = {
  met: 'meets',
  gap: 'below',
  unrated: 'not rated',
  none: 'not expected',
};

/** A label cut to fit its column; the full text goes in a <title>. */
const clip = (text: string, max = LABEL_CHARS): string => shorten(text, max);

/**
 * The people × competencies heat map as inline SVG: each cell is the person's rating, coloured by how it
 * compares with what their compared level (the target, else the closest next level) expects. Every text
 * from a file is escaped; nothing in it runs or loads.
 */
export function heatMapSvg(ladder: TeamLadder): string {
  const names = new Map(ladder.competencies.map((c) => [c.id, c.name] as const));
  const levelNames = new Map(ladder.levels.map((l) => [l.id, l.name] as const));
  const used = new Set(ladder.people.flatMap((m) => m.ratings.map((cell) => cell.competency)));
  const columns = ladder.competencies.filter((c) => used.has(c.id)).map((c) => c.id);
  if (columns.length === 0 || ladder.people.length === 0) return '<p class="muted">No ratings to show.</p>';
  const index = new Map(columns.map((id, i) => [id, i] as const));
  // Room on the right for the last column's slanted label.
  const width = LABEL_W + columns.length * CELL_W + 120;
  const height = HEADER_H + ladder.people.length * CELL_H + 4;

  const headers = columns.map((id, i) => {
    const name = names.get(id) ?? id;
    const x = LABEL_W + i * CELL_W + CELL_W / 2;
    return `<text class="axis-label" transform="translate(${x + 4} ${HEADER_H - 6}) rotate(-55)"><title>${escapeHtml(name)}</title>${escapeHtml(clip(name))}</text>`;
  });
  const rows = ladder.people.map((member, row) => {
    const y = HEADER_H + row * CELL_H;
    const person = member.person || '(no name)';
    const compared = member.compared === null ? 'no next level' : (levelNames.get(member.compared) ?? member.compared);
    const label = `<text x="${LABEL_W - 8}" y="${y + CELL_H / 2 + 4}" text-anchor="end"><title>${escapeHtml(`${person} — compared with ${compared}`)}</title>${escapeHtml(clip(person))}</text>`;
    const cells = member.ratings.map((cell) => {
      const x = LABEL_W + index.get(cell.competency)! * CELL_W;
      const shown = cell.rated === null ? '?' : String(cell.rated);
      const expectation =
        cell.expected === null ? `${compared} does not expect it` : `${compared} expects ${String(cell.expected)}`;
      const title = `${person} — ${names.get(cell.competency) ?? cell.competency}: ${cell.rated === null ? 'not rated' : `rated ${String(cell.rated)}`}; ${expectation} (${STATUS_TEXT[cell.status]})`;
      return `<g><title>${escapeHtml(title)}</title><rect class="${cell.status}" x="${x + 1}" y="${y + 1}" width="${CELL_W - 2}" height="${CELL_H - 2}" rx="3"/><text x="${x + CELL_W / 2}" y="${y + CELL_H / 2 + 4}" text-anchor="middle">${escapeHtml(clip(shown, 4))}</text></g>`;
    });
    return `<g class="row">${label}${cells.join('')}</g>`;
  });
  const summary = `Ratings of ${ladder.people.length} people on ${columns.length} competencies, compared with each person's next or target level`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="heat-map" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(summary)}">
<g>${headers.join('')}</g>
${rows.join('\n')}
</svg>`;
}

/** The heat map's key. */
export function heatMapLegend(): string {
  const swatch = (status: RatingCell['status'], text: string) =>
    `<span class="legend-item"><svg width="16" height="12" aria-hidden="true"><rect class="${status}" x="1" y="1" width="14" height="10" rx="2"/></svg> ${text}</span>`;
  return `<p class="legend muted">${swatch('met', 'meets the next level')} ${swatch('gap', 'below it')} ${swatch('unrated', 'expected, not rated (?)')} ${swatch('none', 'not expected there')}</p>`;
}
