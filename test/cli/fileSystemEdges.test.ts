// `ladder` on what file systems hold besides plain files: FIFOs (named directly or found in a folder),
// dangling links, links out of the folders given, invalid UTF-8 and lone-CR line ends.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BROKEN_LADDER, MINI_ASSESSMENT, MINI_LADDER } from './fixtures';
import { CLI, fixture, ladder, lines, REPO, type CliResult } from './helpers';

/** Runs the CLI without waiting on it synchronously: polls for its exit, and fails (killing it) after `timeoutMs`. */
async function ladderWithin(args: readonly string[], cwd: string, timeoutMs = 10_000): Promise<CliResult> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  child.on('close', () => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (!exited) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      assert.fail(`ladder ${args.join(' ')} did not finish within ${timeoutMs} ms`);
    }
    await new Promise((done) => setTimeout(done, 10));
  }
  return { code: child.exitCode, stdout, stderr };
}

const crOnly = (text: string) => text.replace(/\r?\n/g, '\r');

describe('ladder on FIFOs and dangling links', () => {
  it('refuses a FIFO named on the command line at once, for check and for score', async () => {
    const dir = fixture({});
    execFileSync('mkfifo', [join(dir, 'pipe.ladder.yaml')]);
    execFileSync('mkfifo', [join(dir, 'pipe.assessment.yaml')]);
    const checked = await ladderWithin(['check', 'pipe.ladder.yaml'], dir);
    assert.equal(checked.code, 2);
    assert.equal(lines(checked.stderr)[0], "ladder: 'pipe.ladder.yaml' is a named pipe, not a file or a directory");
    const scored = await ladderWithin(['score', 'pipe.assessment.yaml'], dir);
    assert.equal(scored.code, 2);
    assert.equal(
      lines(scored.stderr)[0],
      "ladder: 'pipe.assessment.yaml' is a named pipe, not a file; score takes one self-assessment file",
    );
  });

  it('names a dangling link on the command line as one', async () => {
    const dir = fixture({});
    symlinkSync('gone.ladder.yaml', join(dir, 'link.ladder.yaml'));
    const checked = await ladderWithin(['check', 'link.ladder.yaml'], dir);
    assert.equal(checked.code, 2);
    assert.equal(lines(checked.stderr)[0], "ladder: 'link.ladder.yaml' is a symbolic link to a missing file");
  });

  it('warns about a FIFO and a dangling link named like ladder files in a folder, and checks the rest', async () => {
    const dir = fixture({ 'team/mini.ladder.yaml': MINI_LADDER });
    execFileSync('mkfifo', [join(dir, 'team', 'pipe.competencies.yaml')]);
    symlinkSync('gone.ladder.yaml', join(dir, 'team', 'dangling.ladder.yaml'));
    symlinkSync('gone.txt', join(dir, 'team', 'not-a-ladder.txt'));
    execFileSync('mkfifo', [join(dir, 'team', 'notes.fifo')]);
    const result = await ladderWithin(['check', 'team'], dir);
    assert.equal(result.code, 0);
    assert.deepEqual(lines(result.stdout), [
      'team/dangling.ladder.yaml:1:1: warning: Not checked: it is a symbolic link to a missing file. [skipped-file]',
      'team/pipe.competencies.yaml:1:1: warning: Not checked: it is a named pipe, not a file. [skipped-file]',
    ]);
    assert.equal(result.stderr, '1 file checked: 0 errors, 2 warnings\n');
  });
});

