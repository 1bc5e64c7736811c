// The diagnostics publisher while files are still being read through the client: it holds back what it
// would publish (diagnostics about files not read yet), publishes it once they came, and at most after a
// limit when a read never ends.
import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import type { Connection } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { DiagnosticsPublisher } from '../../server/src/lsp/diagnosticsPublisher';
import { UriMap } from '../../server/src/lsp/uriMap';
import { ladderWith } from './ladderFixtures';
import { uri, workspaceOf } from './helpers';

function setUp() {
  const ladder = uri('l.ladder.yaml');
  const { ws } = workspaceOf({ 'l.ladder.yaml': ladderWith('levels: []\n') });
  const sent: string[] = [];
  const connection = { sendDiagnostics: (params: PublishDiagnosticsParams) => void sent.push(params.uri) };
  const publisher = new DiagnosticsPublisher(connection as unknown as Connection, ws, new UriMap(), 0, 0);
  const reading = { now: true };
  publisher.holdWhile = () => reading.now;
  return { ladder, sent, publisher, reading };
}

describe('diagnostics held back while files are being read', () => {
  it('publishes nothing while reading, then what was held once the reads are done', () => {
    const { ladder, sent, publisher, reading } = setUp();
    publisher.publish(ladder);
    publisher.releaseHeld();
    assert.deepEqual(sent, [], 'still reading: nothing released');
    reading.now = false;
    publisher.releaseHeld();
    assert.deepEqual(sent, [ladder]);
    publisher.releaseHeld();
    assert.deepEqual(sent, [ladder], 'released once');
    publisher.publish(ladder);
    assert.deepEqual(sent, [ladder, ladder], 'published at once when nothing is being read');
    publisher.dispose();
  });

  it('publishes what it held after 5 seconds when a read never ends, and nothing of a file cleared meanwhile', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      const { ladder, sent, publisher } = setUp();
      const other = uri('m.ladder.yaml');
      publisher.publish(ladder);
      publisher.publish(other);
      publisher.clear(other);
      assert.deepEqual(sent, [other], 'the clearing only');
      mock.timers.tick(4_999);
      assert.deepEqual(sent, [other]);
      mock.timers.tick(1);
      assert.deepEqual(sent, [other, ladder]);
      publisher.dispose();
    } finally {
      mock.timers.reset();
    }
  });
});
