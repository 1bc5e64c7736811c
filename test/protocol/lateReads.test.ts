// A ladder file opened before the workspace was read (VS Code for the Web starts the extension when a
// ladder file is opened, on a file system it cannot search): the server reads the files the document
// needs through the client, and publishes its diagnostics once they came, never the interim ones about
// files still being read ("Cannot read ladder …: it is being read", or a ladder whose catalogue is not
// read yet).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { browserPlatform } from '../../server/src/browser/browserPlatform';
import type { DirectoryEntry, ReadFileResult } from '../../server/src/protocol';
import { ASSESSMENT, CATALOGUE, LADDER } from './fixtures';
import { startInProcessServer } from './inProcessServer';
import { pollFor } from './lspClient';

const ROOT = 'memfs:/team';
const FILES: Record<string, string> = {
  [`${ROOT}/support.ladder.yaml`]: LADDER,
  [`${ROOT}/core.competencies.yaml`]: CATALOGUE,
  [`${ROOT}/alex.assessment.yaml`]: ASSESSMENT,
};
const ASSESSMENT_URI = `${ROOT}/alex.assessment.yaml`;

describe('a document opened before the workspace was read through the client', () => {
  const { client, published } = startInProcessServer(browserPlatform);
  const states: string[] = [];
  let listFolder: () => void = () => undefined;
  const folderListed = new Promise<void>((resolve) => (listFolder = resolve));
  client.onNotification('ladder/indexing', ({ state }: { state: string }) => void states.push(state));
  // The folder is listed only when the test says so: the document is opened and analysed before.
  client.onRequest('ladder/readDirectory', async ({ uri }: { uri: string }): Promise<DirectoryEntry[] | null> => {
    await folderListed;
    return uri.replace(/^memfs:\/\/\//, 'memfs:/') === ROOT
      ? Object.keys(FILES).map((file) => [file.slice(ROOT.length + 1), 'file'])
      : null;
  });
  const read: string[] = [];
  client.onRequest('ladder/readFile', ({ uri }: { uri: string }): ReadFileResult => {
    // `memfs:///team/…` and `memfs:/team/…` are the same URI (as vscode.Uri reads them).
    const file = uri.replace(/^memfs:\/\/\//, 'memfs:/');
    read.push(file);
    const text = FILES[file];
    return text === undefined ? { kind: 'missing' } : { kind: 'file', base64: Buffer.from(text).toString('base64') };
  });
  client.listen();

  after(() => client.dispose());

  it('publishes only the diagnostics of the files as they are, after reading what the document needs', async () => {
    await client.sendRequest('initialize', {
      processId: null,
      rootUri: ROOT,
      workspaceFolders: [{ uri: ROOT, name: 'team' }],
      capabilities: {},
    });
    await client.sendNotification('initialized', {});
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: ASSESSMENT_URI, languageId: 'career-ladder-yaml', version: 1, text: ASSESSMENT },
    });
    const expected = [
      'Not rated yet, but expected by your next or target levels: networking.',
      "Unknown competency 'netwrking'. Did you mean 'networking'?",
    ];
    const ofAssessment = () =>
      published.filter((entry) => entry.uri === ASSESSMENT_URI).map((entry) => entry.diagnostics.map((d) => d.message));
    // Before the folder is listed: the ladder and its catalogue are read for the open document alone.
    await pollFor(
      () =>
        ofAssessment().some((messages) => JSON.stringify(messages) === JSON.stringify(expected)) ? true : undefined,
      'the diagnostics of the open assessment',
    ).catch((error: Error) => {
      throw new Error(`${error.message}; published: ${JSON.stringify(ofAssessment())}; read: ${read.join(', ')}`);
    });
    assert.deepEqual(read, [`${ROOT}/support.ladder.yaml`, `${ROOT}/core.competencies.yaml`]);
    listFolder();
    await pollFor(() => (states.includes('ready') ? true : undefined), 'the workspace indexed');
    const seen = ofAssessment();
    assert.ok(seen.length >= 1);
    for (const messages of seen) assert.deepEqual(messages, expected);
    await client.sendRequest('shutdown');
  });
});
