// The disk host, on a real temporary folder: it opens before it checks (a FIFO swapped in is refused, not
// waited on), resolves real paths before the workspace boundary, names what it refuses, and reports
// invalid UTF-8 where it is.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { constants, mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Workspace } from '../../server/src/core/workspace/workspace';
import { DiskHost, nodeFileSystem, READ_FLAGS, type HostFileSystem } from '../../server/src/node/diskHost';
import { pathToUri } from '../../server/src/node/fileUris';
import { BASE_LADDER, NOW } from './helpers';

const ASSESSMENT = (ladder: string) =>
  `kind: SelfAssessment\nladder: ${ladder}\nperson: Alex\ndate: 2026-11-01\nlevel: engineer\nsince: 2026-01-01\nratings: {troubleshooting: 1}\n`;

/** The real file system, with every call recorded; `beforeOpen` runs just before a file is opened. */
function recordingFileSystem(calls: string[], beforeOpen: (path: string) => void = () => undefined): HostFileSystem {
  return {
    realpath: (path) => (calls.push('realpath'), nodeFileSystem.realpath(path)),
    lstat: (path) => (calls.push('lstat'), nodeFileSystem.lstat(path)),
    open: (path, flags) => {
      calls.push('open');
      beforeOpen(path);
      // Opening a FIFO that has no writer without O_NONBLOCK would wait forever: fail instead of hanging.
      if ((flags & constants.O_NONBLOCK) === 0 && nodeFileSystem.lstat(path).isFIFO())
        throw new Error('this open would block on a FIFO');
      return nodeFileSystem.open(path, flags);
    },
    fstat: (fd) => (calls.push('fstat'), nodeFileSystem.fstat(fd)),
    read: (fd, buffer, offset, length, position) => (
      calls.push('read'),
      nodeFileSystem.read(fd, buffer, offset, length, position)
    ),
    close: (fd) => (calls.push('close'), nodeFileSystem.close(fd)),
  };
}

/** A host on the real disk that fails, rather than hangs, if it ever opens a FIFO in a way that blocks. */
const guardedHost = (options: ConstructorParameters<typeof DiskHost>[0] = {}) =>
  new DiskHost({ ...options, fileSystem: recordingFileSystem([]) });

