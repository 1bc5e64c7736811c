import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FileHost, ReadResult } from '../../server/src/core';
import { ReadOnceHost } from '../../server/src/cli/readOnceHost';

/** A host that counts the reads of each URI and answers from a table. */
class CountingHost implements FileHost {
  readonly reads = new Map<string, number>();
  constructor(private readonly files: Record<string, ReadResult>) {}
  read(uri: string): ReadResult {
    this.reads.set(uri, (this.reads.get(uri) ?? 0) + 1);
    return this.files[uri] ?? { failure: 'not-found', message: 'no such file' };
  }
}

describe('ReadOnceHost', () => {
  it('reads each file from the host once, and answers later reads with the same result', () => {
    const disk = new CountingHost({ 'file:///w/a.ladder.yaml': { text: 'kind: Ladder\n' } });
    const host = new ReadOnceHost(disk);
    const first = host.read('file:///w/a.ladder.yaml');
    assert.deepEqual(first, { text: 'kind: Ladder\n' });
    assert.equal(host.read('file:///w/a.ladder.yaml'), first);
    assert.deepEqual(host.read('file:///w/missing.yaml'), { failure: 'not-found', message: 'no such file' });
    host.read('file:///w/missing.yaml');
    assert.deepEqual(
      [...disk.reads],
      [
        ['file:///w/a.ladder.yaml', 1],
        ['file:///w/missing.yaml', 1],
      ],
    );
  });
});
