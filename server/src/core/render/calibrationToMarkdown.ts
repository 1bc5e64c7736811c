import type { CalibrationReport } from '../score/calibrate';
import type { ScaleId } from '../model/types';
import { FLAG_MEANING, flagsInUse, reviewColumns, reviewerLabel } from './calibrationLabels';
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
    `# ${inline(report.person || 'Self-assessment')}: calibration`,
    '',
    `- **Ladder:** ${named(options.ladderName, options.ladderId)}`,
    `- **As of:** ${report.asOf}`,
    '',
    '## Reviews',
    '',
  ];
  if (report.reviews.length === 0) lines.push('No review of this assessment was found.', '');
  else
    lines.push(
      ...table(
        ['Column', 'Reviewer', 'File'],
        report.reviews.map((review, index) => [reviews[index]!, cell(reviewerLabel(review)), code(review.file)]),
      ),
      '',
    );

  lines.push('## Competencies', '');
  if (report.competencies.length === 0) lines.push('No competency is rated yet.', '');
  else {
    const rows = report.competencies.map((c) => [
      named(options.competencyNames?.get(c.competency), c.competency),
      scale(c.self),
      ...c.reviews.map(scale),
      scale(c.consensus),
      c.flags.join(', ') || ' ',
    ]);
    lines.push(...table(['Competency', 'Self', ...reviews, 'Consensus', 'Flags'], rows), '');
    const used = flagsInUse(report);
    if (used.length > 0) lines.push(...used.map((flag) => `- **${flag}**: ${FLAG_MEANING[flag]}`), '');
  }

  const levels = focusFirst(report.levels, focus);
  lines.push('## Levels', '');
  const rows = levels.map((level) => [
    `${focus.includes(level.id) ? `${FOCUS_MARK} ` : ''}${named(options.levelNames?.get(level.id), level.id)}`,
    ...[level.self, ...level.reviews, level.consensus].map((status) => LEVEL_STATUS_LABEL[status]),
  ]);
  lines.push(...table(['Level', 'Self', ...reviews, 'Consensus'], rows), '');
  if (levels.some((level) => focus.includes(level.id)))
    lines.push(`${FOCUS_MARK} a next step from the current level, or the target.`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}
