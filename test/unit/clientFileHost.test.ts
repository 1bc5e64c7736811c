// Files read through the client (a web worker, a virtual workspace): read ahead, kept, and a file the core
// asks for before it was read is "being read" until the client answers, then reported as read late.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver';
import { ClientFileHost } from '../../server/src/browser/clientFileHost';
import { scanThroughClient } from '../../server/src/browser/clientScanner';
import type { HostOptions } from '../../server/src/lsp/platform';
import { UriMap } from '../../server/src/lsp/uriMap';
import type { DirectoryEntry, ReadFileParams, ReadFileResult } from '../../server/src/protocol';

const ROOT = 'memfs:/team';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function host(files: Record<string, ReadFileResult>) {
  const asked: string[] = [];
  const late: string[][] = [];
  const uris = new UriMap();
  const connection = {
    sendRequest: (_type: unknown, { uri }: ReadFileParams) => {
      asked.push(uri);
      return Promise.resolve(files[uri] ?? { kind: 'missing' });
    },
  } as unknown as Connection;
  const options: HostOptions = {
    connection,
    uris,
    maxFileChars: 1000,
    roots: [uris.fromClient(ROOT)],
    readLate: (read) => late.push([...read]),
  };
  return { host: new ClientFileHost(options), asked, late, uris };
}

describe('files through the client', () => {
  it('answers from what it read ahead, decoding UTF-8, and says why a file has no text', async () => {
    const {
      host: files,
      asked,
      uris,
    } = host({
      [`${ROOT}/a.ladder.yaml`]: { kind: 'file', base64: base64('name: Café\n') },
      [`${ROOT}/big.ladder.yaml`]: { kind: 'too-large', size: 5000 },
      [`${ROOT}/dir.ladder.yaml`]: { kind: 'directory' },
    });
    const a = uris.fromClient(`${ROOT}/a.ladder.yaml`);
    const big = uris.fromClient(`${ROOT}/big.ladder.yaml`);
    const dir = uris.fromClient(`${ROOT}/dir.ladder.yaml`);
    const gone = uris.fromClient(`${ROOT}/gone.ladder.yaml`);
    await files.prefetch([a, big, dir, gone]);
    assert.deepEqual(files.read(a), { text: 'name: Café\n' });
    assert.deepEqual(files.read(big), {
      failure: 'too-large',
      message: 'it is too large (5,000 bytes; the limit is 1,000 characters)',
    });
    assert.deepEqual(files.read(dir), { failure: 'directory', message: 'it is a directory' });
    assert.deepEqual(files.read(gone), { failure: 'not-found', message: 'no such file' });
    assert.deepEqual(asked, [
      `${ROOT}/a.ladder.yaml`,
      `${ROOT}/big.ladder.yaml`,
      `${ROOT}/dir.ladder.yaml`,
      `${ROOT}/gone.ladder.yaml`,
    ]);
  });

  it('reads a file it was not asked to read ahead, says so while it reads it, and reports it read late once', async () => {
    const {
      host: files,
      late,
      uris,
    } = host({ [`${ROOT}/c.competencies.yaml`]: { kind: 'file', base64: base64('x') } });
    const c = uris.fromClient(`${ROOT}/c.competencies.yaml`);
    assert.equal(files.readingLate(), false);
    assert.deepEqual(files.read(c), { failure: 'unreadable', message: 'it is being read' });
    assert.deepEqual(files.read(c), { failure: 'unreadable', message: 'it is being read' });
    assert.equal(files.readingLate(), true);
    for (let turn = 0; turn < 10 && late.length === 0; turn++) await new Promise((done) => setImmediate(done));
    assert.deepEqual(late, [[c]], 'reported once, however often it was asked for');
    assert.equal(files.readingLate(), false);
    assert.deepEqual(files.read(c), { text: 'x' });
  });

  it('reads nothing outside the workspace folders', () => {
    const { host: files, asked } = host({});
    assert.deepEqual(files.read('file://virtual.invalid/memfs/@/elsewhere/x.ladder.yaml'), {
      failure: 'outside-workspace',
      message: 'it is outside the workspace folders',
    });
    assert.deepEqual(asked, []);
  });

  it('finds the ladder files by listing folders, leaving out hidden entries, build folders and other files', async () => {
    const listings: Record<string, DirectoryEntry[]> = {
      [ROOT]: [
        ['support.ladder.yaml', 'file'],
        ['notes.md', 'file'],
        ['.git', 'directory'],
        ['node_modules', 'directory'],
        ['people', 'directory'],
        ['linked', 'other'],
      ],
      [`${ROOT}/people`]: [['alex kim.assessment.yaml', 'file']],
    };
    const listed: string[] = [];
    const uris = new UriMap();
    const found = await scanThroughClient([uris.fromClient(ROOT)], uris, (uri) => {
      listed.push(uri);
      return Promise.resolve(listings[uri] ?? null);
    });
    assert.deepEqual(
      found.files.map((uri) => uris.toClient(uri)),
      [`${ROOT}/people/alex%20kim.assessment.yaml`, `${ROOT}/support.ladder.yaml`],
    );
    assert.deepEqual(listed, [ROOT, `${ROOT}/people`]);
  });
});
