// `ladder packet`: the promotion packet's content and stamp, the level it picks, -o and --force, errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { BROKEN_LADDER, MINI_ASSESSMENT, MINI_LADDER } from './fixtures';
import { fixture, ladder, lines } from './helpers';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const files = () =>
  fixture({
    'mini.ladder.yaml': MINI_LADDER,
    'people/test.assessment.yaml': MINI_ASSESSMENT.replace('ladder: mini.ladder.yaml', 'ladder: ../mini.ladder.yaml'),
  });
const ASSESSMENT = MINI_ASSESSMENT.replace('ladder: mini.ladder.yaml', 'ladder: ../mini.ladder.yaml');

/** The text of the page without tags, spaces collapsed: what a reader sees. */
function visible(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<title>[^<]*<\/title>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('ladder packet', () => {
  it('writes the packet of the target level to standard output, with a stamp that names each file and its SHA-256', () => {
    const dir = files();
    const result = ladder(['packet', 'people/test.assessment.yaml'], dir);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '');
    const html = result.stdout;
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<script|<link|\bsrc=|\bhref=|url\(/i);
    const text = visible(html);
    for (const expected of [
      'Promotion packet Test Person',
      'Level Lead (the target) Current level Engineer Ladder Mini Ladder As of 2026-01-01',
      'Not yet Lead readiness 50% (2 of 4 expectations and requirements)',
      'need Unknown Documented need: pending',
      'lead-tenure Not met 0 years at Senior (needs 2)',
      'either Met 1 of 2 options satisfied (needs 1)',
      '↳ check Met Peer review: passed',
      'Networking 2 Ran the network workshop',
      'resolution-target Approved by leadership. no',
      // Outside a repository, paths start from the assessment's folder.
      `assessment test.assessment.yaml ${sha(ASSESSMENT)} ladder ../mini.ladder.yaml ${sha(MINI_LADDER)}`,
      'Not in a git repository: no commit recorded.',
      'ladder packet test.assessment.yaml --level lead',
    ])
      assert.ok(text.includes(expected), `missing: ${expected}\nin: ${text}`);
  });

  it('is the same byte for byte when run again, from another folder', () => {
    const dir = files();
    const first = ladder(['packet', 'people/test.assessment.yaml'], dir).stdout;
    // From the folder above: the CLI reads under the folder it runs in, which must hold the ladder too.
    const second = ladder(['packet', join(basename(dir), 'people', 'test.assessment.yaml')], dirname(dir)).stdout;
    assert.equal(second, first);
  });

  it('takes the level of --level, and shows a waiver of that level beside its requirement', () => {
    const text = visible(ladder(['packet', 'people/test.assessment.yaml', '--level', 'senior'], files()).stdout);
    assert.ok(text.includes('Level Senior (chosen)'), text);
    assert.ok(
      text.includes(
        'resolution-target Waived waived (Resolved unassisted: 85% (needs at least 90%)) Waiver: Approved by leadership.',
      ),
      text,
    );
    assert.ok(text.includes('resolution-target Approved by leadership. yes'), text);
  });

  it('takes the next level closest to promotion when there is no target', () => {
    const dir = fixture({
      'mini.ladder.yaml': MINI_LADDER,
      'a.assessment.yaml': MINI_ASSESSMENT.replace('target: lead\n', ''),
    });
    assert.ok(
      visible(ladder(['packet', 'a.assessment.yaml'], dir).stdout).includes(
        'Level Senior (the next level closest to promotion)',
      ),
    );
  });

  it('writes to -o, refuses to replace the file without --force, and replaces it with --force', () => {
    const dir = files();
    const first = ladder(['packet', 'people/test.assessment.yaml', '-o', 'packet.html'], dir);
    assert.equal(first.code, 0);
    assert.equal(first.stdout, '');
    assert.equal(first.stderr, 'ladder: wrote the Lead packet of Test Person to packet.html\n');
    const written = readFileSync(join(dir, 'packet.html'), 'utf8');
    assert.match(written, /<h1>Test Person<\/h1>/);

    writeFileSync(join(dir, 'packet.html'), 'mine');
    const again = ladder(['packet', 'people/test.assessment.yaml', '-o', 'packet.html', '--level', 'senior'], dir);
    assert.equal(again.code, 2);
    assert.equal(lines(again.stderr)[0], "ladder: 'packet.html' already exists; add --force to replace it");
    assert.equal(readFileSync(join(dir, 'packet.html'), 'utf8'), 'mine');

    const forced = ladder(['packet', 'people/test.assessment.yaml', '-o', 'packet.html', '--force'], dir);
    assert.equal(forced.code, 0);
    assert.equal(readFileSync(join(dir, 'packet.html'), 'utf8'), written);
  });

  it('never writes over one of its own files, even with --force', () => {
    const dir = files();
    for (const target of ['people/test.assessment.yaml', 'mini.ladder.yaml']) {
      const result = ladder(['packet', 'people/test.assessment.yaml', '-o', target, '--force'], dir);
      assert.equal(result.code, 2);
      assert.equal(
        lines(result.stderr)[0],
        `ladder: '${target}' is one of the packet's own files; write the packet elsewhere`,
      );
    }
    assert.equal(readFileSync(join(dir, 'people/test.assessment.yaml'), 'utf8'), ASSESSMENT);
    assert.equal(readFileSync(join(dir, 'mini.ladder.yaml'), 'utf8'), MINI_LADDER);
  });

  it('exits 2 for an unknown level, no level to choose, a file of another kind and bad options', () => {
    const dir = fixture({
      'mini.ladder.yaml': MINI_LADDER,
      'top.assessment.yaml': MINI_ASSESSMENT.replace('level: engineer', 'level: lead').replace('target: lead\n', ''),
      'test.assessment.yaml': MINI_ASSESSMENT,
    });
    const usage = 'Usage: ladder packet ASSESSMENT [--level ID] [-o FILE [--force]]';
    for (const [args, message] of [
      [
        ['packet', 'test.assessment.yaml', '--level', 'leed'],
        "ladder: unknown level 'leed' in mini.ladder.yaml. Did you mean 'lead'? Levels: engineer, senior, lead",
      ],
      [
        ['packet', 'top.assessment.yaml'],
        "ladder: 'top.assessment.yaml' has no target and its level has no next level; choose one with --level (engineer, senior, lead)",
      ],
      [
        ['packet', 'mini.ladder.yaml'],
        "ladder: 'mini.ladder.yaml' is a Ladder file; packet takes a SelfAssessment file",
      ],
      [['packet'], 'ladder: packet needs an assessment file'],
      [['packet', 'test.assessment.yaml', '-o'], "ladder: option '--output' needs a value"],
      [['packet', 'test.assessment.yaml', '--force=yes'], "ladder: option '--force' takes no value"],
    ] as const) {
      const result = ladder([...args], dir);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stdout, '');
      assert.deepEqual(lines(result.stderr).slice(0, 2), [message, usage]);
    }
  });

  it('exits 1 with the errors, as check prints them, when the ladder has errors', () => {
    const dir = fixture({
      'team.ladder.yaml': BROKEN_LADDER,
      'a.assessment.yaml':
        'kind: SelfAssessment\nladder: team.ladder.yaml\nperson: A\ndate: 2026-01-01\nlevel: engineer\nratings: {}\n',
    });
    const result = ladder(['packet', 'a.assessment.yaml', '-o', 'out.html'], dir);
    assert.equal(result.code, 1);
    assert.deepEqual(
      lines(result.stdout).map((line) => line.replace(/: error: .*\[/, ' [')),
      [
        'team.ladder.yaml:12:5 [unknown-key]',
        'team.ladder.yaml:21:7 [unknown-reference]',
        'team.ladder.yaml:22:9 [duplicate-id]',
        'team.ladder.yaml:24:12 [unknown-reference]',
      ],
    );
    assert.equal(result.stderr, 'ladder: no packet: 4 errors in the assessment or its ladder\n');
    assert.equal(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout.includes('out.html'), false);
  });
});

describe('ladder packet in a git repository', () => {
  const git = (dir: string, ...args: string[]) =>
    spawnSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });

  it('records the commit checked out, with paths from the top of the repository', () => {
    const dir = files();
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'ladder files');
    const commit = git(dir, 'rev-parse', 'HEAD').stdout.trim();
    assert.match(commit, /^[0-9a-f]{40}$/);
    const text = visible(ladder(['packet', join('people', 'test.assessment.yaml')], dir).stdout);
    assert.ok(text.includes(`Git commit ${commit} .`), text);
    assert.ok(text.includes(`assessment people/test.assessment.yaml ${sha(ASSESSMENT)}`), text);
  });

  it('records no commit when git cannot be run', () => {
    const dir = files();
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'ladder files');
    const text = visible(
      ladder(['packet', 'people/test.assessment.yaml'], dir, { PATH: join(dir, 'no-such-folder') }).stdout,
    );
    assert.ok(text.includes('Not in a git repository: no commit recorded.'), text);
  });
});
