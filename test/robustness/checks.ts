// What every diagnostic must satisfy, whatever the input: a known severity, a code, a message, and a
// range inside the text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { LadderDiagnostic, QuickFix } from '../../server/src/core/types';

/** Per-case limit named by the robustness requirements. */
export const CASE_LIMIT_MS = 2_000;

const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Problems with core diagnostics of `text`, as readable lines (empty when all is well). */
export function coreDiagnosticProblems(text: string, diagnostics: readonly LadderDiagnostic[]): string[] {
  const problems: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.code} [${d.span?.start}, ${d.span?.end})`;
    if (!SEVERITIES.has(d.severity)) problems.push(`${where}: severity ${String(d.severity)}`);
    if (typeof d.code !== 'string' || !/^[a-z][a-z0-9-]*$/.test(d.code))
      problems.push(`${where}: code ${JSON.stringify(d.code)}`);
    if (typeof d.message !== 'string' || d.message.trim() === '') problems.push(`${where}: empty message`);
    const { start, end } = d.span ?? { start: Number.NaN, end: Number.NaN };
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      problems.push(`${where}: span outside the text of length ${text.length}`);
    }
    for (const fix of d.fixes ?? []) problems.push(...fixEditProblems(where, fix, text.length));
  }
  return problems;
}

/** Problems with the edits of a quick fix of the finding at `where` in a text of `length` characters. */
export function fixEditProblems(where: string, fix: QuickFix, length: number): string[] {
  return fix.edits
    .filter(
      (edit) =>
        !Number.isInteger(edit.span.start) ||
        edit.span.start < 0 ||
        edit.span.end < edit.span.start ||
        edit.span.end > length,
    )
    .map((edit) => `${where}: fix '${fix.title}' edits [${edit.span.start}, ${edit.span.end}) outside the text`);
}

/** Problems with LSP diagnostics of a document whose lines are `lines`. */
export function lspDiagnosticProblems(lines: readonly string[], diagnostics: readonly Diagnostic[]): string[] {
  const problems: string[] = [];
  const valid = (p: { line: number; character: number }) =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.character >= 0 &&
    p.line < Math.max(lines.length, 1) &&
    p.character <= (lines[p.line]?.length ?? 0);
  for (const d of diagnostics) {
    const where = `${String(d.code)} ${JSON.stringify(d.range)}`;
    if (d.source !== 'ladder') problems.push(`${where}: source ${String(d.source)}`);
    if (d.severity === undefined || d.severity < 1 || d.severity > 4)
      problems.push(`${where}: severity ${String(d.severity)}`);
    if (typeof d.message !== 'string' || d.message.trim() === '') problems.push(`${where}: empty message`);
    if (!valid(d.range.start) || !valid(d.range.end)) problems.push(`${where}: range outside the document`);
    else if (
      d.range.end.line < d.range.start.line ||
      (d.range.end.line === d.range.start.line && d.range.end.character < d.range.start.character)
    ) {
      problems.push(`${where}: range ends before it starts`);
    }
  }
  return problems;
}

/** Lines as an LSP client counts them: split at \r\n, \r and \n. */
export function lspLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const FAILURES_DIR = resolve(__dirname, '..', '..', 'test-results', 'fuzz');

/** Keeps the input of a failing case in test-results/fuzz/ so it can be opened and replayed. */
export function saveFailingInput(name: string, text: string): string {
  mkdirSync(FAILURES_DIR, { recursive: true });
  const path = join(FAILURES_DIR, name.replace(/[^\w.-]+/g, '_'));
  writeFileSync(path, text);
  return path;
}

/** Object.prototype and friends are as they were: nothing from a file became a property of them. */
export function prototypePollution(): string[] {
  const found: string[] = [];
  for (const [name, proto] of [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Function', Function.prototype],
    ['String', String.prototype],
  ] as const) {
    const extra = Object.getOwnPropertyNames(proto).filter((key) => /polluted|fuzz|pwned/i.test(key));
    if (extra.length > 0) found.push(`${name}.prototype has ${extra.join(', ')}`);
  }
  if ((globalThis as Record<string, unknown>)['__fuzzPwned'] !== undefined) found.push('a tagged function ran');
  return found;
}
