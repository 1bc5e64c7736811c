// `ladder check`: exact problem lines, sorting, file discovery, exit codes and read-only behaviour.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BROKEN_LADDER, MINI_ASSESSMENT, MINI_LADDER, SYNTAX_ERROR_CATALOGUE } from './fixtures';
import { fixture, ladder, lines, snapshot } from './helpers';

describe('ladder check', () => {
  it('prints one exact line per problem, sorted by file then position, and exits 1 on errors', () => {
    const dir = fixture({ 'team.ladder.yaml': BROKEN_LADDER, 'extra.competencies.yaml': SYNTAX_ERROR_CATALOGUE });
    const result = ladder(['check', '.'], dir);
    assert.equal(result.code, 1);
    assert.deepEqual(lines(result.stdout), [
      "extra.competencies.yaml:5:11: error: 'name' should be text, not a list. [wrong-type]",
      'extra.competencies.yaml:6:1: error: Flow sequence in block collection must be sufficiently indented and end with a ] [yaml-syntax]',
      "team.ladder.yaml:12:5: error: Unknown key 'colour' in competencies item 2. [unknown-key]",
      "team.ladder.yaml:21:7: error: Unknown competency 'troubleshootin'. Did you mean 'troubleshooting'? [unknown-reference]",
      "team.ladder.yaml:22:9: error: Duplicate level id 'engineer': ids must be unique in their list. [duplicate-id]",
      "team.ladder.yaml:24:12: error: Unknown track 'mgmt'. [unknown-reference]",
    ]);
    assert.equal(result.stderr, '2 files checked: 6 errors\n');
  });

  it('exits 0 for valid files (info lines allowed) and checks an assessment against its ladder in another folder', () => {
    const dir = fixture({
      'mini.ladder.yaml': MINI_LADDER,
      'people/test.assessment.yaml': MINI_ASSESSMENT.replace('ladder: mini.ladder.yaml', 'ladder: ../mini.ladder.yaml'),
    });
    const result = ladder(['check', '.'], dir);
    assert.equal(result.code, 0);
    assert.deepEqual(lines(result.stdout), [
      'people/test.assessment.yaml:8:1: info: Not rated yet, but expected by your next or target levels: writing. [missing-ratings]',
    ]);
    assert.equal(result.stderr, '2 files checked: 0 errors, 1 info\n');
  });

  it('exits 0 with nothing on stdout when there are no problems, and 0 when there are only warnings', () => {
    const dir = fixture({ 'a.ladder.yaml': MINI_LADDER });
    const onlyLadder = ladder(['check', 'a.ladder.yaml'], dir);
    assert.equal(onlyLadder.code, 0);
    assert.equal(onlyLadder.stdout, '');
    assert.equal(onlyLadder.stderr, '1 file checked: no problems\n');
    const warned = fixture({
      'b.competencies.yaml':
        'kind: Ladder\nid: b\nname: B\nscale: [{id: 1, name: One}]\ntracks: [{id: t, name: T}]\nlevels: []\n',
    });
    const result = ladder(['check', '.'], warned);
    assert.equal(result.code, 0);
    assert.deepEqual(lines(result.stdout), [
      'b.competencies.yaml:1:7: warning: This file is named like a Competencies file but declares kind Ladder; it is read as Ladder. [kind-mismatch]',
    ]);
    assert.equal(result.stderr, '1 file checked: 0 errors, 1 warning\n');
  });

  it('finds files by name recursively, skips node_modules and dot-directories, and checks a named file whatever its name', () => {
    const bad = 'kind: Ladder\nid: Bad Id\n';
    const dir = fixture({
      'a/deep/x.ladder.yml': bad,
      'a/notes.yaml': bad,
      'node_modules/pkg/y.ladder.yaml': bad,
      '.git/z.ladder.yaml': bad,
      'odd-name.yaml': bad,
    });
    const scanned = ladder(['check', '.'], dir);
    assert.equal(scanned.code, 1);
    assert.deepEqual([...new Set(lines(scanned.stdout).map((line) => line.split(':')[0]))], ['a/deep/x.ladder.yml']);
    assert.equal(scanned.stderr.split(':')[0], '1 file checked');

    const named = ladder(['check', 'odd-name.yaml', 'a', 'a/deep/x.ladder.yml'], dir);
    assert.deepEqual(
      [...new Set(lines(named.stdout).map((line) => line.split(':')[0]))],
      ['a/deep/x.ladder.yml', 'odd-name.yaml'],
    );
    assert.equal(named.stderr.split(':')[0], '2 files checked');
  });

  it('prints paths relative to the current directory', () => {
    const dir = fixture({ 'ladders/team.ladder.yaml': BROKEN_LADDER });
    mkdirSync(join(dir, 'elsewhere'));
    const result = ladder(['check', '../ladders'], join(dir, 'elsewhere'));
    assert.equal(result.code, 1);
    assert.equal(
      lines(result.stdout)[0],
      "../ladders/team.ladder.yaml:12:5: error: Unknown key 'colour' in competencies item 2. [unknown-key]",
    );
  });

  it('reports a binary file without crashing', () => {
    const dir = fixture({
      'junk.ladder.yaml': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x10]),
    });
    const result = ladder(['check', '.'], dir);
    assert.equal(result.code, 1);
    assert.deepEqual(lines(result.stdout), [
      'junk.ladder.yaml:1:1: error: This file is not text (it contains NUL or control characters), so it cannot be a ladder file. [binary-file]',
    ]);
    assert.equal(result.stderr, '1 file checked: 1 error\n');
  });

  it('reports an assessment whose ladder points nowhere or to the wrong kind', () => {
    const dir = fixture({
      'lost.assessment.yaml': MINI_ASSESSMENT.replace('ladder: mini.ladder.yaml', 'ladder: missing.ladder.yaml'),
      'wrong.assessment.yaml': MINI_ASSESSMENT.replace('ladder: mini.ladder.yaml', 'ladder: skills.competencies.yaml'),
      'skills.competencies.yaml': 'kind: Competencies\nid: skills\ncompetencies:\n  - {id: a, name: A}\n',
    });
    const result = ladder(['check', '.'], dir);
    assert.equal(result.code, 1);
    assert.deepEqual(lines(result.stdout), [
      "lost.assessment.yaml:2:9: error: Cannot read ladder 'missing.ladder.yaml': no such file. [ladder-not-found]",
      "wrong.assessment.yaml:2:9: error: 'skills.competencies.yaml' is a Competencies file, not a Ladder. [ladder-wrong-kind]",
    ]);
    assert.equal(result.stderr, '3 files checked: 2 errors\n');
  });

  it('never writes to the files it checks', () => {
    const dir = fixture({
      'team.ladder.yaml': BROKEN_LADDER,
      'mini.ladder.yaml': MINI_LADDER,
      'test.assessment.yaml': MINI_ASSESSMENT,
      'extra.competencies.yaml': SYNTAX_ERROR_CATALOGUE,
      'junk.ladder.yaml': new Uint8Array([0, 1, 2, 3, 255]),
    });
    const before = snapshot(dir);
    for (const format of ['text', 'json', 'sarif']) ladder(['check', '--format', format, '.'], dir);
    ladder(['score', 'test.assessment.yaml'], dir);
    ladder(['score', 'test.assessment.yaml', '--format', 'markdown'], dir);
    assert.deepEqual(snapshot(dir), before);
  });

  it('checks a file once even when it is named twice', () => {
    const dir = fixture({ 'team.ladder.yaml': BROKEN_LADDER });
    const result = ladder(['check', 'team.ladder.yaml', '.', './team.ladder.yaml'], dir);
    assert.equal(lines(result.stdout).length, 4);
    assert.equal(result.stderr, '1 file checked: 4 errors\n');
  });
});
