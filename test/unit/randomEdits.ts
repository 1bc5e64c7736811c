// Seeded random edits of ladder files and the comparison of an incremental re-analysis with a full one,
// shared by the unit tests (a few edits per file) and the robustness suite (hundreds).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from 'yaml';
import { isLadderFileName } from '../../server/src/core/fileKinds';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import { reanalyze } from '../../server/src/core/model/reanalyze';
import { walk } from '../../server/src/core/parse/nodes';
import { Workspace } from '../../server/src/core/workspace/workspace';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { generateCatalogue, generateLadder } from '../../bench/lib/generate.mjs';
import { MemoryHost, uri } from './helpers';

/** A small seeded generator of numbers in [0, 1), so that every run makes the same edits. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SNIPPETS = [
  'x',
  'e',
  ' ',
  '  ',
  '\n',
  '\n      # a comment line',
  '\n# at column 0\n',
  ' #',
  '\n      ',
  '\n    summary: more\n',
  'summary: hi\n      ',
  ': ',
  ':',
  '- ',
  '-',
  '#',
  ' # note',
  '"',
  "'",
  '&a ',
  '*a',
  '|',
  '>-',
  '\t',
  '{',
  '[',
  ']',
  ',',
  '3',
  'true',
  '\n\n',
  '\n  - id: added\n    name: Added\n',
  '\n  -',
  '\n  - ',
  '\n  - id: new',
  '\n- ',
  '\nnotes: added\n',
  '\r\n',
  '~',
  '? ',
];

/** Whole lines cut, or copied elsewhere, as cutting and pasting items does. */
export function randomLineEdit(text: string, random: () => number): string {
  const lines = text.split('\n');
  const from = Math.floor(random() * lines.length);
  const to = Math.min(lines.length, from + 1 + Math.floor(random() * 10));
  const cut = [...lines.slice(0, from), ...lines.slice(to)];
  if (random() < 0.5) return cut.join('\n');
  const at = Math.floor(random() * (lines.length + 1));
  return [...lines.slice(0, at), ...lines.slice(from, to), ...lines.slice(at)].join('\n');
}

export function randomEdit(text: string, random: () => number): string {
  if (random() < 0.15) return randomLineEdit(text, random);
  const at = Math.floor(random() * (text.length + 1));
  const choice = random();
  if (choice < 0.45) return text.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)]! + text.slice(at);
  if (choice < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 12));
  const length = 1 + Math.floor(random() * 6);
  return text.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)]! + text.slice(at + length);
}

/** Every YAML node of a document with its class, range, scalar value and flow style. */
export function nodes(doc: Document | undefined): unknown[] {
  const found: unknown[] = [doc?.range];
  if (doc)
    walk(doc, (node) =>
      found.push([
        node.constructor.name,
        node.range,
        'value' in node && typeof node.value !== 'object' ? node.value : null,
        (node as { flow?: boolean }).flow ?? null,
      ]),
    );
  return found;
}

export const samples = readdirSync('samples')
  .filter(isLadderFileName)
  .map((name) => [name, readFileSync(join('samples', name), 'utf8')] as const);
export const catalogue = generateCatalogue() as { text: string };
export const generated = [400, 2500].map(
  (lines) =>
    [
      `g${lines}.ladder.yaml`,
      (
        generateLadder({
          id: `g${lines}`,
          targetLines: lines,
          catalogue,
          cataloguePath: 'shared.competencies.yaml',
        }) as { text: string }
      ).text,
    ] as const,
);

/** Runs `count` random single edits of `text`; returns how many took the incremental path. */
export function compareEdits(name: string, text: string, count: number, seed: number): number {
  const random = lcg(seed);
  const key = uri(name);
  let incremental = 0;
  for (let round = 0; round < count; round++) {
    const next = randomEdit(text, random);
    const result = reanalyze(analyzeFile(key, text), next);
    if (!result) continue;
    incremental++;
    const full = analyzeFile(key, next);
    const where = `${name}, edit ${round}: ${JSON.stringify(next.slice(Math.max(0, [...next].findIndex((c, i) => c !== text[i]) - 20)).slice(0, 60))}`;
    assert.equal(result.text, next);
    assert.equal(result.kind, full.kind, where);
    assert.deepEqual(result.diagnostics, full.diagnostics, where);
    assert.deepEqual(result.model, full.model, where);
    assert.deepEqual(nodes(result.parsed.doc), nodes(full.parsed.doc), where);
  }
  return incremental;
}

/** Types `rounds` characters in or out of an open document; after each, the workspace equals a fresh one. */
export function compareTyping(name: string, start: string, rounds: number, seed: number): void {
  const key = uri(name);
  const ws = new Workspace(new MemoryHost({}));
  const random = lcg(seed);
  let text = start;
  ws.setOpenDocument(key, text);
  ws.diagnostics(key);
  for (let round = 0; round < rounds; round++) {
    // Mostly edits in place, as typing does: a character in, a character out.
    const at = Math.floor(random() * text.length);
    text = random() < 0.5 ? text.slice(0, at) + 'q' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    ws.setOpenDocument(key, text);
    const reference = new Workspace(new MemoryHost({}));
    reference.setOpenDocument(key, text);
    assert.deepEqual(ws.diagnostics(key), reference.diagnostics(key), `round ${round}`);
    assert.deepEqual(ws.file(key).analyzed?.model, reference.file(key).analyzed?.model, `round ${round}`);
  }
}

/** A chain of `rounds` edits, each on the document the last one left; returns how many were spliced. */
export function compareSpliceChain(name: string, start: string, rounds: number, seed: number): number {
  const key = uri(name);
  const random = lcg(seed);
  let current = analyzeFile(key, start);
  let spliced = 0;
  for (let round = 0; round < rounds; round++) {
    const next = random() < 0.5 ? randomLineEdit(current.text, random) : randomEdit(current.text, random);
    const result = reanalyze(current, next);
    const full = analyzeFile(key, next);
    if (result) {
      spliced++;
      assert.deepEqual(result.diagnostics, full.diagnostics, `round ${round}`);
      assert.deepEqual(result.model, full.model, `round ${round}`);
      assert.deepEqual(nodes(result.parsed.doc), nodes(full.parsed.doc), `round ${round}`);
    }
    // Go on from edits that leave the YAML well-formed, as a splice needs.
    if (full.parsed.diagnostics.length === 0 && full.parsed.doc?.errors.length === 0) current = result ?? full;
  }
  return spliced;
}
