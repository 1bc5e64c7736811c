import { escapeHtml, shorten, type TeamLadder } from '../core';

const LABEL_W = 200;
const BAR_W = 420;
const ROW_H = 26;

const SEGMENTS = [
  ['eligible', 'eligible', 'bar-eligible'],
  ['incomplete', 'incomplete', 'bar-incomplete'],
  ['notYet', 'not yet', 'bar-not-yet'],
] as const;

/** Each level's pipeline as a stacked bar: eligible, incomplete and not-yet people who have it in focus. */
export function pipelineSvg(ladder: TeamLadder): string {
  const most = Math.max(1, ...ladder.levels.map((level) => level.candidates));
  const height = ladder.levels.length * ROW_H + 8;
  const width = LABEL_W + BAR_W + 260;
  const rows = ladder.levels.map((level, row) => {
    const y = row * ROW_H + 4;
    let x = LABEL_W;
    const bars = SEGMENTS.filter(([key]) => level[key] > 0).map(([key, label, className]) => {
      const w = (level[key] / most) * BAR_W;
      const bar = `<rect class="${className}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW_H - 8}"><title>${escapeHtml(`${level.name}: ${level[key]} ${label}`)}</title></rect>`;
      x += w;
      return bar;
    });
    const counts =
      level.candidates === 0
        ? 'none'
        : `${level.candidates}: ${level.eligible} eligible · ${level.incomplete} incomplete · ${level.notYet} not yet`;
    return (
      `<g><text x="${LABEL_W - 10}" y="${y + ROW_H / 2 + 3}" text-anchor="end"><title>${escapeHtml(`${level.name} (${level.id}), rank ${level.rank}`)}</title>${escapeHtml(shorten(level.name, 28))}</text>` +
      `<rect class="track" x="${LABEL_W}" y="${y + 3}" width="${BAR_W}" height="${ROW_H - 8}" rx="2"/>${bars.join('')}` +
      `<text class="axis-label" x="${LABEL_W + BAR_W + 10}" y="${y + ROW_H / 2 + 3}">${counts}</text></g>`
    );
  });
  const summary = ladder.levels
    .map(
      (level) =>
        `${level.name}: ${level.candidates} (${level.eligible} eligible, ${level.incomplete} incomplete, ${level.notYet} not yet)`,
    )
    .join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="pipeline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(`Pipeline per level. ${summary}`)}">
${rows.join('\n')}
</svg>`;
}
