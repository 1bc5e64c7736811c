// Incremental re-analysis (the list items or top-level entries that an edit touches re-parsed and
// spliced in) gives exactly what a full analysis gives: diagnostics with their spans, the model, and the
// range of every YAML node.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Document, YAMLSeq } from 'yaml';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import { reanalyze } from '../../server/src/core/model/reanalyze';
import { walk } from '../../server/src/core/parse/nodes';
import { Workspace } from '../../server/src/core/workspace/workspace';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { generateCatalogue, generateLadder } from '../../bench/lib/generate.mjs';
import { MemoryHost, uri } from './helpers';

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SNIPPETS = ['x', 'e', ' ', '  ', '\n', '\n      # a comment line', '\n# at column 0\n', ' #', '\n      ', '\n    summary: more\n', 'summary: hi\n      ', ': ', ':', '- ', '-', '#', ' # note', '"', "'", '&a ', '*a', '|', '>-', '\t', '{', '[', ']', ',', '3', 'true', '\n\n', '\n  - id: added\n    name: Added\n', '\n  -', '\n  - ', '\n  - id: new', '\n- ', '\nnotes: added\n', '\r\n', '~', '? '];

/** Whole lines cut, or copied elsewhere, as cutting and pasting items does. */
function randomLineEdit(text: string, random: () => number): string {
  const lines = text.split('\n');
  const from = Math.floor(random() * lines.length);
  const to = Math.min(lines.length, from + 1 + Math.floor(random() * 10));
  const cut = [...lines.slice(0, from), ...lines.slice(to)];
  if (random() < 0.5) return cut.join('\n');
  const at = Math.floor(random() * (lines.length + 1));
  return [...lines.slice(0, at), ...lines.slice(from, to), ...lines.slice(at)].join('\n');
}

function randomEdit(text: string, random: () => number): string {
  if (random() < 0.15) return randomLineEdit(text, random);
  const at = Math.floor(random() * (text.length + 1));
  const choice = random();
  if (choice < 0.45) return text.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)]! + text.slice(at);
  if (choice < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 12));
  const length = 1 + Math.floor(random() * 6);
  return text.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)]! + text.slice(at + length);
}

function nodes(doc: Document | undefined): unknown[] {
  const found: unknown[] = [doc?.range];
  if (doc) walk(doc, (node) => found.push([node.constructor.name, node.range, 'value' in node && typeof node.value !== 'object' ? node.value : null, (node as { flow?: boolean }).flow ?? null]));
  return found;
}

const samples = readdirSync('samples').filter((name) => /\.(ladder|competencies|assessment)\.ya?ml$/.test(name)).map((name) => [name, readFileSync(join('samples', name), 'utf8')] as const);
const catalogue = generateCatalogue() as { text: string };
const generated = [400, 2500].map((lines) => [`g${lines}.ladder.yaml`, (generateLadder({ id: `g${lines}`, targetLines: lines, catalogue, cataloguePath: 'shared.competencies.yaml' }) as { text: string }).text] as const);

