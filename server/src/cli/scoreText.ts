import {
  escapeLineStart,
  escapeText,
  focusFirst,
  formatReadiness,
  LEVEL_STATUS_LABEL,
  RESULT_MARK,
  satisfiedCount,
  type ExpectationStatus,
  type LevelScore,
  type LevelStatus,
  type ReportNames,
  type RequirementResult,
  type RequirementStatus,
  type ScoreReport,
} from '../core';
import type { Style } from './style';

export interface ScoreTextOptions {
  focus: readonly string[];
  names: ReportNames;
  style: Style;
}

function paintResult(status: ExpectationStatus | RequirementStatus, text: string, style: Style): string {
  if (status === 'met') return style.green(text);
  if (status === 'gap' || status === 'unmet') return style.red(text);
  if (status === 'waived') return style.cyan(text);
  return style.yellow(text);
}

function paintLevel(status: LevelStatus, text: string, style: Style): string {
  return status === 'eligible' ? style.green(text) : status === 'not-yet' ? style.red(text) : style.yellow(text);
}

/** `Name (id)` or the id, escaped: names and ids come from files. */
export function labelled(name: string | undefined, id: string): string {
  return escapeText(name && name !== id ? `${name} (${id})` : id);
}

function requirementLines(result: RequirementResult, depth: number, style: Style): string[] {
  const indent = '    '.repeat(depth + 1);
  const mark = paintResult(result.status, `${RESULT_MARK[result.status]} ${result.status.padEnd(7)}`, style);
  const description = result.description ? style.dim(` — ${escapeText(result.description)}`) : '';
  const line = `${indent}${mark} ${escapeText(result.id ?? result.type)}: ${escapeText(result.detail)}${description}`;
  return [line, ...(result.children ?? []).flatMap((child) => requirementLines(child, depth + 1, style))];
}

function levelLines(level: LevelScore, focused: boolean, options: ScoreTextOptions): string[] {
  const { style, names } = options;
  const { satisfied, total } = satisfiedCount(level);
  const track = escapeText(names.trackNames.get(level.track) ?? (level.track || 'no track'));
  const heading = `${focused ? '★ ' : '  '}${style.bold(escapeLineStart(labelled(level.name, level.id)))} ${style.dim(`— ${track}, rank ${level.rank}`)}`;
  const status = paintLevel(level.status, LEVEL_STATUS_LABEL[level.status].toUpperCase(), style);
  const lines = [
    heading,
    `  ${style.bold(status)} · readiness ${formatReadiness(level.readiness)} (${satisfied} of ${total})`,
  ];
  if (level.expectations.length > 0) {
    const met = level.expectations.filter((e) => e.status === 'met').length;
    lines.push(`  Expectations (${met} of ${level.expectations.length} met)`);
    for (const expectation of level.expectations) {
      const mark = paintResult(
        expectation.status,
        `${RESULT_MARK[expectation.status]} ${expectation.status.padEnd(7)}`,
        style,
      );
      const rated = expectation.rated === null ? 'not rated' : `rated ${escapeText(String(expectation.rated))}`;
      lines.push(
        `    ${mark} ${labelled(names.competencyNames.get(expectation.competency), expectation.competency)}: ${rated}, expected ${escapeText(String(expectation.expected))}`,
      );
    }
  }
  if (level.requirements.length > 0) {
    const done = level.requirements.filter((r) => r.status === 'met' || r.status === 'waived').length;
    lines.push(`  Requirements (${done} of ${level.requirements.length} met or waived)`);
    for (const requirement of level.requirements) lines.push(...requirementLines(requirement, 0, style));
  }
  if (total === 0) lines.push('  No expectations or requirements.');
  return lines;
}

/** The terminal report of `ladder score`: who, against what, then each level (focus levels first, starred). */
export function scoreToText(report: ScoreReport, options: ScoreTextOptions): string {
  const { style, focus, names } = options;
  const levels = focusFirst(report.levels, focus);
  const lines = [
    style.bold(escapeLineStart(escapeText(report.person || 'Self-assessment'))),
    `Ladder:        ${labelled(names.ladderName, report.ladder)}`,
    `Current level: ${report.level ? labelled(names.levelNames.get(report.level), report.level) : '—'}`,
    `As of:         ${escapeText(report.asOf)}`,
  ];
  if (levels.some((level) => focus.includes(level.id)))
    lines.push(style.dim('★ a next step from the current level, or the target'));
  for (const level of levels) lines.push('', ...levelLines(level, focus.includes(level.id), options));
  return `${lines.join('\n')}\n`;
}
