import { formatReadiness, LEVEL_STATUS_LABEL, type FocusVerdict, type TeamLadder, type TeamReport } from '../core';
import { createStyle, type Style } from './style';
import type { TeamView } from './teamJson';

/** Columns are padded up to this width; a longer name runs over rather than widening every row. */
const MAX_COLUMN = 32;

/** Text from a file on one line: a line break in a name cannot start a line of its own. */
function flat(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

function pad(text: string, width: number): string {
  return text.padEnd(Math.min(width, MAX_COLUMN));
}

function widest(texts: readonly string[]): number {
  return Math.max(0, ...texts.map((text) => text.length));
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function paintStatus(verdict: FocusVerdict, style: Style): string {
  const label = LEVEL_STATUS_LABEL[verdict.status].toLowerCase();
  return verdict.status === 'eligible'
    ? style.green(label)
    : verdict.status === 'not-yet'
      ? style.red(label)
      : style.yellow(label);
}

function peopleLines(ladder: TeamLadder, style: Style): string[] {
  const levelNames = new Map(ladder.levels.map((level) => [level.id, level.name] as const));
  const levelOf = (id: string | null) => (id === null ? '—' : flat(levelNames.get(id) ?? id));
  const personOf = (name: string) => flat(name) || '(no name)';
  const nameWidth = widest(ladder.people.map((m) => personOf(m.person)));
  const levelWidth = widest(ladder.people.map((m) => levelOf(m.level)));
  return ladder.people.map((member) => {
    const focus =
      member.focus
        .map(
          (v) =>
            `${levelOf(v.level)}${v.target ? ' (target)' : ''}: ${paintStatus(v, style)} ${formatReadiness(v.readiness)}`,
        )
        .join('; ') || style.dim('no next or target level');
    const note = member.counted ? '' : style.dim('  [an older file of this person: not counted]');
    return `  ${pad(personOf(member.person), nameWidth)}  ${pad(levelOf(member.level), levelWidth)}  ${focus}${note}`;
  });
}

function pipelineLines(ladder: TeamLadder): string[] {
  const nameWidth = widest(ladder.levels.map((level) => flat(level.name)));
  const rankWidth = widest(ladder.levels.map((level) => String(level.rank)));
  return ladder.levels.map((level) => {
    const counts =
      level.candidates === 0
        ? '0'
        : `${level.candidates}: ${level.eligible} eligible, ${level.incomplete} incomplete, ${level.notYet} not yet`;
    return `  ${pad(flat(level.name), nameWidth)}  rank ${String(level.rank).padStart(rankWidth)}  ${counts}`;
  });
}

function competencyLines(ladder: TeamLadder, style: Style): string[] {
  // The counts first, so that they line up whatever the length of the names.
  const columns = ladder.scale.map((entry, index) =>
    Math.max(flat(String(entry.id)).length, widest(ladder.competencies.map((c) => String(c.counts[index]!.count)))),
  );
  const unratedWidth = Math.max('unrated'.length, widest(ladder.competencies.map((c) => String(c.unrated))));
  const header = `  ${ladder.scale.map((entry, i) => flat(String(entry.id)).padStart(columns[i]!)).join('  ')}  ${'unrated'.padStart(unratedWidth)}  competency`;
  const rows = ladder.competencies.map((c) => {
    const counts = c.counts.map((count, i) => String(count.count).padStart(columns[i]!)).join('  ');
    const reached = c.atOrAbove === 0 ? 'nobody' : 'only 1';
    const flag = c.flags.includes('single-point')
      ? `  ${style.yellow(`single point: ${reached} rated ${flat(String(c.highest))} or higher`)}`
      : '';
    return `  ${counts}  ${String(c.unrated).padStart(unratedWidth)}  ${flat(c.name)}${flag}`;
  });
  return [header, ...rows];
}

function ladderLines(ladder: TeamLadder, view: TeamView, style: Style): string[] {
  const title = flat(
    ladder.name && ladder.name !== ladder.id ? `${ladder.name} (${ladder.id})` : ladder.id || ladder.name,
  );
  const scored = plural(ladder.people.length, 'person', 'people');
  const notScored =
    ladder.notScored > 0 ? `, ${plural(ladder.notScored, 'assessment')} not scored (see the files with errors)` : '';
  const lines = [
    style.bold(title) + style.dim(` — ${flat(view.file(ladder.uri) ?? '')}`),
    `${scored} scored${notScored}`,
  ];
  if (ladder.people.length > 0) lines.push('', style.bold('People'), ...peopleLines(ladder, style));
  lines.push(
    '',
    style.bold('Pipeline') + style.dim(': people with the level as a next or target level'),
    ...pipelineLines(ladder),
  );
  if (ladder.competencies.length > 0)
    lines.push('', style.bold('Ratings') + style.dim(': people at each scale id'), ...competencyLines(ladder, style));
  return lines;
}

/** The terminal report of `ladder team`: per ladder its people, pipeline and ratings; then the files with errors and the duplicates. */
export function teamToText(report: TeamReport, view: TeamView): string {
  const style = view.style ?? createStyle(false);
  const lines = [
    `Team report: ${plural(report.assessments, 'assessment')}, ${plural(report.ladders.length, 'ladder')}`,
  ];
  for (const ladder of report.ladders) lines.push('', ...ladderLines(ladder, view, style));
  if (report.problems.length > 0) {
    lines.push('', style.bold('Files with errors') + style.dim(': their assessments are not scored'));
    for (const problem of report.problems) {
      const label = flat(view.file(problem.uri) ?? problem.alias ?? '');
      for (const error of problem.errors)
        lines.push(
          `  ${label}:${error.line + 1}:${error.character + 1}: ${style.red('error')}: ${flat(error.message)} ${style.dim(`[${error.code}]`)}`,
        );
    }
  }
  if (report.duplicates.length > 0) {
    lines.push('', style.bold('Same person in several files') + style.dim(': only the newest file counts'));
    for (const duplicate of report.duplicates) {
      const files = duplicate.uris.map((uri) => view.file(uri)).filter((path): path is string => path !== null);
      lines.push(
        `  ${flat(duplicate.person)}: ${files.length > 0 ? files.map(flat).join(', ') : plural(duplicate.uris.length, 'file')}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