describe('ladder and symbolic links out of the folders given', () => {
  function linked() {
    const dir = fixture({ 'outside/secret.ladder.yaml': MINI_LADDER, 'ws/mini.ladder.yaml': MINI_LADDER });
    symlinkSync(join(dir, 'outside'), join(dir, 'ws', 'ext'));
    return dir;
  }

  it("does not read an assessment's ladder through a link to a folder elsewhere", async () => {
    const dir = linked();
    writeFileSync(
      join(dir, 'ws', 'a.assessment.yaml'),
      MINI_ASSESSMENT.replace('ladder: mini.ladder.yaml', 'ladder: ext/secret.ladder.yaml'),
    );
    const checked = await ladderWithin(['check', 'a.assessment.yaml'], join(dir, 'ws'));
    assert.equal(checked.code, 1);
    assert.deepEqual(lines(checked.stdout), [
      "a.assessment.yaml:2:9: error: Cannot read ladder 'ext/secret.ladder.yaml': it leads outside the current folder and the paths given through a symbolic link. [ladder-not-found]",
    ]);
    const scored = await ladderWithin(['score', 'a.assessment.yaml'], join(dir, 'ws'));
    assert.equal(scored.code, 1);
    assert.deepEqual(lines(scored.stdout), [
      "a.assessment.yaml:2:9: error: Cannot read ladder 'ext/secret.ladder.yaml': it leads outside the current folder and the paths given through a symbolic link. [ladder-not-found]",
    ]);
  });

  it('does not follow a link to a folder elsewhere when checking a folder, and says so', async () => {
    const dir = linked();
    const result = await ladderWithin(['check', '.'], join(dir, 'ws'));
    assert.equal(result.code, 0);
    assert.deepEqual(lines(result.stdout), [
      'ext:1:1: warning: Not checked: it is a symbolic link to a place outside the current folder and the paths given. [skipped-file]',
    ]);
    assert.equal(result.stderr, '1 file checked: 0 errors, 1 warning\n');
  });

  it('reads a path outside the current folder when it is given, and not otherwise', async () => {
    const dir = linked();
    writeFileSync(
      join(dir, 'ws', 'b.assessment.yaml'),
      MINI_ASSESSMENT.replace('ladder: mini.ladder.yaml', 'ladder: ../outside/secret.ladder.yaml'),
    );
    const alone = await ladderWithin(['check', 'b.assessment.yaml'], join(dir, 'ws'));
    assert.deepEqual(lines(alone.stdout), [
      "b.assessment.yaml:2:9: error: Cannot read ladder '../outside/secret.ladder.yaml': it is outside the current folder and the paths given. [ladder-not-found]",
    ]);
    const withIt = await ladderWithin(['check', 'b.assessment.yaml', '../outside'], join(dir, 'ws'));
    assert.equal(withIt.code, 0, withIt.stdout);
    assert.doesNotMatch(withIt.stdout, /ladder-not-found/);
  });
});

describe('ladder on invalid UTF-8 and lone-CR line ends', () => {
  it('reports the first invalid UTF-8 byte of a file where it is, once', async () => {
    const bytes = Buffer.from(MINI_LADDER.replace('name: Mini Ladder', 'name: Caf'));
    const at = bytes.indexOf('name: Caf') + 'name: Caf'.length;
    const latin = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9, 0x20, 0xe9, 0xff]), bytes.subarray(at)]);
    const dir = fixture({ 'latin.ladder.yaml': latin });
    const result = await ladderWithin(['check', '.'], dir);
    assert.equal(result.code, 1);
    assert.deepEqual(lines(result.stdout), [
      'latin.ladder.yaml:3:10: error: This file is not valid UTF-8: the byte 0xE9 here (and any invalid bytes after it) was read as the replacement character U+FFFD. Save the file as UTF-8. [invalid-utf8]',
    ]);
  });

  it('checks the samples with lone-CR line ends exactly as with LF: no errors or warnings, the same lines', async () => {
    const copy = (lineEnds: (text: string) => string) => {
      const dir = fixture({});
      cpSync(join(REPO, 'samples'), join(dir, 'samples'), { recursive: true });
      for (const name of readdirSync(join(dir, 'samples')).filter((n) => n.endsWith('.yaml'))) {
        writeFileSync(join(dir, 'samples', name), lineEnds(readFileSync(join(dir, 'samples', name), 'utf8')));
      }
      return dir;
    };
    const lf = await ladderWithin(
      ['check', 'samples'],
      copy((text) => text),
    );
    const cr = await ladderWithin(['check', 'samples'], copy(crOnly));
    assert.equal(lf.code, 0);
    assert.doesNotMatch(lf.stdout, /: (error|warning): /);
    assert.match(lf.stderr, /^15 files checked: 0 errors, \d+ info\n$/);
    assert.deepEqual(cr, lf);
  });

  it('gives a file with lone-CR line ends the lines and columns of its LF version', () => {
    const lf = fixture({ 'team.ladder.yaml': BROKEN_LADDER });
    const cr = fixture({ 'team.ladder.yaml': crOnly(BROKEN_LADDER) });
    const expected = ladder(['check', '.'], lf);
    assert.ok(lines(expected.stdout).length >= 4, expected.stdout);
    assert.deepEqual(ladder(['check', '.'], cr), expected);
  });
});
