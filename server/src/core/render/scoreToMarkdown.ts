import type { LevelScore, RequirementResult, ScoreReport } from '../score/types';
import { focusFirst, formatReadiness, LEVEL_STATUS_LABEL, RESULT_MARK, satisfiedCount } from './labels';
import { cell, code, inline, named, table } from './markdownText';

export interface ScoreMarkdownOptions {
  /** Level ids the person cares about first (the current level's `next`, then `target`); listed first and starred. */
  focus?: readonly string[];
  /** The ladder's display name; the report falls back to its id. */
  ladderName?: string;
  /** Display names by id, when known. */
  competencyNames?: ReadonlyMap<string, string>;
  trackNames?: ReadonlyMap<string, string>;
  levelNames?: ReadonlyMap<string, string>;
}

const FOCUS_MARK = '★';

function requirementRows(result: RequirementResult, depth: number): string[][] {
  const indent = depth === 0 ? '' : `${'\u00a0\u00a0'.repeat(depth)}↳ `;
  const label = result.id ? code(result.id) : code(result.type);
  const description = result.description ? ` — ${inline(result.description)}` : '';
  const row = [
    `${indent}${label}${description}`,
    `${RESULT_MARK[result.status]} ${result.status}`,
    cell(result.detail),
  ];
  return [row, ...(result.children ?? []).flatMap((child) => requirementRows(child, depth + 1))];
}

function levelSection(level: LevelScore, focused: boolean, options: ScoreMarkdownOptions): string[] {
  const { satisfied, total } = satisfiedCount(level);
  const track = options.trackNames?.get(level.track) ?? level.track;
  const lines = [
    `## ${focused ? `${FOCUS_MARK} ` : ''}${named(level.name, level.id)}`,
    '',
    `**${LEVEL_STATUS_LABEL[level.status]}** · readiness ${formatReadiness(level.readiness)} (${satisfied} of ${total}) · ${inline(track || 'no track')}, rank ${level.rank}`,
    '',
  ];
  if (level.expectations.length > 0) {
    const rows = level.expectations.map((expectation) => [
      named(options.competencyNames?.get(expectation.competency), expectation.competency),
      cell(String(expectation.expected)),
      expectation.rated === null ? '—' : cell(String(expectation.rated)),
      `${RESULT_MARK[expectation.status]} ${expectation.status}`,
    ]);
    lines.push(...table(['Competency', 'Expected', 'Rated', 'Result'], rows), '');
  }
  if (level.requirements.length > 0) {
    lines.push(
      ...table(
        ['Requirement', 'Result', 'Detail'],
        level.requirements.flatMap((requirement) => requirementRows(requirement, 0)),
      ),
      '',
    );
  }
  if (total === 0) lines.push('This level has no expectations or requirements.', '');
  return lines;
}

/** A score report as Markdown: a summary table, then one section per level (focus levels first). */
export function scoreToMarkdown(report: ScoreReport, options: ScoreMarkdownOptions = {}): string {
  const focus = options.focus ?? [];
  const levels = focusFirst(report.levels, focus);
  const ladder = options.ladderName ? `${inline(options.ladderName)} (${code(report.ladder)})` : code(report.ladder);
  const lines = [
    `# ${inline(report.person || 'Self-assessment')}`,
    '',
    `- **Ladder:** ${ladder}`,
    `- **Current level:** ${report.level ? named(options.levelNames?.get(report.level), report.level) : '—'}`,
    `- **As of:** ${report.asOf}`,
    '',
  ];
  if (levels.length > 0) {
    const rows = levels.map((level) => [
      `${focus.includes(level.id) ? `${FOCUS_MARK} ` : ''}${named(level.name, level.id)}`,
      cell(options.trackNames?.get(level.track) ?? level.track),
      String(level.rank),
      LEVEL_STATUS_LABEL[level.status],
      formatReadiness(level.readiness),
    ]);
    lines.push('## Summary', '', ...table(['Level', 'Track', 'Rank', 'Status', 'Readiness'], rows), '');
    if (levels.some((level) => focus.includes(level.id)))
      lines.push(`${FOCUS_MARK} a next step from the current level, or the target.`, '');
  }
  for (const level of levels) lines.push(...levelSection(level, focus.includes(level.id), options));
  return `${lines.join('\n').trimEnd()}\n`;
}
