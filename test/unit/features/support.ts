// Helpers for the editor feature tests: a `|` marks the cursor in inline YAML; completions are checked by
// applying them, with snippet placeholders filled by their defaults as an editor would show them.
import assert from 'node:assert/strict';
import { complete, type CompletionEntry } from '../../../server/src/core/features/completion';
import type { Span } from '../../../server/src/core/types';
import type { Workspace } from '../../../server/src/core/workspace/workspace';
import { BASE_CATALOGUE, BASE_LADDER, uri, workspaceOf, yaml } from '../helpers';

/** The text without its `|` cursor marker, and the cursor's offset. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'the text has no | cursor marker');
  assert.equal(marked.indexOf('|', offset + 1), -1, 'the text has more than one | marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

/** A workspace of `files` where `name` holds a `|` cursor marker. */
export function atCursor(
  files: Record<string, string>,
  name: string,
): { ws: Workspace; text: string; offset: number; uri: string } {
  const { text, offset } = withCursor(files[name]!);
  const { ws } = workspaceOf({ ...files, [name]: text });
  return { ws, text, offset, uri: uri(name) };
}

export interface Completed {
  text: string;
  entries: CompletionEntry[];
  /** The text after choosing the entry labelled `label` (placeholders filled with their defaults). */
  apply(label: string, kind?: CompletionEntry['kind']): string;
  entry(label: string, kind?: CompletionEntry['kind']): CompletionEntry;
}

/** The completions at the `|` in `files[name]`. */
export function completeAt(files: Record<string, string>, name: string): Completed {
  const { ws, text, offset, uri: fileUri } = atCursor(files, name);
  const entries = complete(ws, fileUri, offset);
  const entry = (label: string, kind?: CompletionEntry['kind']) => {
    const found = entries.filter((e) => e.label === label && (kind === undefined || e.kind === kind));
    assert.equal(
      found.length,
      1,
      `expected one completion '${label}', got ${JSON.stringify(entries.map((e) => e.label))}`,
    );
    const chosen = found[0]!;
    assert.ok(
      chosen.replace.start <= offset && offset <= chosen.replace.end,
      `'${label}' replaces a span that does not contain the cursor`,
    );
    assert.ok(
      !text.slice(chosen.replace.start, chosen.replace.end).includes('\n'),
      `'${label}' replaces more than one line`,
    );
    return chosen;
  };
  return {
    text,
    entries,
    entry,
    apply: (label, kind) => {
      const chosen = entry(label, kind);
      const inserted = chosen.isSnippet ? expandSnippet(chosen.insertText) : chosen.insertText;
      return text.slice(0, chosen.replace.start) + inserted + text.slice(chosen.replace.end);
    },
  };
}

/** The labels, sorted, to compare as a set. */
export function labels(entries: readonly CompletionEntry[]): string[] {
  return entries.map((e) => e.label).sort();
}

/** Snippet syntax with every placeholder replaced by its default (the first choice of a choice). */
export function expandSnippet(snippet: string): string {
  let text = snippet;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text
      .replace(/\$\{\d+:([^{}$]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
  }
  return text.replace(/\\([$}\\])/g, '$1');
}

/** The text a span covers. */
export function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** BASE_LADDER with its competencies taken from BASE_CATALOGUE (which has descriptors). */
export const LADDER_WITH_CATALOGUE = BASE_LADDER.replace(
  /competencies:\n(?: {2}.*\n)+/,
  'include:\n  - support.competencies.yaml\ncompetencies:\n  - id: writing\n    name: Writing\n    group: soft\n',
);

/** The ladder, its catalogue and another ladder, with an assessment at level `engineer` (next: senior). */
export function assessmentFiles(assessment: string): Record<string, string> {
  return {
    'ladder.ladder.yaml': LADDER_WITH_CATALOGUE,
    'support.competencies.yaml': BASE_CATALOGUE,
    'other.ladder.yaml': BASE_LADDER.replace('id: base', 'id: other').replace(
      'name: Base Ladder',
      'name: Other Ladder',
    ),
    'a.assessment.yaml': assessment,
  };
}

/** A complete assessment of the base ladder; tests replace parts of it. */
export const BASE_ASSESSMENT = yaml`
  kind: SelfAssessment
  ladder: ladder.ladder.yaml
  person: Alex Kim
  date: 2026-11-01
  level: engineer
  since: 2025-06-01
  ratings:
    troubleshooting: 2
  checks:
    peer-review: passed
  metrics:
    resolution: 90
  waivers:
    - requirement: tenure
      reason: Urgent need.
`;

/** `text` with `from` replaced by `to`; fails when `from` is not in it (so a test cannot silently test nothing). */
export function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the text does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
