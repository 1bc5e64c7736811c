import {
  escapeText,
  FLAG_MEANING,
  flagsInUse,
  focusFirst,
  LEVEL_STATUS_LABEL,
  oneLine,
  reviewColumns,
  reviewerLabel,
  type CalibrationReport,
  type LevelStatus,
  type ReportNames,
} from '../core';
import { labelled } from './scoreText';
import type { Style } from './style';

export interface CalibrationTextOptions {
  focus: readonly string[];
  ladderId: string;
  names: ReportNames;
  style: Style;
}

/** A line of text from a file, kept on one line, escaped for a terminal. */
function fileText(text: string): string {
  return escapeText(oneLine(text));
}

function paintStatus(status: LevelStatus, text: string, style: Style): string {
  return status === 'eligible' ? style.green(text) : status === 'not-yet' ? style.red(text) : style.yellow(text);
}

/**
 * Rows of cells as aligned columns, two spaces apart, the last column unpadded. `paint` may colour a
 * cell after it is padded, so that colour codes do not upset the alignment.
 */
function columns(
  rows: readonly (readonly string[])[],
  paint: (row: number, column: number, text: string) => string = (_, __, text) => text,
): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row, r) =>
    row
      .map((cell, c) => {
        const padded = c === row.length - 1 ? cell : cell.padEnd(widths[c]!);
        return cell === '' ? padded : paint(r, c, padded);
      })
      .join('  ')
      .trimEnd(),
  );
}

const scale = (value: string | number | null) => (value === null ? '—' : escapeText(String(value)));

/** The terminal report of `ladder calibrate`: the reviews, then competencies and levels side by side. */
export function calibrationToText(report: CalibrationReport, options: CalibrationTextOptions): string {
  const { style, names, focus } = options;
  const reviews = reviewColumns(report);
  const lines = [
    style.bold(`${fileText(report.person || 'Self-assessment')}: calibration`),
    `Ladder:        ${labelled(names.ladderName, options.ladderId)}`,
    `As of:         ${report.asOf}`,
  ];
  if (report.reviews.length === 0) lines.push('Reviews:       none found');
  report.reviews.forEach((review, index) => {
    lines.push(
      `${index === 0 ? 'Reviews:' : ''}`.padEnd(15) +
        `${reviews[index]} ${fileText(reviewerLabel(review))}: ${fileText(review.file)}`,
    );
  });

  lines.push('', style.bold('Competencies'));
  if (report.competencies.length === 0) lines.push('  No competency is rated yet.');
  else {
    const rows = [
      ['Competency', 'Self', ...reviews, 'Consensus', 'Flags'],
      ...report.competencies.map((c) => [
        labelled(names.competencyNames.get(c.competency), c.competency),
        scale(c.self),
        ...c.reviews.map(scale),
        scale(c.consensus),
        c.flags.join(', '),
      ]),
    ];
    const flagColumn = rows[0]!.length - 1;
    lines.push(
      ...columns(rows, (r, c, text) => (r === 0 ? style.dim(text) : c === flagColumn ? style.yellow(text) : text)).map(
        (line) => `  ${line}`,
      ),
    );
    const used = flagsInUse(report);
    if (used.length > 0) lines.push('', ...used.map((flag) => style.dim(`  ${flag}: ${FLAG_MEANING[flag]}`)));
  }

  lines.push('', style.bold('Levels'));
  const ordered = focusFirst(report.levels, focus);
  const statuses = ordered.map((level) => [level.self, ...level.reviews, level.consensus]);
  const rows = [
    ['Level', 'Self', ...reviews, 'Consensus'],
    ...ordered.map((level, index) => [
      labelled(names.levelNames.get(level.id), level.id),
      ...statuses[index]!.map((status) => LEVEL_STATUS_LABEL[status]),
    ]),
  ];
  const table = columns(rows, (r, c, text) =>
    r === 0 ? style.dim(text) : c > 0 ? paintStatus(statuses[r - 1]![c - 1]!, text, style) : text,
  );
  table.forEach((line, index) =>
    lines.push(`${index > 0 && focus.includes(ordered[index - 1]!.id) ? '★ ' : '  '}${line}`),
  );
  if (ordered.some((level) => focus.includes(level.id)))
    lines.push(style.dim('★ a next step from the current level, or the target'));
  return `${lines.join('\n')}\n`;
}
