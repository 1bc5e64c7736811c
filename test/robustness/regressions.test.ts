// Inputs the fuzz tests found that crashed or misled the core, each kept as a small exact test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import { parseYaml } from '../../server/src/core/parse/parseYaml';
import { ExpansionLimitError, toPlain } from '../../server/src/core/parse/toPlain';
import { LineMap } from '../../server/src/core/text/lineMap';
import type { FileHost, ReadResult } from '../../server/src/core/workspace/host';
import { handleScore } from '../../server/src/lsp/scoreHandler';
import { createLadderService, type LadderService } from '../../server/src/core';

const NOW = (): Date => new Date('2026-11-23T12:00:00Z');
const uri = (name: string) => `file:///ws/${name}`;

function workspaceOf(files: Record<string, string>): LadderService {
  const host: FileHost = {
    read: (fileUri): ReadResult => {
      const text = Object.entries(files).find(([name]) => uri(name) === fileUri)?.[1];
      return text === undefined ? { failure: 'not-found', message: 'no such file' } : { text };
    },
  };
  const service = createLadderService({ host, now: NOW, roots: ['file:///ws'] });
  for (const name of Object.keys(files)) service.workspace.addKnownFile(uri(name));
  return service;
}

const LADDER = `kind: Ladder
id: team
name: Team
scale: [{id: 1}, {id: 2}]
include: [extra.competencies.yaml]
competencies: [{id: writing, name: Writing}]
tracks: [{id: ic, name: IC}]
levels:
  - {id: one, name: One, track: ic, rank: 1, expectations: {writing: 1}}
`;

const ASSESSMENT = `kind: SelfAssessment
ladder: team.ladder.yaml
person: Alex
date: 2026-11-01
level: one
since: 2026-01-01
ratings: {writing: 2}
`;

