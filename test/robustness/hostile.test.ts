// Hostile inputs, each with its limit, through the core, the built CLI and the language server over stdio:
// alias bombs, deep nesting, huge and binary files, prototype-named ids, executable YAML tags, and ladder
// paths that lead out of the workspace, to a directory, a device or a FIFO.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import { DiskHost } from '../../server/src/node/diskHost';
import { Workspace } from '../../server/src/core/workspace/workspace';
import { prototypePollution } from './checks';
import { LspSession } from './lspSession';
import { Random } from './random';
import { snapshot } from './snapshot';

const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
/** The limits the robustness requirements name. */
const ALIAS_BOMB_MS = 100;
const PER_FILE_MS = 2_000;
const MB = 1024 * 1024;

const LADDER = `kind: Ladder
id: team
name: Team
scale: [{id: 1, name: Learning}, {id: 2, name: Practising}]
competencies:
  - {id: writing, name: Writing}
  - {id: constructor, name: Builder}
tracks: [{id: ic, name: IC}]
levels:
  - {id: one, name: One, track: ic, rank: 1, expectations: {writing: 1, constructor: 1}}
`;

const assessment = (ladder: string, extra = '') => `kind: SelfAssessment
ladder: ${ladder}
person: Alex
date: 2026-11-01
level: one
since: 2026-01-01
ratings: {writing: 2, constructor: 2}
${extra}`;

