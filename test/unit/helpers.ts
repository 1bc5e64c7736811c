// Shared helpers for the core's unit tests: an in-memory file host, a fixed clock, inline YAML and
// diagnostics reduced to the exact text they cover.
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { analyzeFile, type AnalyzedFile } from '../../server/src/core/model/analyzeFile';
import type { Assessment, Ladder } from '../../server/src/core/model/types';
import type { ScoreReport } from '../../server/src/core/score/types';
import type { LadderDiagnostic, Severity, TextEdit } from '../../server/src/core/types';
import type { FileHost, ReadResult } from '../../server/src/core/workspace/host';
import type { Workspace, WorkspaceOptions } from '../../server/src/core/workspace/workspace';
import { createLadderService, type LadderService } from '../../server/src/core';

/** The fixed "now" of every test: 2026-11-23. */
export const NOW = (): Date => new Date('2026-11-23T12:00:00Z');

/** A file URI in the test workspace folder, spelled as the workspace spells it. */
export function uri(name: string): string {
  return pathToFileURL(`/ws/${name}`).href;
}

/** Files held in memory, keyed by URI; counts reads so that caching can be observed. */
export class MemoryHost implements FileHost {
  readonly files = new Map<string, string>();
  readonly reads: string[] = [];

  constructor(files: Record<string, string> = {}) {
    for (const [name, text] of Object.entries(files)) this.files.set(uri(name), text);
  }

  set(name: string, text: string): void {
    this.files.set(uri(name), text);
  }

  delete(name: string): void {
    this.files.delete(uri(name));
  }

  read(fileUri: string): ReadResult {
    this.reads.push(fileUri);
    const text = this.files.get(fileUri);
    return text === undefined ? { failure: 'not-found', message: 'no such file' } : { text };
  }
}

/** A workspace over in-memory files (names relative to the folder), every file known, clock fixed. */
export function workspaceOf(
  files: Record<string, string>,
  options: WorkspaceOptions = {},
): { ws: Workspace; host: MemoryHost; service: LadderService } {
  const host = new MemoryHost(files);
  const service = createLadderService({
    host,
    now: options.now ?? NOW,
    ...(options.roots ? { roots: options.roots } : {}),
    ...(options.maxFileChars !== undefined ? { limits: { maxFileChars: options.maxFileChars } } : {}),
  });
  const ws = service.workspace;
  for (const name of Object.keys(files)) ws.addKnownFile(uri(name));
  return { ws, host, service };
}

/**
 * Inline YAML: drops the first line break and the indentation common to every non-blank line, so a
 * template literal can be indented with the test code.
 */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  let text = strings.reduce((acc, part, i) => acc + part + (i < values.length ? String(values[i]) : ''), '');
  text = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '\n');
  const lines = text.split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^ */.exec(line)![0].length);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((line) => line.slice(cut)).join('\n');
}

/** A diagnostic reduced to what tests compare: code, severity and the exact text it covers. */
export interface Seen {
  code: string;
  severity: Severity;
  text: string;
}

export function seen(text: string, diagnostics: readonly LadderDiagnostic[]): Seen[] {
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, text: text.slice(d.span.start, d.span.end) }));
}

/** Like `seen`, with the message. */
export function seenWithMessage(
  text: string,
  diagnostics: readonly LadderDiagnostic[],
): (Seen & { message: string })[] {
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    text: text.slice(d.span.start, d.span.end),
    message: d.message,
  }));
}

/** Only the diagnostics with one of these codes. */
export function withCode(diagnostics: readonly LadderDiagnostic[], ...codes: string[]): LadderDiagnostic[] {
  return diagnostics.filter((d) => codes.includes(d.code));
}

/** The one diagnostic with `code`; fails when there is none or more than one. */
export function single(diagnostics: readonly LadderDiagnostic[], code: string): LadderDiagnostic {
  const found = withCode(diagnostics, code);
  assert.equal(
    found.length,
    1,
    `expected one ${code}, got ${JSON.stringify(diagnostics.map((d) => `${d.code}: ${d.message}`))}`,
  );
  return found[0]!;
}

