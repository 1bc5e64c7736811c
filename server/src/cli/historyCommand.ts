import { createLadderService, markdownText, verdictText, type LevelVerdict } from '../core';
import { pathToUri } from '../node/fileUris';
import { assessmentHistory, type TimelineEntry } from '../node/assessmentHistory';
import { UsageError, type ReportFormat } from './args';
import { gitCommandRoots, gitDiskHost } from './gitDiskHost';
import { problemsToText } from './formatProblems';
import { existingPath, repositoryOf, requireInside } from './gitContext';
import type { CliIo } from './io';
import { displayPath, scoreErrorProblems, sortProblems, type Problem } from './problems';
import { createStyle, type Style } from './style';

export interface HistoryRequest {
  assessment: string;
  format: ReportFormat;
}

interface History {
  person: string;
  file: string;
  timeline: TimelineEntry[];
  problems: Problem[];
}

const levelText = (level: LevelVerdict) => `${level.name}: ${verdictText(level, '')}`;
const day = (date: string) => date.slice(0, 10);

function historyToText(history: History, style: Style): string {
  if (history.timeline.length === 0) return `No commit has ${history.file} yet.\n`;
  const lines = [`History of ${style.bold(history.person)} (${history.file}), oldest first:`];
  for (const entry of history.timeline) {
    const verdicts =
      entry.problem !== undefined
        ? style.dim(`not scored: ${entry.problem}`)
        : entry.levels.length === 0
          ? style.dim('no next or target level')
          : entry.levels.map(levelText).join(', ');
    lines.push(`${day(entry.date)}  ${entry.commit.slice(0, 12)}  ${verdicts}  ${style.dim(`— ${entry.subject}`)}`);
  }
  return `${lines.join('\n')}\n`;
}

function historyToJson(history: History): string {
  const commits = history.timeline.map((entry) => ({
    commit: entry.commit,
    date: entry.date,
    subject: entry.subject,
    path: entry.path,
    levels: entry.levels,
    ...(entry.problem !== undefined ? { problem: entry.problem } : {}),
  }));
  return `${JSON.stringify({ person: history.person, file: history.file, commits, problems: history.problems }, null, 2)}\n`;
}

function historyToMarkdown(history: History): string {
  const { cell, code, inline, table } = markdownText;
  const lines = [`## History of ${inline(history.person)}`, '', `${code(history.file)}, oldest first.`];
  if (history.timeline.length === 0) return `${[...lines, '', 'No commit has this assessment yet.'].join('\n')}\n`;
  // One column per level that is a next or target level at some point, in order of appearance.
  const columns = new Map<string, string>();
  for (const entry of history.timeline)
    for (const level of entry.levels) if (!columns.has(level.level)) columns.set(level.level, level.name);
  const rows = history.timeline.map((entry) => [
    day(entry.date),
    code(entry.commit.slice(0, 12)),
    cell(entry.subject),
    ...[...columns.keys()].map((id) => {
      const level = entry.levels.find((l) => l.level === id);
      return level
        ? cell(verdictText(level, ''))
        : entry.problem !== undefined
          ? cell(`not scored: ${entry.problem}`)
          : '—';
    }),
  ]);
  lines.push(
    '',
    ...table(
      [
        'Date',
        'Commit',
        'Change',
        ...[...columns].map(([id, name]) => (name === id ? code(id) : `${cell(name)} ${code(id)}`)),
      ],
      rows,
    ),
  );
  if (history.problems.length > 0) {
    lines.push('', `### Errors now`, '');
    for (const problem of history.problems)
      lines.push(
        `- ${code(`${problem.file}:${problem.line}:${problem.column}`)} ${inline(problem.message)} (${code(problem.code)})`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `ladder history ASSESSMENT`: the verdicts on the next and target levels at each commit that changed
 * the assessment or its ladder files, oldest first. Returns 0, or 1 when the assessment or its ladder
 * has errors now (the timeline is printed all the same). Throws UsageError or EnvironmentError (exit 2).
 */
export async function runHistory(request: HistoryRequest, io: CliIo): Promise<number> {
  const located = existingPath(request.assessment, io.cwd, 'history');
  if (located.isDirectory)
    throw new UsageError(`'${request.assessment}' is a directory; history takes one self-assessment file`, 'history');
  const repository = await repositoryOf(located.path, false, request.assessment);
  requireInside(repository, located.path, request.assessment);
  const uri = pathToUri(located.path);
  const disk = gitDiskHost(gitCommandRoots(repository, [request.assessment], io.cwd));
  const now = createLadderService({ host: disk }).workspace;
  const kind = now.kindOf(uri);
  if (kind !== undefined && kind !== 'SelfAssessment')
    throw new UsageError(`'${request.assessment}' is a ${kind} file; history takes a SelfAssessment file`, 'history');

  const timeline = await assessmentHistory(repository, located.path, disk);
  const problems = sortProblems(scoreErrorProblems(now, now.score(uri).errors, io.cwd));
  const file = displayPath(located.path, io.cwd);
  const history: History = { person: now.assessment(uri)?.person ?? file, file, timeline, problems };
  const style = createStyle(io.color);
  if (request.format === 'json') io.out(historyToJson(history));
  else if (request.format === 'markdown') io.out(historyToMarkdown(history));
  else io.out(`${problemsToText(problems, style)}${historyToText(history, style)}`);
  if (problems.length === 0) return 0;
  io.err(`ladder: ${request.assessment} or its ladder has errors now\n`);
  return 1;
}