function billionLaughs(): string {
  const names = 'abcdefghi';
  const lines = ['kind: Ladder', 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < names.length; i++)
    lines.push(
      `x-${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\n`;
}

function reusedAnchor(times: number): string {
  const levels = Array.from(
    { length: times },
    (_, i) =>
      `  - id: level-${i + 1}\n    name: Level ${i + 1}\n    track: ic\n    rank: ${i + 1}\n    expectations: *base`,
  );
  return `${LADDER.replace(/levels:\n.*\n$/s, '')}x-base: &base {writing: 2, constructor: 1}\nlevels:\n${levels.join('\n')}\n`;
}

function binaryGarbage(length: number): string {
  const random = new Random(0xbad);
  return String.fromCharCode(...Array.from({ length }, () => random.below(256)));
}

const PROTO_ASSESSMENT = `kind: SelfAssessment
ladder: team.ladder.yaml
person: Alex
date: 2026-11-01
level: __proto__
target: constructor
since: 2026-01-01
ratings:
  __proto__: 2
  constructor: 2
  prototype: 1
  writing: {rating: 2, note: {__proto__: {polluted: true}}}
checks: {__proto__: passed, constructor: passed}
metrics: {__proto__: 3}
waivers: [{requirement: __proto__, reason: constructor}]
__proto__: {polluted: true}
constructor: {prototype: {polluted: true}}
`;

const TAGS = (marker: string) => `kind: Ladder
id: !!js/function "function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }"
name: !!python/object/apply:os.system ["touch ${marker}"]
description: !<tag:yaml.org,2002:js/undefined> x
scale: !custom [{id: 1}]
tracks: [{id: ic, name: IC}]
levels: []
`;

const codes = (diagnostics: readonly { code?: unknown }[]) => diagnostics.map((d) => String(d.code));

describe('hostile inputs', () => {
  let base: string;
  let ws: string;
  let root: string;
  let server: LspSession;
  let untouched: Record<string, string>;

  before(async () => {
    base = mkdtempSync(join(tmpdir(), 'ladder-hostile-'));
    ws = join(base, 'ws');
    mkdirSync(join(ws, 'sub'), { recursive: true });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(ws, 'team.ladder.yaml'), LADDER);
    writeFileSync(join(base, 'outside', 'secret.ladder.yaml'), LADDER);
    symlinkSync('/dev/zero', join(ws, 'zero.ladder.yaml'));
    execFileSync('mkfifo', [join(ws, 'pipe.ladder.yaml')]);
    root = pathToFileURL(ws).href;
    untouched = snapshot(join(base, 'outside'));
    server = new LspSession();
    await server.initialize(root);
    // Warm the server up (schemas compiled, code paths run) so the timed opens measure the work itself.
    const warm = `${root}/warm.assessment.yaml`;
    await server.diagnosticsAfter(warm, server.open(warm, assessment('team.ladder.yaml')));
    server.close(warm);
  });

  after(async () => {
    await server?.dispose();
    rmSync(base, { recursive: true, force: true });
  });

  /** Opens `text` in the server as `name`; the diagnostics and how long they took to arrive. */
  async function open(
    name: string,
    text: string,
    session = server,
    keepOpen = false,
  ): Promise<{ diagnostics: Diagnostic[]; ms: number }> {
    const uri = `${root}/${name}`;
    const started = performance.now();
    const diagnostics = await session.diagnosticsAfter(uri, session.open(uri, text), 30_000);
    const ms = performance.now() - started;
    if (!keepOpen) session.close(uri);
    return { diagnostics, ms };
  }

  /** The server still answers a request, promptly. */
  async function answers(session = server): Promise<void> {
    assert.equal(session.exited, undefined);
    const started = performance.now();
    const symbols = await session.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: `${root}/team.ladder.yaml` },
    });
    assert.ok(Array.isArray(symbols));
    assert.ok(performance.now() - started < PER_FILE_MS);
  }

  /** Runs the built CLI in the workspace folder on files written there for the call. */
  function ladder(files: Record<string, string>, ...args: string[]) {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(ws, name), text);
    try {
      const started = performance.now();
      const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd: ws,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 60_000,
        maxBuffer: 64 * MB,
      });
      assert.equal(result.error, undefined);
      assert.doesNotMatch(result.stderr, /internal error/i);
      return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
    } finally {
      for (const name of Object.keys(files)) rmSync(join(ws, name), { force: true });
    }
  }

  describe('billion laughs', () => {
    it(`is an error on the alias in the core within ${ALIAS_BOMB_MS} ms`, () => {
      const text = billionLaughs();
      // Timed warm, as in a running editor: the first run of any code pays for compiling it.
      analyzeFile('file:///ws/warm.ladder.yaml', text);
      const started = performance.now();
      const file = analyzeFile('file:///ws/bomb.ladder.yaml', text);
      const ms = performance.now() - started;
      assert.deepEqual(
        file.diagnostics.map((d) => [d.code, d.severity, text.slice(d.span.start, d.span.end)]),
        [['alias-expansion', 'error', '*e']],
      );
      assert.ok(ms < ALIAS_BOMB_MS, `${ms.toFixed(1)} ms`);
    });

    it(`is an error diagnostic from the server within ${ALIAS_BOMB_MS} ms, and the server still answers`, async () => {
      await open('warm-bomb.ladder.yaml', billionLaughs());
      const { diagnostics, ms } = await open('bomb.ladder.yaml', billionLaughs());
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity]),
        [['alias-expansion', 1]],
      );
      assert.ok(ms < ALIAS_BOMB_MS, `${ms.toFixed(1)} ms from didOpen to publishDiagnostics`);
      await answers();
    });

    it('is an error line from the CLI', () => {
      const result = ladder({ 'bomb.ladder.yaml': billionLaughs() }, 'check', 'bomb.ladder.yaml');
      assert.equal(result.status, 1);
      assert.match(
        result.stdout,
        /^bomb\.ladder\.yaml:7:13: error: Aliases here expand to more than [\d,]+ values \(an "alias bomb"\); the file was not checked further\. \[alias-expansion\]$/m,
      );
    });
  });

  describe('a valid ladder that reuses one anchor 150 times', () => {
    it('is accepted by the core, the server and the CLI', async () => {
      const text = reusedAnchor(150);
      const file = analyzeFile('file:///ws/reuse.ladder.yaml', text);
      assert.deepEqual(file.diagnostics, []);
      assert.equal(file.model?.kind === 'Ladder' && file.model.levels.length, 150);
      assert.deepEqual((await open('reuse.ladder.yaml', text)).diagnostics, []);
      const result = ladder({ 'reuse.ladder.yaml': text }, 'check', 'reuse.ladder.yaml');
      assert.equal(result.status, 0, result.stdout);
      assert.equal(result.stdout, '');
    });
  });

  describe('100,000 nested brackets', () => {
    const text = `kind: Ladder\nid: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const at = 'kind: Ladder\nid: '.length + 1_000;

    it(`is a too-deep error at the first bracket too deep, in bounded time and memory (core)`, () => {
      const heap = process.memoryUsage().heapUsed;
      const started = performance.now();
      const file = analyzeFile('file:///ws/deep.ladder.yaml', text);
      const ms = performance.now() - started;
      assert.deepEqual(
        file.diagnostics.map((d) => [d.code, d.span.start, d.span.end]),
        [['too-deep', at, at + 1]],
      );
      assert.match(
        file.diagnostics[0]!.message,
        /^The YAML is nested more than 1,000 levels deep here, so the file was not checked\.$/,
      );
      assert.ok(ms < PER_FILE_MS, `${ms.toFixed(0)} ms`);
      assert.ok(process.memoryUsage().heapUsed - heap < 64 * MB, 'heap growth under 64 MB');
    });

    it('is the same diagnostic from the server, which stays small and answering', async () => {
      const peak = server.peakMemoryMb();
      const { diagnostics, ms } = await open('deep.ladder.yaml', text);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range.start.character, d.range.end.character]),
        [['too-deep', 1004, 1005]],
      );
      assert.ok(ms < PER_FILE_MS, `${ms.toFixed(0)} ms`);
      if (peak !== undefined)
        assert.ok(
          server.peakMemoryMb()! - peak < 100,
          `peak memory grew from ${peak} MB to ${server.peakMemoryMb()} MB`,
        );
      await answers();
    });
  });

  describe('a 10 MB scalar', () => {
    const text = `${LADDER}description: ${'x'.repeat(10 * MB)}\n`;

    it('is "file too large" at the default limit, from the core, the server and the CLI, quickly', async () => {
      const started = performance.now();
      assert.deepEqual(codes(analyzeFile('file:///ws/big.ladder.yaml', text).diagnostics), ['file-too-large']);
      assert.ok(performance.now() - started < PER_FILE_MS);
      const { diagnostics, ms } = await open('big.ladder.yaml', text);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range]),
        [['file-too-large', { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } }]],
      );
      assert.match(
        diagnostics[0]!.message,
        /^This file is 10\.0 MB, over the 4\.0 MB limit, so it was not checked\. The limit can be raised with the setting ladder\.maxFileSize\.$/,
      );
      assert.ok(ms < PER_FILE_MS, `${ms.toFixed(0)} ms`);
      const result = ladder({ 'big.ladder.yaml': text }, 'check', 'big.ladder.yaml');
      assert.equal(result.status, 1);
      assert.match(result.stdout, /^big\.ladder\.yaml:1:1: error: This file is 10\.0 MB, over the 4\.0 MB limit/);
      await answers();
    });

    it('is analysed when initializationOptions.maxFileSize (the ladder.maxFileSize setting) raises the limit', async () => {
      const raised = new LspSession();
      try {
        await raised.initialize(root, { maxFileSize: 16 });
        const { diagnostics } = await open('big.ladder.yaml', text, raised);
        assert.deepEqual(diagnostics, []);
        // And a file on disk over the raised limit is refused as such.
        const { diagnostics: over } = await open(
          'bigger.ladder.yaml',
          `${LADDER}description: ${'x'.repeat(17 * MB)}\n`,
          raised,
        );
        assert.match(over[0]?.message ?? '', /over the 16\.0 MB limit/);
        await answers(raised);
      } finally {
        await raised.dispose();
      }
    });

    it('ignores a maxFileSize that is not a positive number', async () => {
      for (const maxFileSize of [-1, 0, 'huge', null, { valueOf: 99 }]) {
        const session = new LspSession();
        try {
          await session.initialize(root, { maxFileSize });
          assert.deepEqual(
            codes((await open('big.ladder.yaml', text, session)).diagnostics),
            ['file-too-large'],
            JSON.stringify(maxFileSize),
          );
        } finally {
          await session.dispose();
        }
      }
    });
  });

  describe('binary garbage', () => {
    const text = binaryGarbage(64 * 1024);

    it('is a binary-file error from the core, the server and the CLI', async () => {
      assert.deepEqual(codes(analyzeFile('file:///ws/garbage.ladder.yaml', text).diagnostics), ['binary-file']);
      const { diagnostics } = await open('garbage.ladder.yaml', text);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range.start]),
        [['binary-file', { line: 0, character: 0 }]],
      );
      const result = ladder({ 'garbage.ladder.yaml': text }, 'check', 'garbage.ladder.yaml');
      assert.equal(result.status, 1);
      assert.match(result.stdout, /^garbage\.ladder\.yaml:1:1: error: This file is not text .* \[binary-file\]$/m);
      await answers();
    });
  });

  describe('__proto__ and constructor as ids', () => {
    it('are ordinary ids: invalid or unknown where they are, valid where the ladder defines them, and nothing is polluted', async () => {
      const core = new Workspace(new DiskHost({ maxFileChars: 16 * MB, roots: [root] }), { roots: [root] });
      core.setOpenDocument(`${root}/proto.assessment.yaml`, PROTO_ASSESSMENT);
      const diagnostics = core.diagnostics(`${root}/proto.assessment.yaml`);
      const about = (id: string) => diagnostics.filter((d) => d.message.includes(`'${id}'`)).map((d) => d.code);
      // Each use is reported like any other bad id: not a valid id, not defined, or not a known key.
      assert.deepEqual([...new Set(about('__proto__'))].sort(), ['invalid-value', 'unknown-key', 'unknown-reference']);
      assert.ok(about('__proto__').length >= 6, JSON.stringify(about('__proto__')));
      assert.deepEqual([...new Set(about('constructor'))].sort(), ['unknown-key', 'unknown-reference']);
      const outcome = core.score(`${root}/proto.assessment.yaml`);
      assert.deepEqual(
        outcome.report?.levels[0]?.expectations.map((e) => [e.competency, e.status]),
        [
          ['writing', 'met'],
          ['constructor', 'met'],
        ],
      );
      assert.deepEqual(prototypePollution(), []);
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);

      const { diagnostics: fromServer } = await open('proto.assessment.yaml', PROTO_ASSESSMENT, server, true);
      assert.deepEqual(codes(fromServer).sort(), codes(diagnostics).sort());
      const score = (await server.connection.sendRequest('ladder/score', { uri: `${root}/proto.assessment.yaml` })) as {
        ratingRanges: Record<string, unknown>;
        report?: { levels: { expectations: { competency: string; status: string }[] }[] };
      };
      server.close(`${root}/proto.assessment.yaml`);
      assert.ok(Object.hasOwn(score.ratingRanges, 'constructor'));
      assert.deepEqual(
        score.report?.levels[0]?.expectations.map((e) => [e.competency, e.status]),
        [
          ['writing', 'met'],
          ['constructor', 'met'],
        ],
      );
      await answers();

      const result = ladder(
        { 'proto.assessment.yaml': PROTO_ASSESSMENT },
        'score',
        'proto.assessment.yaml',
        '--format',
        'json',
      );
      assert.equal(result.status, 1, 'errors in the assessment keep it from being scored');
      assert.match(result.stdout, /Unknown level '__proto__'|'__proto__' is not a valid id/);
    });
  });

  describe('unknown tags such as !!js/function', () => {
    it('are warnings, and nothing in them runs', async () => {
      const marker = join(base, 'tag-ran');
      const text = TAGS(marker);
      const file = analyzeFile('file:///ws/tags.ladder.yaml', text);
      const tags = file.diagnostics.filter((d) => d.code === 'unknown-tag');
      assert.deepEqual(
        tags.map((d) => [d.severity, text.slice(d.span.start, d.span.end).split(' ')[0]]),
        [
          ['warning', '!!js/function'],
          ['warning', '!!python/object/apply:os.system'],
          ['warning', '!<tag:yaml.org,2002:js/undefined>'],
          ['warning', '!custom'],
        ],
      );
      const { diagnostics } = await open('tags.ladder.yaml', text);
      assert.deepEqual(
        diagnostics.filter((d) => d.code === 'unknown-tag').map((d) => d.severity),
        [2, 2, 2, 2],
      );
      await server.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: `${root}/tags.ladder.yaml` },
        position: { line: 1, character: 6 },
      });
      const result = ladder({ 'tags.ladder.yaml': text }, 'check', 'tags.ladder.yaml');
      assert.equal((result.stdout.match(/\[unknown-tag\]/g) ?? []).length, 4);
      assert.equal(existsSync(marker), false, 'no tag ran');
      assert.deepEqual(prototypePollution(), []);
    });
  });

  describe('ladder paths that lead nowhere good', () => {
    const cases: [string, string, RegExp][] = [
      [
        'outside the workspace',
        '../outside/secret.ladder.yaml',
        /^Cannot read ladder '\.\.\/outside\/secret\.ladder\.yaml': it is outside the workspace folders\.$/,
      ],
      [
        'an absolute path outside',
        '/etc/passwd',
        /^Cannot read ladder '\/etc\/passwd': it is outside the workspace folders\.$/,
      ],
      ['a device outside', '/dev/zero', /^Cannot read ladder '\/dev\/zero': it is outside the workspace folders\.$/],
      ['a directory', 'sub', /^Cannot read ladder 'sub': it is a directory\.$/],
      [
        'a link to a device',
        'zero.ladder.yaml',
        /^Cannot read ladder 'zero\.ladder\.yaml': it leads outside the workspace folders through a symbolic link\.$/,
      ],
      ['a FIFO', 'pipe.ladder.yaml', /^Cannot read ladder 'pipe\.ladder\.yaml': it is a named pipe, not a file\.$/],
    ];

    for (const [what, path, message] of cases) {
      it(`${what} (${path}) is a diagnostic on the path, at once (server)`, async () => {
        const text = assessment(path);
        const { diagnostics, ms } = await open('paths.assessment.yaml', text);
        const found = diagnostics.filter((d) => d.code === 'ladder-not-found');
        assert.equal(found.length, 1, JSON.stringify(diagnostics));
        assert.match(found[0]!.message, message);
        assert.deepEqual(found[0]!.range, {
          start: { line: 1, character: 8 },
          end: { line: 1, character: 8 + path.length },
        });
        assert.ok(ms < PER_FILE_MS, `${ms.toFixed(0)} ms`);
        await answers();
      });
    }

    it('a device, a FIFO or a directory is a diagnostic from the CLI too, and check skips them with a warning', () => {
      const reasons: Record<string, string> = {
        '/dev/zero': 'it is outside the current folder and the paths given',
        'pipe.ladder.yaml': 'it is a named pipe, not a file',
        'zero.ladder.yaml': 'it leads outside the current folder and the paths given through a symbolic link',
        sub: 'it is a directory',
      };
      for (const [path, reason] of Object.entries(reasons)) {
        const result = ladder({ 'paths.assessment.yaml': assessment(path) }, 'check', 'paths.assessment.yaml');
        assert.equal(result.status, 1, path);
        assert.ok(
          result.stdout.includes(
            `paths.assessment.yaml:2:9: error: Cannot read ladder '${path}': ${reason}. [ladder-not-found]\n`,
          ),
          result.stdout,
        );
        assert.ok(result.ms < PER_FILE_MS * 5, `${path}: ${result.ms.toFixed(0)} ms`);
      }
      const all = ladder({}, 'check', '.');
      assert.equal(all.status, 0, all.stdout);
      assert.equal(
        all.stdout,
        [
          'pipe.ladder.yaml:1:1: warning: Not checked: it is a named pipe, not a file. [skipped-file]',
          'zero.ladder.yaml:1:1: warning: Not checked: it is a symbolic link to a place outside the current folder and the paths given. [skipped-file]',
          '',
        ].join('\n'),
      );
      assert.match(all.stderr, /^1 file checked: 0 errors, 2 warnings$/m);
      const fifo = ladder({}, 'check', 'pipe.ladder.yaml');
      assert.equal(fifo.status, 2);
      assert.match(fifo.stderr, /'pipe\.ladder\.yaml' is a named pipe, not a file or a directory/);
    });

    it('an include of a device, a FIFO or a file outside is a diagnostic on the include (server)', async () => {
      const text = LADDER.replace(
        'tracks:',
        'include: [zero.ladder.yaml, pipe.ladder.yaml, ../outside/secret.ladder.yaml, /dev/zero]\ntracks:',
      );
      const { diagnostics } = await open('includes.ladder.yaml', text);
      assert.deepEqual(
        diagnostics.filter((d) => d.code === 'include-not-found').map((d) => d.message),
        [
          "Cannot include 'zero.ladder.yaml': it leads outside the workspace folders through a symbolic link.",
          "Cannot include 'pipe.ladder.yaml': it is a named pipe, not a file.",
          "Cannot include '../outside/secret.ladder.yaml': it is outside the workspace folders.",
          "Cannot include '/dev/zero': it is outside the workspace folders.",
        ],
      );
      await answers();
    });

    it('leaves every file as it was', () => {
      assert.deepEqual(snapshot(join(base, 'outside')), untouched);
      assert.deepEqual(server.errors, []);
    });
  });
});
