import { formatReadiness, LEVEL_STATUS_LABEL, markdownText, type TeamLadder, type TeamReport } from '../core';
import type { TeamView } from './teamJson';

const { cell, code, inline, table } = markdownText;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function peopleTable(ladder: TeamLadder, view: TeamView): string[] {
  const levelNames = new Map(ladder.levels.map((level) => [level.id, level.name] as const));
  const levelOf = (id: string | null) => (id === null ? '—' : cell(levelNames.get(id) ?? id));
  const rows = ladder.people.map((member) => {
    const file = view.file(member.uri);
    const focus = member.focus
      .map(
        (v) =>
          `${inline(levelNames.get(v.level) ?? v.level)}${v.target ? ' (target)' : ''}: **${LEVEL_STATUS_LABEL[v.status]}** ${formatReadiness(v.readiness)}`,
      )
      .join('<br>');
    const person = `${cell(member.person || '(no name)')}${member.counted ? '' : ' (older file, not counted)'}`;
    return [
      person,
      ...(view.anonymized ? [] : [file === null ? ' ' : code(file)]),
      levelOf(member.level),
      focus || '—',
    ];
  });
  return table(['Person', ...(view.anonymized ? [] : ['File']), 'Level', 'Next and target levels'], rows);
}

function pipelineTable(ladder: TeamLadder): string[] {
  const rows = ladder.levels.map((level) => [
    `${cell(level.name)} (${code(level.id)})`,
    String(level.rank),
    String(level.candidates),
    String(level.eligible),
    String(level.incomplete),
    String(level.notYet),
  ]);
  return table(['Level', 'Rank', 'Next or target for', 'Eligible', 'Incomplete', 'Not yet'], rows);
}

function competencyTable(ladder: TeamLadder): string[] {
  const rows = ladder.competencies.map((c) => [
    `${cell(c.name)} (${code(c.id)})`,
    ...c.counts.map((count) => String(count.count)),
    String(c.unrated),
    c.flags.includes('single-point') ? `⚠ single point (${c.atOrAbove} at ${cell(String(c.highest))} or higher)` : ' ',
  ]);
  return table(['Competency', ...ladder.scale.map((entry) => cell(String(entry.id))), 'Unrated', 'Flag'], rows);
}

function ladderSection(ladder: TeamLadder, view: TeamView): string[] {
  const title =
    ladder.name && ladder.name !== ladder.id
      ? `${inline(ladder.name)} (${code(ladder.id)})`
      : code(ladder.id || ladder.name);
  const file = view.file(ladder.uri);
  const notScored =
    ladder.notScored > 0 ? `; ${plural(ladder.notScored, 'assessment')} not scored (see the files with errors)` : '';
  const lines = [
    `## ${title}`,
    '',
    `${file === null ? '' : `${code(file)}: `}${plural(ladder.people.length, 'person', 'people')} scored${notScored}.`,
    '',
  ];
  if (ladder.people.length > 0) lines.push('### People', '', ...peopleTable(ladder, view), '');
  lines.push(
    '### Pipeline',
    '',
    'People who have the level as a next or target level, by status.',
    '',
    ...pipelineTable(ladder),
    '',
  );
  if (ladder.competencies.length > 0)
    lines.push(
      '### Ratings',
      '',
      'People rated at each scale id. A single point: at most one person reaches the highest rating any level expects.',
      '',
      ...competencyTable(ladder),
      '',
    );
  return lines;
}

/** The team report as Markdown (for a wiki page or a pull-request comment); every text from a file is escaped. */
export function teamToMarkdown(report: TeamReport, view: TeamView): string {
  const lines = [
    '# Team report',
    '',
    `${plural(report.assessments, 'assessment')}, ${plural(report.ladders.length, 'ladder')}.`,
    '',
  ];
  for (const ladder of report.ladders) lines.push(...ladderSection(ladder, view));
  if (report.problems.length > 0) {
    lines.push('## Files with errors', '', 'Their assessments are not scored.', '');
    for (const problem of report.problems) {
      const file = view.file(problem.uri);
      const label = file !== null ? code(file) : inline(problem.alias ?? '');
      for (const error of problem.errors)
        lines.push(
          `- ${label}, line ${error.line + 1}, column ${error.character + 1}: ${inline(error.message)} ${code(error.code)}`,
        );
    }
    lines.push('');
  }
  if (report.duplicates.length > 0) {
    lines.push('## Same person in several files', '', 'Only the newest file of each person counts.', '');
    for (const duplicate of report.duplicates) {
      const files = duplicate.uris.map((uri) => view.file(uri)).filter((path): path is string => path !== null);
      lines.push(
        `- ${inline(duplicate.person)}: ${files.length > 0 ? files.map(code).join(', ') : plural(duplicate.uris.length, 'file')}`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