/** Applies non-overlapping edits to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

/** Applies the one quick fix of a diagnostic. */
export function applyFix(text: string, diagnostic: LadderDiagnostic): string {
  assert.equal(diagnostic.fixes?.length, 1, `expected one fix on ${diagnostic.code}: ${diagnostic.message}`);
  return applyEdits(text, diagnostic.fixes![0]!.edits);
}

/** Analyses one file on its own (no workspace). */
export function analyze(name: string, text: string, maxFileChars?: number): AnalyzedFile {
  return analyzeFile(uri(name), text, maxFileChars === undefined ? {} : { maxFileChars });
}

/** The diagnostics of `name` in a workspace made of `files` (which must contain it), as `Seen`. */
export function check(files: Record<string, string>, name: string): Seen[] {
  const { ws } = workspaceOf(files);
  return seen(files[name]!, ws.diagnostics(uri(name)));
}

/** The diagnostics of `name` in a workspace made of `files`. */
export function diagnosticsOf(files: Record<string, string>, name: string): LadderDiagnostic[] {
  return workspaceOf(files).ws.diagnostics(uri(name));
}

/** Errors only. */
export function errors(diagnostics: readonly LadderDiagnostic[]): LadderDiagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

/** The model of a ladder text, analysed alone. */
export function ladderModel(text: string): Ladder {
  const model = analyze('x.ladder.yaml', text).model;
  assert.equal(model?.kind, 'Ladder');
  return model as Ladder;
}

/** The model of an assessment text, analysed alone. */
export function assessmentModel(text: string): Assessment {
  const model = analyze('x.assessment.yaml', text).model;
  assert.equal(model?.kind, 'SelfAssessment');
  return model as Assessment;
}

/** Scores `assessment.assessment.yaml` against `ladder.ladder.yaml` (plus any other files). */
export function scoreOf(
  ladder: string,
  assessment: string,
  extra: Record<string, string> = {},
  levelId?: string,
): ScoreReport {
  const { ws } = workspaceOf({ 'ladder.ladder.yaml': ladder, 'a.assessment.yaml': assessment, ...extra });
  const outcome = ws.score(uri('a.assessment.yaml'), levelId === undefined ? {} : { levelId });
  assert.ok(outcome.report, 'expected a report');
  return outcome.report;
}

/**
 * A small valid ladder used across tests: numeric scale 1–3, competencies in groups, two tracks,
 * three levels, a metric and two checks.
 */
export const BASE_LADDER = yaml`
  kind: Ladder
  id: base
  name: Base Ladder
  scale:
    - id: 1
      name: Learning
    - id: 2
      name: Practising
    - id: 3
      name: Expert
  competencies:
    - id: troubleshooting
      name: Troubleshooting
      group: core
    - id: networking
      name: Networking
      group: core
    - id: writing
      name: Writing
      group: soft
  metrics:
    - id: resolution
      name: Resolution rate
      unit: percent
      better: higher
  checks:
    - id: peer-review
      name: Peer review
    - id: documented-need
      name: Documented need
  tracks:
    - id: core
      name: Core
    - id: ic
      name: IC
  levels:
    - id: engineer
      name: Engineer
      track: core
      rank: 1
      expectations:
        troubleshooting: 1
      next: [senior]
    - id: senior
      name: Senior
      track: ic
      rank: 2
      expectations:
        troubleshooting: 2
        networking: 2
      requirements:
        - id: tenure
          time-at-level: {years: 1, rank: 1}
        - check: peer-review
      next: [staff]
    - id: staff
      name: Staff
      track: ic
      rank: 3
      expectations:
        troubleshooting: 3
        networking: 2
`;

/** The same ladder with the competencies moved out to `support.competencies.yaml`. */
export const BASE_CATALOGUE = yaml`
  kind: Competencies
  id: support
  competencies:
    - id: troubleshooting
      group: core
      descriptors:
        1: Follows runbooks.
        3: Teaches others.
    - id: networking
      group: core
`;

/** `text` with the first `search` replaced; fails when `search` does not occur, so an edit cannot silently miss. */
export function edit(text: string, search: string | RegExp, replacement: string): string {
  const found = typeof search === 'string' ? text.includes(search) : search.test(text);
  assert.ok(found, `${String(search)} does not occur in the text`);
  return text.replace(search, replacement);
}
