// Incremental re-analysis (the list items or top-level entries that an edit touches re-parsed and
// spliced in) gives exactly what a full analysis gives: diagnostics with their spans, the model, and the
// range of every YAML node. A few random edits of each file here; test/robustness/incremental.test.ts
// makes hundreds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { YAMLSeq } from 'yaml';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import { reanalyze } from '../../server/src/core/model/reanalyze';
import { uri } from './helpers';
import { catalogue, compareEdits, compareSpliceChain, compareTyping, generated, nodes, samples } from './randomEdits';

describe('incremental re-analysis equals a full analysis', () => {
  it('on a few random edits of every sample and generated file', () => {
    const used = [
      ...samples.map(([name, text]) => [name, compareEdits(name, text, 30, name.length * 7919)] as const),
      [generated[0]![0], compareEdits(generated[0]![0], generated[0]![1], 20, 99)] as const,
      ['shared.competencies.yaml', compareEdits('shared.competencies.yaml', catalogue.text, 20, 5)] as const,
    ];
    for (const [name, count] of used) assert.ok(count >= 4, `the incremental path was taken ${count} times in ${name}`);
  });

  it('on a short chain of edits in an open document', () => {
    const [name, text] = generated[0]!;
    compareTyping(name, text, 20, 3);
  });

  it('on a short chain of splices, each on the document the last one left', () => {
    const [name, text] = generated[0]!;
    const spliced = compareSpliceChain(name, text, 20, 17);
    assert.ok(spliced >= 4, `${spliced} of 20 edits were spliced`);
  });

  it('declines what it cannot splice: an anchor, an edit before the dash, a comment ending the file', () => {
    const [name, text] = generated[0]!;
    const key = uri(name);
    const level = text.indexOf('\n  - id: ', text.indexOf('levels:'));
    assert.equal(
      reanalyze(analyzeFile(key, text), `${text.slice(0, level + 1)}x${text.slice(level + 1)}`),
      undefined,
      'an edit before the dash',
    );
    const summary = text.indexOf('summary:', level);
    assert.equal(
      reanalyze(analyzeFile(key, text), `${text.slice(0, summary)}x: &a 1\n    ${text.slice(summary)}`),
      undefined,
      'an anchor',
    );
    assert.notEqual(
      reanalyze(analyzeFile(key, text), `${text.slice(0, summary)}x${text.slice(summary)}`),
      undefined,
      'a plain edit in a level',
    );
    assert.notEqual(
      reanalyze(analyzeFile(key, text), `${text.slice(0, summary)}# why\n    ${text.slice(summary)}`),
      undefined,
      'a comment inside a level',
    );
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
      [
        'a level typed after another',
        `${text.slice(0, nextLevel)}\n  - id: typed-level\n    name: Typed${text.slice(nextLevel)}`,
        1,
      ],
      ['a dash typed on a new line', `${text.slice(0, nextLevel)}\n  -${text.slice(nextLevel)}`, 1],
      ['a level cut', text.slice(0, nextLevel) + text.slice(afterNext), -1],
      ['the last level edited', text.replace(/summary: (?=[^\n]*\n(?![\s\S]*summary: ))/, 'summary: Now '), 0],
      ['a level typed at the end of the file', `${text}  - id: typed-last\n    name: Typed\n`, 1],
      ['the last level cut with the comment above it', text.slice(0, text.lastIndexOf('\n  # ---') + 1), -1],
      ['the ladder renamed', text.replace(/^name: (.*)$/m, 'name: $1 (renamed)'), 0],
      ['a top-level key typed', text.replace('\nscale:', '\nowner: support\nscale:'), 0],
      ['a comment typed between top-level entries', text.replace('\nscale:', '\n# the scale\nscale:'), 0],
      ['a top-level key line edited', text.replace('\nlevels:', '\nlevels: '), 0],
      [
        'a level pasted twice',
        text.slice(0, nextLevel) + text.slice(nextLevel, afterNext).repeat(2) + text.slice(nextLevel),
        2,
      ],
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
