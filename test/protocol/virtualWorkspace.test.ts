// The Node language server on a virtual workspace (desktop VS Code on a remote repository): no disk behind
// the folder, so the server lists and reads it through the client (ladder/readDirectory, ladder/readFile),
// diagnoses and scores it as on disk, and the features that need git say why they are off.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { nodePlatform } from '../../server/src/lsp/nodePlatform';
import type { DirectoryEntry, ReadFileResult, ScoreResult } from '../../server/src/protocol';
import { ASSESSMENT, CATALOGUE, LADDER } from './fixtures';
import { startInProcessServer } from './inProcessServer';
import { pollFor } from './lspClient';

const ROOT = 'vscode-vfs://github/acme/ladders';
const FILES: Record<string, string> = {
  [`${ROOT}/support.ladder.yaml`]: LADDER,
  [`${ROOT}/core.competencies.yaml`]: CATALOGUE,
  [`${ROOT}/alex.assessment.yaml`]: ASSESSMENT,
};

describe('language server in Node on a virtual workspace', () => {
  const { client, published } = startInProcessServer(nodePlatform);
  const read: string[] = [];
  client.onRequest('ladder/readDirectory', ({ uri }: { uri: string }): DirectoryEntry[] | null =>
    uri === ROOT ? Object.keys(FILES).map((file) => [file.slice(ROOT.length + 1), 'file']) : null,
  );
  client.onRequest('ladder/readFile', ({ uri }: { uri: string }): ReadFileResult => {
    read.push(uri);
    const text = FILES[uri];
    return text === undefined ? { kind: 'missing' } : { kind: 'file', base64: Buffer.from(text).toString('base64') };
  });
  client.listen();

  after(() => client.dispose());

  it('reads the folder through the client, diagnoses and scores it, and says git is not there', async () => {
    await client.sendRequest('initialize', {
      processId: null,
      rootUri: ROOT,
      workspaceFolders: [{ uri: ROOT, name: 'ladders' }],
      capabilities: {},
    });
    await client.sendNotification('initialized', {});
    const diagnostics = await pollFor(
      () => published.find((entry) => entry.uri === `${ROOT}/alex.assessment.yaml` && entry.diagnostics.length > 0),
      'assessment diagnostics',
    );
    assert.deepEqual(
      diagnostics.diagnostics.map((d) => d.code),
      ['missing-ratings', 'unknown-reference'],
    );
    assert.deepEqual([...read].sort(), Object.keys(FILES).sort());

    const score = (await client.sendRequest('ladder/score', { uri: `${ROOT}/alex.assessment.yaml` })) as ScoreResult;
    assert.equal(score.ladderUri, `${ROOT}/support.ladder.yaml`);
    assert.equal(score.report!.levels.find((level) => level.id === 'senior')!.readiness, 0.75);

    const history = (await client.sendRequest('ladder/history', { uri: `${ROOT}/alex.assessment.yaml` })) as {
      unavailable?: string;
    };
    assert.equal(history.unavailable, 'the file is not on a local disk (a virtual workspace)');
    await client.sendRequest('shutdown');
  });
});
