// Incremental re-analysis equals a full analysis over hundreds of random edits of every sample and of
// generated ladders, and over long chains of edits (test/unit/incremental.test.ts makes a few of each).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindFromFileName } from '../../server/src/core/fileKinds';
import { catalogue, compareEdits, compareSpliceChain, compareTyping, generated, samples } from '../unit/randomEdits';

describe('incremental re-analysis equals a full analysis', () => {
  for (const [name, text] of samples) {
    it(`random edits of ${name}`, () => {
      const used = compareEdits(name, text, 300, name.length * 7919);
      if (kindFromFileName(name) === 'Ladder') assert.ok(used > 30, `the incremental path was taken ${used} times`);
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
    const [name, text] = generated[0]!;
    compareTyping(name, text, 150, 3);
  });

  it('a chain of splices, each on the document the last one left, stays equal to a full analysis', () => {
    const [name, text] = generated[1]!;
    const spliced = compareSpliceChain(name, text, 120, 17);
    assert.ok(spliced > 30, `${spliced} of 120 edits were spliced`);
  });
});
