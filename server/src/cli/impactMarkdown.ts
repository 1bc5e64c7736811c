import { changeReasons, markdownText, verdictText } from '../core';
import { impactCounts, type ImpactReport } from './impactJson';

const { cell, code, inline, table } = markdownText;

/** A hidden marker that lets a CI job find and update its earlier comment on a pull request. */
export const IMPACT_MARKER = '<!-- ladder-impact -->';

const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

/**
 * `--format markdown`, written for a pull-request comment: a summary, a table of the changed levels
 * (person, file, level, before, after), then what changed for each, folded, and the files with errors.
 */
export function impactToMarkdown(report: ImpactReport): string {
  const counts = impactCounts(report);
  const summary =
    counts.levels === 0
      ? `No verdict changes for the ${plural(counts.compared, 'assessment')} compared.`
      : `**${plural(counts.levels, 'level')}** change for **${plural(counts.people, 'person', 'people')}** (of ${plural(counts.compared, 'assessment')} compared).`;
  const lines = [
    IMPACT_MARKER,
    '## Ladder impact',
    '',
    `Compared with ${code(report.base)} (${code(report.commit.slice(0, 12))}): ${summary}`,
  ];
  const changed = report.impacts.filter((impact) => impact.changes.length > 0);
  if (changed.length > 0) {
    const rows = changed.flatMap((impact) =>
      impact.changes.map((change) => [
        cell(impact.person),
        code(report.file(impact.uri)),
        `${change.name && change.name !== change.level ? `${cell(change.name)} ` : ''}${code(change.level)}`,
        cell(verdictText(change.before, 'new')),
        cell(verdictText(change.after, 'removed')),
      ]),
    );
    lines.push('', ...table(['Person', 'File', 'Level', 'Before', 'After'], rows));
    for (const impact of changed) {
      const reasons = impact.changes.flatMap((change) =>
        changeReasons(change).map((reason) => `- ${code(change.level)}: ${inline(reason)}`),
      );
      const note = impact.baseProblem ? [`- ${inline(`At ${report.base}: ${impact.baseProblem}`)}`] : [];
      if (reasons.length + note.length === 0) continue;
      lines.push(
        '',
        '<details>',
        `<summary>What changed for ${inline(impact.person)}</summary>`,
        '',
        ...note,
        ...reasons,
        '',
        '</details>',
      );
    }
  }
  if (report.problems.length > 0) {
    lines.push('', `### Not compared: ${plural(report.problems.length, 'error')}`, '');
    for (const problem of report.problems)
      lines.push(
        `- ${code(`${problem.file}:${problem.line}:${problem.column}`)} ${inline(problem.message)} (${code(problem.code)})`,
      );
  }
  return `${lines.join('\n')}\n`;
}
