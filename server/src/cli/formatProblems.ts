import { escapeLineStart, escapeText, jsonText, type Severity } from '../core';
import type { Problem } from './problems';
import type { Style } from './style';

function colorSeverity(severity: Severity, style: Style): string {
  return severity === 'error'
    ? style.red(severity)
    : severity === 'warning'
      ? style.yellow(severity)
      : style.blue(severity);
}

/**
 * `FILE:LINE:COL: SEVERITY: MESSAGE [CODE]`, exactly one line per problem: file names and messages carry
 * text from files, so they are escaped before they are styled.
 */
export function problemsToText(problems: readonly Problem[], style: Style): string {
  return problems
    .map(
      (p) =>
        `${style.bold(`${escapeLineStart(escapeText(p.file))}:${p.line}:${p.column}`)}: ${colorSeverity(p.severity, style)}: ${escapeText(p.message)} ${style.dim(`[${escapeText(p.code)}]`)}\n`,
    )
    .join('');
}

/** The `--format json` array, keys in the documented order. */
export function problemsToJson(problems: readonly Problem[]): string {
  return jsonText(
    problems.map(({ file, line, column, endLine, endColumn, severity, message, code }) => ({
      file,
      line,
      column,
      endLine,
      endColumn,
      severity,
      message,
      code,
    })),
  );
}
