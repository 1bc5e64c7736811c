import { escapeHtml, formatReadiness, htmlPage, LEVEL_STATUS_LABEL, type TeamLadder, type TeamReport } from '../core';
import { heatMapLegend, heatMapSvg } from './teamHeatMap';
import type { TeamView } from './teamJson';
import { pipelineSvg } from './teamPipelineChart';
import { VERSION } from './usage';

const CSS = `
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 0.85rem; }
.legend-item { display: inline-flex; align-items: center; gap: 4px; }
.legend-item svg { display: inline; }
.ladder + .ladder { break-before: page; }
.people th[scope=row] { color: var(--fg); }
.file { font-weight: normal; font-size: 0.8rem; }
.file code { background: none; padding: 0; color: var(--muted); }
.not-counted { color: var(--muted); font-size: 0.85rem; font-weight: normal; }
.focus { display: flex; flex-wrap: wrap; gap: 4px 10px; }
.problems li { margin: 2px 0; }
`;

const e = escapeHtml;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function peopleTable(ladder: TeamLadder, view: TeamView): string {
  const levelNames = new Map(ladder.levels.map((level) => [level.id, level.name] as const));
  const rows = ladder.people.map((member) => {
    const file = view.file(member.uri);
    const focus = member.focus
      .map(
        (v) =>
          `<span>${e(levelNames.get(v.level) ?? v.level)}${v.target ? ' <span class="muted">(target)</span>' : ''} <span class="chip ${v.status}">${LEVEL_STATUS_LABEL[v.status]}</span> ${formatReadiness(v.readiness)}</span>`,
      )
      .join('');
    const note = member.counted ? '' : '<div class="not-counted">An older file of this person: not counted.</div>';
    const fileLine = file === null ? '' : `<div class="file"><code>${e(file)}</code></div>`;
    return `<tr><th scope="row">${e(member.person || '(no name)')}${fileLine}${note}</th><td>${member.level === null ? '—' : e(levelNames.get(member.level) ?? member.level)}</td><td><div class="focus">${focus || '<span class="muted">No next or target level</span>'}</div></td></tr>`;
  });
  return `<table class="people"><thead><tr><th scope="col">Person</th><th scope="col">Current level</th><th scope="col">Next and target levels</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function competencyTable(ladder: TeamLadder): string {
  const head = ladder.scale
    .map(
      (entry) =>
        `<th scope="col" class="num"${entry.name ? ` title="${e(entry.name)}"` : ''}>${e(String(entry.id))}</th>`,
    )
    .join('');
  const rows = ladder.competencies.map((c) => {
    const flag = c.flags.includes('single-point')
      ? `<span class="chip flag">Single point</span> <span class="muted">${c.atOrAbove} at ${e(String(c.highest))} or higher</span>`
      : '';
    return `<tr><th scope="row">${e(c.name)} <code>${e(c.id)}</code></th>${c.counts.map((count) => `<td class="num">${count.count}</td>`).join('')}<td class="num">${c.unrated}</td><td>${flag}</td></tr>`;
  });
  return `<table class="competencies"><thead><tr><th scope="col">Competency</th>${head}<th scope="col" class="num">Unrated</th><th scope="col">Flag</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function ladderSection(ladder: TeamLadder, view: TeamView): string {
  const file = view.file(ladder.uri);
  const notScored =
    ladder.notScored > 0 ? ` · ${plural(ladder.notScored, 'assessment')} not scored (see the files with errors)` : '';
  const parts = [
    `<section class="ladder">`,
    `<h2>${e(ladder.name || ladder.id)} <code>${e(ladder.id)}</code></h2>`,
    `<p class="muted">${file === null ? '' : `<code>${e(file)}</code> · `}${plural(ladder.people.length, 'person', 'people')} scored${notScored}</p>`,
  ];
  if (ladder.people.length > 0) {
    parts.push('<h3>People</h3>', peopleTable(ladder, view));
    parts.push(
      '<h3>Ratings against the next level</h3>',
      heatMapLegend(),
      `<div class="chart keep">${heatMapSvg(ladder)}</div>`,
    );
  }
  parts.push(
    '<h3>Pipeline</h3>',
    '<p class="muted">People who have the level as a next or target level.</p>',
    `<div class="chart keep">${pipelineSvg(ladder)}</div>`,
  );
  if (ladder.competencies.length > 0) {
    parts.push(
      '<h3>Ratings per competency</h3>',
      '<p class="muted">People rated at each scale id. A single point: at most one person reaches the highest rating any level expects.</p>',
      competencyTable(ladder),
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

function problemsSection(report: TeamReport, view: TeamView): string {
  if (report.problems.length === 0) return '';
  const items = report.problems.flatMap((problem) => {
    const file = view.file(problem.uri);
    const label = file !== null ? `<code>${e(file)}</code>` : e(problem.alias ?? '');
    return problem.errors.map(
      (error) =>
        `<li>${label}, line ${error.line + 1}, column ${error.character + 1}: ${e(error.message)} <code>${e(error.code)}</code></li>`,
    );
  });
  return `<section><h2>Files with errors</h2><p class="muted">Their assessments are not scored.</p><ul class="problems">${items.join('')}</ul></section>`;
}

function duplicatesSection(report: TeamReport, view: TeamView): string {
  if (report.duplicates.length === 0) return '';
  const items = report.duplicates.map((duplicate) => {
    const files = duplicate.uris.map((uri) => view.file(uri)).filter((path): path is string => path !== null);
    return `<li>${e(duplicate.person)}: ${files.length > 0 ? files.map((path) => `<code>${e(path)}</code>`).join(', ') : plural(duplicate.uris.length, 'file')}</li>`;
  });
  return `<section><h2>Same person in several files</h2><p class="muted">Only the newest file of each person counts.</p><ul>${items.join('')}</ul></section>`;
}

/**
 * The team report as one HTML page: inline CSS and SVG, no script, nothing fetched from elsewhere (its
 * policy forbids both), light and dark, printable. Every string from a file is escaped by escapeHtml.
 */
export function teamToHtml(report: TeamReport, view: TeamView): string {
  const body = [
    '<header>',
    '<p class="eyebrow">Team report</p>',
    `<h1>${report.ladders.length === 1 ? e(report.ladders[0]!.name || report.ladders[0]!.id) : 'Career ladders'}</h1>`,
    `<p class="muted">${plural(report.assessments, 'assessment')} · ${plural(report.ladders.length, 'ladder')}${view.anonymized ? ' · anonymized' : ''}</p>`,
    '</header>',
    ...report.ladders.map((ladder) => ladderSection(ladder, view)),
    problemsSection(report, view),
    duplicatesSection(report, view),
    `<footer>Written by ladder ${e(VERSION)}.</footer>`,
  ];
  return htmlPage({ title: 'Team report', css: CSS, body: body.filter(Boolean).join('\n') });
}
