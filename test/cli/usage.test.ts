// Bad usage exits 2 with a message and a usage reminder on stderr; --help and --version exit 0.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { wantsColor } from '../../server/src/cli/io';
import { MINI_ASSESSMENT, MINI_LADDER } from './fixtures';
import { fixture, ladder, lines, REPO } from './helpers';

const dir = fixture({
  'mini.ladder.yaml': MINI_LADDER,
  'test.assessment.yaml': MINI_ASSESSMENT,
  'empty/readme.txt': 'nothing here',
});

function usageError(args: string[], message: string, usage: string): void {
  const result = ladder(args, dir);
  assert.equal(result.code, 2, `exit code of ladder ${args.join(' ')}`);
  assert.equal(result.stdout, '');
  const [first, second] = lines(result.stderr);
  assert.equal(first, `ladder: ${message}`);
  assert.equal(second, usage);
}

const CHECK_USAGE = 'Usage: ladder check [--format text|json|sarif] PATH...';
const SCORE_USAGE = 'Usage: ladder score ASSESSMENT [--level ID] [--review REVIEW] [--format text|json|markdown]';
const MAIN_USAGE = CHECK_USAGE;

describe('ladder usage', () => {
  it('exits 2 without a command or with an unknown one', () => {
    usageError([], 'missing command', MAIN_USAGE);
    usageError(['lint', '.'], "unknown command 'lint'", MAIN_USAGE);
    usageError(['--fix'], "unknown option '--fix'", MAIN_USAGE);
  });

  it('exits 2 for unknown options, missing values, unknown formats and repeated options', () => {
    usageError(['check', '--fix', '.'], "unknown option '--fix' for check", CHECK_USAGE);
    usageError(['check', '-q', '.'], "unknown option '-q' for check", CHECK_USAGE);
    usageError(['check', '.', '--level', 'x'], "unknown option '--level' for check", CHECK_USAGE);
    usageError(['check', '.', '--format'], "option '--format' needs a value", CHECK_USAGE);
    usageError(['check', '--format', '--help', '.'], "option '--format' needs a value", CHECK_USAGE);
    usageError(['check', '--format=', '.'], "option '--format' needs a value", CHECK_USAGE);
    usageError(
      ['check', '--format', 'markdown', '.'],
      "unknown format 'markdown' for check; use one of: text, json, sarif",
      CHECK_USAGE,
    );
    usageError(
      ['score', 'test.assessment.yaml', '--format=sarif'],
      "unknown format 'sarif' for score; use one of: text, json, markdown",
      SCORE_USAGE,
    );
    usageError(
      ['check', '--format', 'json', '--format', 'text', '.'],
      "option '--format' is given more than once",
      CHECK_USAGE,
    );
    usageError(['score', 'test.assessment.yaml', '--level'], "option '--level' needs a value", SCORE_USAGE);
    usageError(['check', '-'], 'reading from standard input is not supported; name a file', CHECK_USAGE);
  });

  it('exits 2 for missing or extra operands', () => {
    usageError(['check'], 'check needs at least one file or directory', CHECK_USAGE);
    usageError(['score'], 'score needs an assessment file', SCORE_USAGE);
    usageError(
      ['score', 'a.assessment.yaml', 'b.assessment.yaml'],
      'score takes one assessment file, not 2',
      SCORE_USAGE,
    );
  });

  it('exits 2 when a named path does not exist or a directory holds no ladder files', () => {
    usageError(['check', 'mini.ladder.yaml', 'nope'], "'nope' does not exist", CHECK_USAGE);
    usageError(
      ['check', 'empty'],
      "no ladder files found in 'empty' (looked for *.ladder.yaml, *.competencies.yaml, *.assessment.yaml and *.review.yaml, or .yml)",
      CHECK_USAGE,
    );
  });

  it('treats arguments after -- as paths', () => {
    usageError(['check', '--', '--format'], "'--format' does not exist", CHECK_USAGE);
  });

  it('prints help on stdout and exits 0', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const result = ladder(args, dir);
      assert.equal(result.code, 0);
      assert.equal(lines(result.stdout)[0], 'Usage: ladder <command> [options]');
      assert.equal(result.stderr, '');
    }
    for (const args of [
      ['check', '--help'],
      ['help', 'check'],
      ['check', '.', '-h'],
    ]) {
      const result = ladder(args, dir);
      assert.equal(result.code, 0);
      assert.equal(lines(result.stdout)[0], CHECK_USAGE);
    }
    const score = ladder(['score', '--help'], dir);
    assert.equal(score.code, 0);
    assert.equal(lines(score.stdout)[0], SCORE_USAGE);
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-V']) {
      const result = ladder([flag], dir);
      assert.equal(result.code, 0);
      assert.equal(result.stdout, `ladder ${version}\n`);
    }
  });

  it('uses colour only on a terminal and without NO_COLOR', () => {
    assert.equal(wantsColor(true, {}), true);
    assert.equal(wantsColor(true, { NO_COLOR: '1' }), false);
    assert.equal(wantsColor(false, {}), false);
    assert.equal(wantsColor(undefined, {}), false);
  });
});
