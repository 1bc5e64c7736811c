import type { Severity } from '../core/types';
import type { Problem } from './problems';
import type { Style } from './style';

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

function colorSeverity(severity: Severity, style: Style): string {
  return severity === 'error' ? style.red(severity) : severity === 'warning' ? style.yellow(severity) : style.blue(severity);
}

/** `FILE:LINE:COL: SEVERITY: MESSAGE [CODE]`, one line per problem. */
export function problemsToText(problems: readonly Problem[], style: Style): string {
  return problems
    .map((p) => `${style.bold(`${p.file}:${p.line}:${p.column}`)}: ${colorSeverity(p.severity, style)}: ${oneLine(p.message)} ${style.dim(`[${p.code}]`)}\n`)
    .join('');
}

/** The `--format json` array, keys in the documented order. */
export function problemsToJson(problems: readonly Problem[]): string {
  const rows = problems.map(({ file, line, column, endLine, endColumn, severity, message, code }) => ({ file, line, column, endLine, endColumn, severity, message, code }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
