// The language server started in this process on a pair of streams: the same wiring as over stdio,
// without a child process (what lets a test step through a handler in a debugger).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { nodePlatform } from '../../server/src/lsp/nodePlatform';
import { ASSESSMENT, LADDER, writeWorkspace } from './fixtures';
import { startInProcessServer } from './inProcessServer';
import { pollFor } from './lspClient';

describe('language server in process', () => {
  const { client, published } = startInProcessServer(nodePlatform);
  client.listen();

  after(() => client.dispose());

  it('answers initialize, diagnoses an opened document and hovers from the same service', async () => {
    const files = writeWorkspace();
    const result = (await client.sendRequest('initialize', {
      processId: null,
      rootUri: files.root,
      capabilities: {},
    })) as { serverInfo: { name: string } };
    assert.equal(result.serverInfo.name, 'career-ladder');
    await client.sendNotification('initialized', {});
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: files.ladder, languageId: 'yaml', version: 1, text: LADDER },
    });
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: files.assessment, languageId: 'yaml', version: 1, text: ASSESSMENT },
    });
    const diagnostics = await pollFor(
      () => published.find((entry) => entry.uri === files.assessment && entry.diagnostics.length > 0),
      'assessment diagnostics',
    );
    assert.deepEqual(
      diagnostics.diagnostics.map((d) => d.code),
      ['missing-ratings', 'unknown-reference'],
    );
    const hover = (await client.sendRequest('textDocument/hover', {
      textDocument: { uri: files.assessment },
      position: { line: 0, character: 0 },
    })) as { contents: { value: string } } | null;
    assert.match(hover?.contents.value ?? '', /SelfAssessment/);
    await client.sendRequest('shutdown');
  });
});
