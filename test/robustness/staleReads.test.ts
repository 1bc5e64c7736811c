// Requests on a big document with a newer pending text, answered from its last analysis, equal a fresh
// analysis's at hundreds of places (test/unit/staleReads.test.ts asks at a few).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EDITS, compareStaleAnswers } from '../unit/staleAnswers';

describe('stale reads: big documents answer from the last analysis', () => {
  for (const [name, next] of EDITS) {
    it(`${name}: answers equal a fresh analysis away from the changed line, without parsing`, () => {
      const compared = compareStaleAnswers(next, 40);
      assert.ok(compared > 50, `compared at ${compared} places`);
    });
  }
});
