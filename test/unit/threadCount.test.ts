// How many threads `ladder check` uses: one for few files or a busy machine, one per idle core otherwise.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { threadCount } from '../../server/src/cli/parallelCheck';

describe('ladder check thread count', () => {
  it('uses one thread below 200 files, and one per idle core above', () => {
    assert.equal(threadCount(199, {}, 8, 0), 1);
    assert.equal(threadCount(1000, {}, 8, 0), 8);
    assert.equal(threadCount(1000, {}, 2, 0.4), 2);
    assert.equal(threadCount(1000, {}, 2, 1.2), 1);
    assert.equal(threadCount(1000, {}, 8, 5), 3);
    assert.equal(threadCount(250, {}, 8, 0), 3);
  });

  it('follows LADDER_THREADS whatever the file count and the load', () => {
    assert.equal(threadCount(10, { LADDER_THREADS: '3' }, 2, 9), 3);
    assert.equal(threadCount(2, { LADDER_THREADS: '3' }, 2, 9), 2);
    assert.equal(threadCount(1000, { LADDER_THREADS: '1' }, 8, 0), 1);
    assert.equal(threadCount(1000, { LADDER_THREADS: 'x' }, 8, 0), 8);
  });
});
