// How many threads `ladder check` uses: one for few files or a busy machine, one per two idle cores otherwise.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { threadCount } from '../../server/src/cli/parallelCheck';

describe('ladder check thread count', () => {
  it('uses one thread per two idle cores, with at least 400 files each', () => {
    assert.equal(threadCount(399, {}, 8, 0), 1);
    assert.equal(threadCount(1000, {}, 2, 0), 1);
    assert.equal(threadCount(1000, {}, 3, 0), 1);
    assert.equal(threadCount(1000, {}, 4, 0), 2);
    assert.equal(threadCount(1000, {}, 8, 0), 2);
    assert.equal(threadCount(4000, {}, 8, 0), 4);
    assert.equal(threadCount(4000, {}, 8, 3.6), 2);
    assert.equal(threadCount(4000, {}, 8, 9), 1);
  });

  it('follows LADDER_THREADS whatever the file count and the load', () => {
    assert.equal(threadCount(10, { LADDER_THREADS: '3' }, 2, 9), 3);
    assert.equal(threadCount(2, { LADDER_THREADS: '3' }, 2, 9), 2);
    assert.equal(threadCount(1000, { LADDER_THREADS: '1' }, 8, 0), 1);
    assert.equal(threadCount(1000, { LADDER_THREADS: 'x' }, 8, 0), 2);
  });
});