describe('DiskHost', () => {
  let base: string;
  let ws: string;
  const at = (name: string) => join(ws, name);
  const uriOf = (name: string) => pathToUri(at(name));

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'ladder-host-'));
    ws = join(base, 'ws');
    mkdirSync(join(ws, 'sub'), { recursive: true });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'secret.ladder.yaml'), BASE_LADDER);
    writeFileSync(join(base, 'outside', 'secret.competencies.yaml'), 'kind: Competencies\ncompetencies: []\n');
    writeFileSync(at('base.ladder.yaml'), BASE_LADDER);
    symlinkSync(join(base, 'outside'), at('ext'));
    symlinkSync(join(ws, 'sub'), at('inner'));
    writeFileSync(join(ws, 'sub', 'linked.ladder.yaml'), BASE_LADDER);
    symlinkSync(at('nowhere.ladder.yaml'), at('dangling.ladder.yaml'));
    execFileSync('mkfifo', [at('pipe.ladder.yaml')]);
  });

  after(() => rmSync(base, { recursive: true, force: true }));

  it('opens before it checks: no stat before the open, the type and size from the open file', () => {
    const calls: string[] = [];
    const host = new DiskHost({ fileSystem: recordingFileSystem(calls) });
    assert.equal('text' in host.read(uriOf('base.ladder.yaml')) && 'read', 'read');
    assert.deepEqual(calls.slice(0, 3), ['realpath', 'open', 'fstat']);
    assert.equal(calls.at(-1), 'close');
    assert.ok(!calls.slice(0, calls.indexOf('open')).includes('lstat'));
  });

  it('refuses a file swapped for a FIFO just before the open, without blocking', () => {
    const path = at('swapped.ladder.yaml');
    writeFileSync(path, BASE_LADDER);
    const swap = (opened: string) => {
      if (opened !== path) return;
      unlinkSync(path);
      execFileSync('mkfifo', [path]);
    };
    const calls: string[] = [];
    const result = new DiskHost({ fileSystem: recordingFileSystem(calls, swap) }).read(uriOf('swapped.ladder.yaml'));
    assert.deepEqual(result, { failure: 'not-a-file', message: 'it is a named pipe, not a file' });
    // What the open found decides; looking at the path again (lstat) only words the message.
    assert.deepEqual(calls, ['realpath', 'open', 'fstat', 'lstat', 'close']);
  });

  it('opens without blocking and without following a link swapped in', () => {
    assert.equal(READ_FLAGS & constants.O_NONBLOCK, constants.O_NONBLOCK);
    assert.equal(READ_FLAGS & constants.O_NOFOLLOW, constants.O_NOFOLLOW);
    const path = at('relinked.ladder.yaml');
    writeFileSync(path, BASE_LADDER);
    const relink = (opened: string) => {
      if (opened !== path) return;
      unlinkSync(path);
      symlinkSync(join(base, 'outside', 'secret.ladder.yaml'), path);
    };
    const result = new DiskHost({ roots: [pathToUri(ws)], fileSystem: recordingFileSystem([], relink) }).read(
      uriOf('relinked.ladder.yaml'),
    );
    assert.deepEqual(result, { failure: 'unreadable', message: 'it was replaced by a symbolic link while being read' });
  });

  it('names what it refuses', () => {
    const host = guardedHost();
    assert.deepEqual(host.read(uriOf('pipe.ladder.yaml')), {
      failure: 'not-a-file',
      message: 'it is a named pipe, not a file',
    });
    assert.deepEqual(host.read(uriOf('dangling.ladder.yaml')), {
      failure: 'not-found',
      message: 'it is a symbolic link to a missing file',
    });
    assert.deepEqual(host.read(uriOf('missing.ladder.yaml')), { failure: 'not-found', message: 'no such file' });
    assert.deepEqual(host.read(uriOf('sub')), { failure: 'directory', message: 'it is a directory' });
    assert.deepEqual(host.read('untitled:Untitled-1'), {
      failure: 'unreadable',
      message: 'only local files can be read (untitled:Untitled-1)',
    });
  });

  it('refuses a file whose real path leaves the roots, through a link to a folder or to a file', () => {
    symlinkSync(join(base, 'outside', 'secret.ladder.yaml'), at('secret-link.ladder.yaml'));
    const host = guardedHost({ roots: [pathToUri(ws)] });
    const outside = {
      failure: 'outside-workspace',
      message: 'it leads outside the workspace folders through a symbolic link',
    };
    assert.deepEqual(host.read(uriOf('ext/secret.ladder.yaml')), outside);
    assert.deepEqual(host.read(uriOf('secret-link.ladder.yaml')), outside);
    assert.deepEqual(host.read(pathToUri(join(base, 'outside', 'secret.ladder.yaml'))), {
      failure: 'outside-workspace',
      message: 'it is outside the workspace folders',
    });
    assert.ok('text' in host.read(uriOf('inner/linked.ladder.yaml')), 'a link that stays inside is followed');
    assert.ok('text' in guardedHost().read(uriOf('ext/secret.ladder.yaml')), 'without roots there is no boundary');
  });

  it('measures the size limit in characters: bytes are refused only when no text within the limit could be that long', () => {
    // Ten characters of three bytes each, a byte order mark and one more: 33 bytes, which a text of ten
    // characters can have, so it is read (and the parser refuses it); 36 bytes cannot be, and are not read.
    writeFileSync(at('wide.ladder.yaml'), `\uFEFF${'€'.repeat(10)}`);
    writeFileSync(at('wider.ladder.yaml'), '€'.repeat(11));
    writeFileSync(at('widest.ladder.yaml'), '€'.repeat(12));
    const host = guardedHost({ maxFileChars: 10 });
    assert.deepEqual(host.read(uriOf('wide.ladder.yaml')), { text: '€'.repeat(10) });
    assert.deepEqual(host.read(uriOf('wider.ladder.yaml')), { text: '€'.repeat(11) });
    assert.deepEqual(host.read(uriOf('widest.ladder.yaml')), {
      failure: 'too-large',
      message: 'it is too large (36 bytes; the limit is 10 characters)',
    });
  });

  describe('through the core', () => {
    const workspace = () =>
      new Workspace(guardedHost({ roots: [pathToUri(ws)] }), { now: NOW, roots: [pathToUri(ws)] });
    const messages = (w: Workspace, name: string, code: string) =>
      w
        .diagnostics(uriOf(name))
        .filter((d) => d.code === code)
        .map((d) => d.message);

    it("refuses an assessment's ladder and a ladder's include behind a link out of the workspace", () => {
      writeFileSync(at('a.assessment.yaml'), ASSESSMENT('ext/secret.ladder.yaml'));
      writeFileSync(
        at('inc.ladder.yaml'),
        BASE_LADDER.replace('competencies:\n', 'include: [ext/secret.competencies.yaml]\ncompetencies:\n'),
      );
      const w = workspace();
      assert.deepEqual(messages(w, 'a.assessment.yaml', 'ladder-not-found'), [
        "Cannot read ladder 'ext/secret.ladder.yaml': it leads outside the workspace folders through a symbolic link.",
      ]);
      assert.deepEqual(messages(w, 'inc.ladder.yaml', 'include-not-found'), [
        "Cannot include 'ext/secret.competencies.yaml': it leads outside the workspace folders through a symbolic link.",
      ]);
    });

    it('reports invalid UTF-8 at the first bad byte of a file read from disk', () => {
      writeFileSync(
        at('latin.ladder.yaml'),
        Buffer.concat([
          Buffer.from('kind: Ladder\nid: x\nname: Caf'),
          Buffer.from([0xe9]),
          Buffer.from(' Th'),
          Buffer.from([0xe9]),
          Buffer.from('\n'),
        ]),
      );
      const found = workspace()
        .diagnostics(uriOf('latin.ladder.yaml'))
        .filter((d) => d.code === 'invalid-utf8');
      assert.deepEqual(
        found.map((d) => [d.severity, d.span]),
        [['error', { start: 28, end: 29 }]],
      );
      assert.match(found[0]!.message, /^This file is not valid UTF-8: the byte 0xE9 here/);
    });
  });
});
