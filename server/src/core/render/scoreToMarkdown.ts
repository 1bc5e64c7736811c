import * as l10n from '@vscode/l10n';
import type { LevelScore, RequirementResult, ScoreReport } from '../score/types';
import { focusFirst, formatReadiness, LEVEL_STATUS_LABEL, RESULT_MARK, resultLabel, satisfiedCount } from './labels';
import { cell, code, inline, named, table } from './markdownText';
import { formatNumber } from '../text/numbers';

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
    `${RESULT_MARK[result.status]} ${resultLabel(result.status)}`,
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
    `**${LEVEL_STATUS_LABEL[level.status]}** · ${l10n.t(
      'readiness {0} ({1} of {2}) · {3}, rank {4}',
      formatReadiness(level.readiness),
      formatNumber(satisfied),
      formatNumber(total),
      inline(track || l10n.t('no track')),
      level.rank,
    )}`,
    '',
  ];
  if (level.expectations.length > 0) {
    const rows = level.expectations.map((expectation) => [
      named(options.competencyNames?.get(expectation.competency), expectation.competency),
      cell(String(expectation.expected)),
      expectation.rated === null ? '—' : cell(String(expectation.rated)),
      `${RESULT_MARK[expectation.status]} ${resultLabel(expectation.status)}`,
    ]);
    lines.push(...table([l10n.t('Competency'), l10n.t('Expected'), l10n.t('Rated'), l10n.t('Result')], rows), '');
  }
  if (level.requirements.length > 0) {
    lines.push(
      ...table(
        [l10n.t('Requirement'), l10n.t('Result'), l10n.t('Detail')],
        level.requirements.flatMap((requirement) => requirementRows(requirement, 0)),
      ),
      '',
    );
  }
  if (total === 0) lines.push(l10n.t('This level has no expectations or requirements.'), '');
  return lines;
}

/** A score report as Markdown: a summary table, then one section per level (focus levels first). */
export function scoreToMarkdown(report: ScoreReport, options: ScoreMarkdownOptions = {}): string {
  const focus = options.focus ?? [];
  const levels = focusFirst(report.levels, focus);
  const ladder = options.ladderName ? `${inline(options.ladderName)} (${code(report.ladder)})` : code(report.ladder);
  const lines = [
    `# ${inline(report.person || l10n.t('Self-assessment'))}`,
    '',
    `- **${l10n.t('Ladder:')}** ${ladder}`,
    `- **${l10n.t('Current level:')}** ${report.level ? named(options.levelNames?.get(report.level), report.level) : '—'}`,
    `- **${l10n.t('As of:')}** ${report.asOf}`,
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
    lines.push(
      `## ${l10n.t('Summary')}`,
      '',
      ...table([l10n.t('Level'), l10n.t('Track'), l10n.t('Rank'), l10n.t('Status'), l10n.t('Readiness')], rows),
      '',
    );
    if (levels.some((level) => focus.includes(level.id)))
      lines.push(`${FOCUS_MARK} ${l10n.t('a next step from the current level, or the target.')}`, '');
  }
  for (const level of levels) lines.push(...levelSection(level, focus.includes(level.id), options));
  return `${lines.join('\n').trimEnd()}\n`;
}