/** Runs `count` random single edits of `text`; returns how many took the incremental path. */
function compareEdits(name: string, text: string, count: number, seed: number): number {
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

describe('incremental re-analysis equals a full analysis', () => {
  for (const [name, text] of samples) {
    it(`random edits of ${name}`, () => {
      const used = compareEdits(name, text, 300, name.length * 7919);
      if (/\.ladder\./.test(name)) assert.ok(used > 30, `the incremental path was taken ${used} times`);
    });
  }
  for (const [name, text] of generated) {
    it(`random edits of the generated ${name}`, () => {
      const used = compareEdits(name, text, text.length > 50_000 ? 80 : 250, 99);
      assert.ok(used > 10, `the incremental path was taken ${used} times`);
    });
  }
  it('random edits of the generated catalogue', () => {
    assert.ok(compareEdits('shared.competencies.yaml', catalogue.text, 200, 5) > 10);
  });

  it('chains of edits in an open document stay equal to a full analysis', () => {
    const [name, start] = generated[0]!;
    const key = uri(name);
    const ws = new Workspace(new MemoryHost({}));
    const random = lcg(3);
    let text = start;
    ws.setOpenDocument(key, text);
    ws.diagnostics(key);
    for (let round = 0; round < 150; round++) {
      // Mostly edits in place, as typing does: a character in, a character out.
      const at = Math.floor(random() * text.length);
      text = random() < 0.5 ? text.slice(0, at) + 'q' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      ws.setOpenDocument(key, text);
      const reference = new Workspace(new MemoryHost({}));
      reference.setOpenDocument(key, text);
      assert.deepEqual(ws.diagnostics(key), reference.diagnostics(key), `round ${round}`);
      assert.deepEqual(ws.file(key).analyzed?.model, reference.file(key).analyzed?.model, `round ${round}`);
    }
  });

  it('a chain of splices, each on the document the last one left, stays equal to a full analysis', () => {
    const [name, start] = generated[1]!;
    const key = uri(name);
    const random = lcg(17);
    let current = analyzeFile(key, start);
    let spliced = 0;
    for (let round = 0; round < 120; round++) {
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
    assert.ok(spliced > 30, `${spliced} of 120 edits were spliced`);
  });

  it('declines what it cannot splice: an anchor, an edit before the dash, a comment ending the file', () => {
    const [name, text] = generated[0]!;
    const key = uri(name);
    const level = text.indexOf('\n  - id: ', text.indexOf('levels:'));
    assert.equal(reanalyze(analyzeFile(key, text), `${text.slice(0, level + 1)}x${text.slice(level + 1)}`), undefined, 'an edit before the dash');
    const summary = text.indexOf('summary:', level);
    assert.equal(reanalyze(analyzeFile(key, text), `${text.slice(0, summary)}x: &a 1\n    ${text.slice(summary)}`), undefined, 'an anchor');
    assert.notEqual(reanalyze(analyzeFile(key, text), `${text.slice(0, summary)}x${text.slice(summary)}`), undefined, 'a plain edit in a level');
    assert.notEqual(reanalyze(analyzeFile(key, text), `${text.slice(0, summary)}# why\n    ${text.slice(summary)}`), undefined, 'a comment inside a level');
    assert.equal(reanalyze(analyzeFile(key, text), `${text}  # the end\n`), undefined, 'a comment ending the file');
  });

  it('splices items typed, pasted or cut, and top-level entries: the result equals a full analysis', () => {
    const [name, text] = generated[0]!;
    const key = uri(name);
    const level = text.indexOf('\n  - id: ', text.indexOf('levels:'));
    const nextLevel = text.indexOf('\n  - id: ', level + 1);
    const afterNext = text.indexOf('\n  - id: ', nextLevel + 1);
    const levelCount = (source: string) => (analyzeFile(key, source).parsed.doc!.get('levels') as YAMLSeq).items.length;
    const cases: [string, string, number][] = [
      ['a comment on the last line of a level', `${text.slice(0, nextLevel)}  # trailing${text.slice(nextLevel)}`, 0],
      ['a comment between levels edited', text.replace('# --- Specialist', '# --- Specialists'), 0],
      ['a level typed after another', `${text.slice(0, nextLevel)}\n  - id: typed-level\n    name: Typed${text.slice(nextLevel)}`, 1],
      ['a dash typed on a new line', `${text.slice(0, nextLevel)}\n  -${text.slice(nextLevel)}`, 1],
      ['a level cut', text.slice(0, nextLevel) + text.slice(afterNext), -1],
      ['the last level edited', text.replace(/summary: (?=[^\n]*\n(?![\s\S]*summary: ))/, 'summary: Now '), 0],
      ['a level typed at the end of the file', `${text}  - id: typed-last\n    name: Typed\n`, 1],
      ['the last level cut with the comment above it', text.slice(0, text.lastIndexOf('\n  # ---') + 1), -1],
      ['the ladder renamed', text.replace(/^name: (.*)$/m, 'name: $1 (renamed)'), 0],
      ['a top-level key typed', text.replace('\nscale:', '\nowner: support\nscale:'), 0],
      ['a comment typed between top-level entries', text.replace('\nscale:', '\n# the scale\nscale:'), 0],
      ['a top-level key line edited', text.replace('\nlevels:', '\nlevels: '), 0],
      ['a level pasted twice', text.slice(0, nextLevel) + text.slice(nextLevel, afterNext).repeat(2) + text.slice(nextLevel), 2],
    ];
    for (const [label, next, added] of cases) {
      const result = reanalyze(analyzeFile(key, text), next);
      assert.ok(result, label);
      const full = analyzeFile(key, next);
      assert.equal(levelCount(next), levelCount(text) + added, label);
      assert.deepEqual(result.diagnostics, full.diagnostics, label);
      assert.deepEqual(result.model, full.model, label);
      assert.deepEqual(nodes(result.parsed.doc), nodes(full.parsed.doc), label);
    }
  });
});
