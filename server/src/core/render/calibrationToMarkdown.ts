import * as l10n from '@vscode/l10n';
import type { CalibrationReport } from '../score/calibrate';
import type { ScaleId } from '../model/types';
import { FLAG_MEANING, flagLabel, flagsInUse, reviewColumns, reviewerLabel } from './calibrationLabels';
import { focusFirst, LEVEL_STATUS_LABEL } from './labels';
import { cell, code, inline, table } from './markdownText';

export interface CalibrationMarkdownOptions {
  /** Level ids listed first and starred: the current level's `next`, then `target`. */
  focus?: readonly string[];
  ladderId: string;
  ladderName?: string;
  competencyNames?: ReadonlyMap<string, string>;
  levelNames?: ReadonlyMap<string, string>;
}

const FOCUS_MARK = '★';

function named(name: string | undefined, id: string): string {
  return name && name !== id ? `${inline(name)} (${code(id)})` : code(id);
}

function scale(value: ScaleId | null): string {
  return value === null ? '—' : cell(String(value));
}

/** A calibration as Markdown: the reviews, then a competency table and a level table (focus levels first). */
export function calibrationToMarkdown(report: CalibrationReport, options: CalibrationMarkdownOptions): string {
  const focus = options.focus ?? [];
  const reviews = reviewColumns(report);
  const lines = [
    `# ${l10n.t('{0}: calibration', inline(report.person || l10n.t('Self-assessment')))}`,
    '',
    `- **${l10n.t('Ladder:')}** ${named(options.ladderName, options.ladderId)}`,
    `- **${l10n.t('As of:')}** ${report.asOf}`,
    '',
    `## ${l10n.t('Reviews')}`,
    '',
  ];
  if (report.reviews.length === 0) lines.push(l10n.t('No review of this assessment was found.'), '');
  else
    lines.push(
      ...table(
        [l10n.t('Column'), l10n.t('Reviewer'), l10n.t('File')],
        report.reviews.map((review, index) => [reviews[index]!, cell(reviewerLabel(review)), code(review.file)]),
      ),
      '',
    );

  lines.push(`## ${l10n.t('Competencies')}`, '');
  if (report.competencies.length === 0) lines.push(l10n.t('No competency is rated yet.'), '');
  else {
    const rows = report.competencies.map((c) => [
      named(options.competencyNames?.get(c.competency), c.competency),
      scale(c.self),
      ...c.reviews.map(scale),
      scale(c.consensus),
      c.flags.map(flagLabel).join(', ') || ' ',
    ]);
    lines.push(
      ...table([l10n.t('Competency'), l10n.t('Self'), ...reviews, l10n.t('Consensus'), l10n.t('Flags')], rows),
      '',
    );
    const used = flagsInUse(report);
    if (used.length > 0) lines.push(...used.map((flag) => `- **${flagLabel(flag)}**: ${FLAG_MEANING[flag]}`), '');
  }

  const levels = focusFirst(report.levels, focus);
  lines.push(`## ${l10n.t('Levels')}`, '');
  const rows = levels.map((level) => [
    `${focus.includes(level.id) ? `${FOCUS_MARK} ` : ''}${named(options.levelNames?.get(level.id), level.id)}`,
    ...[level.self, ...level.reviews, level.consensus].map((status) => LEVEL_STATUS_LABEL[status]),
  ]);
  lines.push(...table([l10n.t('Level'), l10n.t('Self'), ...reviews, l10n.t('Consensus')], rows), '');
  if (levels.some((level) => focus.includes(level.id)))
    lines.push(`${FOCUS_MARK} ${l10n.t('a next step from the current level, or the target.')}`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}