const LAUGHS = ['kind: Competencies', 'x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  .concat(
    'bcdefghi'.split('').map((name, i) => `x-${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  )
  .join('\n');

describe('regressions found by fuzzing', () => {
  for (const [what, catalogue, code, include] of [
    [
      'binary',
      'kind: Competencies\n\u0000\u0001\u0002\u0003 garbage',
      'binary-file',
      ['include-has-errors', 'warning'],
    ],
    ['an alias bomb', LAUGHS, 'alias-expansion', ['include-has-errors', 'warning']],
    ['not a mapping', '- just\n- a list\n', 'not-a-mapping', ['include-wrong-kind', 'error']],
  ] as const) {
    it(`a ladder including a catalogue that is ${what} is diagnosed, not crashed`, () => {
      const workspace = workspaceOf({
        'team.ladder.yaml': LADDER,
        'extra.competencies.yaml': catalogue,
        'alex.assessment.yaml': ASSESSMENT,
      });
      assert.deepEqual(
        workspace.diagnostics(uri('extra.competencies.yaml')).map((d) => d.code),
        [code],
      );
      assert.deepEqual(
        workspace.diagnostics(uri('team.ladder.yaml')).map((d) => [d.code, d.severity]),
        [include],
      );
      const assessment = workspace.diagnostics(uri('alex.assessment.yaml')).map((d) => d.code);
      assert.deepEqual(assessment, include[1] === 'error' ? ['ladder-has-errors'] : []);
      const outcome = workspace.score(uri('alex.assessment.yaml'));
      assert.equal(outcome.report?.levels[0]?.status, 'eligible');
    });
  }
});

describe('regressions found by fuzzing the command line', () => {
  const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
  // Clears the screen, moves up and erases a line, sets the window title, reverses text direction.
  const key = '\u001b[2J\u001b[1A\u001b[2K\u001b]0;pwned\u0007\u202eevil\u0085\u2028x';

  function ladder(args: string[], env: Record<string, string> = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-escapes-'));
    try {
      writeFileSync(join(dir, 'a.ladder.yaml'), `kind: Ladder\n${JSON.stringify(key)}: 1\n`);
      const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...env },
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('escapes control characters from a file instead of writing them to the terminal', () => {
    const result = ladder(['check', '.']);
    assert.equal(result.status, 1);
    assert.doesNotMatch(result.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
    const unknown = result.stdout.split('\n').find((line) => line.includes('[unknown-key]'));
    assert.equal(
      unknown,
      "a.ladder.yaml:2:1: error: Unknown key '\\u001b[2J\\u001b[1A\\u001b[2K\\u001b]0;pwned\\u0007\\u202eevil\\u0085\\u2028x' in the document. [unknown-key]",
    );
  });

  it('keeps the JSON output exact: the escapes decode to the characters of the file', () => {
    const result = ladder(['check', '.', '--format', 'json']);
    const problems = JSON.parse(result.stdout) as { message: string; code: string }[];
    assert.equal(problems.find((p) => p.code === 'unknown-key')?.message, `Unknown key '${key}' in the document.`);
    assert.doesNotMatch(result.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/);
  });
});

describe('regressions found by fuzzing the language server', () => {
  it('never places a position between the CR and LF of a line break', () => {
    const text = 'key: [unclosed\r\nnext: 1\r\n';
    const map = new LineMap(text);
    assert.deepEqual(map.position(text.indexOf('\n')), { line: 0, character: 14 });
    assert.deepEqual(map.position(text.indexOf('\r')), { line: 0, character: 14 });
    assert.deepEqual(map.position(text.indexOf('\n') + 1), { line: 1, character: 0 });
    // Where the YAML parser reports an error on the CR itself, the range stays on its line.
    const file = analyzeFile('file:///ws/a.ladder.yaml', 'kind: Ladder\r\nid: [a\r\nname: x\r\n');
    for (const diagnostic of file.diagnostics) {
      for (const offset of [diagnostic.span.start, diagnostic.span.end]) {
        const { line, character } = new LineMap(file.text).position(offset);
        assert.ok(character <= file.text.split(/\r\n|\r|\n/)[line]!.length, `${diagnostic.code} at ${offset}`);
      }
    }
  });
});

describe('regressions found with hostile inputs', () => {
  it('measures an alias bomb without expanding it, however large the budget', () => {
    const doc = parseYaml(LAUGHS).doc!;
    toPlain(parseYaml('a: &a [1]\nb: *a\n').doc!);
    const started = performance.now();
    assert.throws(
      () => toPlain(doc, 50_000_000),
      (error: unknown) =>
        error instanceof ExpansionLimitError && /^\*[a-h]$/.test(LAUGHS.slice(error.span.start, error.span.end)),
    );
    const elapsed = performance.now() - started;
    // Expanding 50 million values would take seconds; counting each node once takes a few milliseconds.
    assert.ok(elapsed < 100, `took ${elapsed.toFixed(1)} ms`);
  });

  it('refuses 100,000 nested brackets at the first one too deep, without parsing', () => {
    for (const [open, close] of [
      ['[', ']'],
      ['{a: ', '}'],
      ['- ', ''],
    ] as const) {
      const text = `kind: Ladder\nx: ${open.repeat(100_000)}1${close.repeat(100_000)}\n`;
      const started = performance.now();
      const file = analyzeFile('file:///ws/a.ladder.yaml', text);
      const elapsed = performance.now() - started;
      assert.deepEqual(
        file.diagnostics.map((d) => [d.code, d.span.start, d.message]),
        [
          [
            'too-deep',
            'kind: Ladder\nx: '.length + open.length * 1_000,
            'The YAML is nested more than 1,000 levels deep here, so the file was not checked.',
          ],
        ],
      );
      assert.ok(elapsed < 100, `${open}: ${elapsed.toFixed(0)} ms`);
    }
  });

  it('refuses a file under the size limit that holds too many values for the parser', () => {
    // 3.5 MB of `[1], `: seconds and gigabytes of memory for the YAML parser.
    const text = `kind: Ladder\nx: [${'[1], '.repeat(700_000)}]\n`;
    const started = performance.now();
    const file = analyzeFile('file:///ws/a.ladder.yaml', text);
    const elapsed = performance.now() - started;
    assert.deepEqual(
      file.diagnostics.map((d) => [d.code, d.span.start, d.span.end, d.message]),
      [
        [
          'file-too-large',
          0,
          12,
          'This file holds more than 100,000 YAML values, so it was not checked. The limit grows with the setting ladder.maxFileSize.',
        ],
      ],
    );
    assert.ok(elapsed < 500, `${elapsed.toFixed(0)} ms`);
  });
});

describe('regressions found with ids named like Object.prototype members', () => {
  it('gives the panel the rating range and note of a competency called constructor', () => {
    const workspace = workspaceOf({
      'team.ladder.yaml': LADDER.replace('include: [extra.competencies.yaml]\n', '')
        .replace('[{id: writing, name: Writing}]', '[{id: writing, name: Writing}, {id: constructor, name: Builder}]')
        .replace('{writing: 1}', '{writing: 1, constructor: 2}'),
      'alex.assessment.yaml': `${ASSESSMENT.replace('ratings: {writing: 2}', 'ratings:\n  writing: 2\n  constructor:\n    rating: 2\n    note: Built it.')}`,
    });
    const assessment = uri('alex.assessment.yaml');
    assert.deepEqual(workspace.diagnostics(assessment), []);
    const result = handleScore(workspace, assessment, { uri: assessment });
    assert.deepEqual(Object.keys(result.ratingRanges), ['writing', 'constructor']);
    assert.deepEqual(result.ratingRanges['constructor'], {
      start: { line: 9, character: 12 },
      end: { line: 9, character: 13 },
    });
    assert.deepEqual(result.evidence, { constructor: { evidence: [], note: 'Built it.' } });
    assert.equal(result.report?.levels[0]?.status, 'eligible');
  });
});
