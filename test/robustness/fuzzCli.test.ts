// Fuzzing the command line: mutated samples checked and scored by `ladder` in this process (each case
// timed), then a batch of them through the built dist/cli.js in every output format. Exit codes stay
// 0, 1 or 2, output keeps its format, and nothing escapes as an internal error.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { after, before, describe, it } from 'node:test';
import type { CliIo } from '../../server/src/cli/io';
import { run } from '../../server/src/cli/run';
import { CASE_LIMIT_MS, saveFailingInput } from './checks';
import { EDGE_DOCUMENTS, SAMPLES_DIR, loadSamples, mutate } from './mutate';
import { Random, caseIndices, fuzzSettings, replayHint, share } from './random';

const settings = fuzzSettings();
const samples = loadSamples();
const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');
const LINE = /^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?:error|warning|info): .+ \[[a-z][a-z0-9-]*\]$/;

interface Captured {
  code: number | undefined;
  out: string;
  err: string;
  threw?: string;
}

function ladderInProcess(args: string[], cwd: string): Captured {
  let out = '';
  let err = '';
  const io: CliIo = { cwd, color: false, out: (text) => void (out += text), err: (text) => void (err += text) };
  try {
    const code = run(args, io);
    if (typeof code !== 'number') throw new Error('check and score answer synchronously');
    return { code, out, err };
  } catch (error) {
    return { code: undefined, out, err, threw: (error as Error)?.stack ?? String(error) };
  }
}

/** Problems with a text-format check report (one problem per line, in the documented format). */
function textReportProblems(result: Captured, allowed: readonly number[]): string[] {
  const problems: string[] = [];
  if (result.threw) problems.push(`threw ${result.threw}`);
  else if (!allowed.includes(result.code ?? -1))
    problems.push(`exit code ${result.code}; stderr: ${result.err.slice(0, 300)}`);
  if (/internal error/i.test(result.err)) problems.push(`internal error: ${result.err.slice(0, 300)}`);
  return problems;
}

describe('fuzz: the command line', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-fuzz-cli-'));
    cpSync(SAMPLES_DIR, dir, { recursive: true });
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  const count = share(settings, 100, 50);
  it(`checks and scores ${count} mutated samples in place, each within ${CASE_LIMIT_MS} ms (seed ${settings.seed})`, () => {
    // Warm up: the first check compiles the schemas.
    ladderInProcess(['check', '.'], dir);
    const failures: string[] = [];
    for (const index of caseIndices(settings, count)) {
      const random = Random.forCase(settings.seed, index, 2);
      const sample = random.pick(samples);
      const { text, applied } = mutate(sample.text, random);
      writeFileSync(join(dir, sample.name), text);
      const problems: string[] = [];
      const started = performance.now();
      const check = ladderInProcess(['check', sample.name, '--format', random.pick(['text', 'json', 'sarif'])], dir);
      problems.push(...textReportProblems(check, [0, 1]));
      if (sample.name.endsWith('.assessment.yaml')) {
        const score = ladderInProcess(
          ['score', sample.name, '--format', random.pick(['text', 'json', 'markdown'])],
          dir,
        );
        // 2: the file no longer says it is an assessment, or names a level the ladder lacks.
        problems.push(...textReportProblems(score, [0, 1, 2]));
      }
      const elapsed = performance.now() - started;
      if (elapsed > CASE_LIMIT_MS) problems.push(`took ${elapsed.toFixed(0)} ms`);
      writeFileSync(join(dir, sample.name), sample.text);
      if (problems.length > 0) {
        const saved = saveFailingInput(`cli-${settings.seed}-${index}-${sample.name}`, text);
        failures.push(
          `${sample.name} after ${applied.join(', ')}; ${replayHint(settings, index)}; input saved in ${saved}\n  ${problems.join('\n  ')}`,
        );
        if (failures.length >= 5) break;
      }
    }
    assert.deepEqual(failures, []);
  });

  it('runs the built ladder over a folder of mutated files and edge cases in every format', () => {
    assert.ok(existsSync(CLI), 'dist/cli.js is built (node esbuild.mjs)');
    const batch = join(dir, 'batch');
    mkdirSync(batch);
    const batchSize = share(settings, 200, 25);
    for (const index of caseIndices(settings, batchSize)) {
      const random = Random.forCase(settings.seed, index, 3);
      const sample = random.pick(samples);
      writeFileSync(join(batch, `fuzz-${index}-${sample.name}`), mutate(sample.text, random).text);
    }
    EDGE_DOCUMENTS.forEach((text, index) => writeFileSync(join(batch, `edge-${index}.ladder.yaml`), text));
    const files = readdirSync(batch).length;

    const ladder = (...args: string[]) => {
      const started = performance.now();
      const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 120_000,
        maxBuffer: 256 * 1024 * 1024,
      });
      return { ...result, elapsed: performance.now() - started };
    };
    const hint = `(batch of seed ${settings.seed}; LADDER_FUZZ_SEED=${settings.seed} reproduces it)`;

    const text = ladder('check', '.');
    assert.equal(text.error, undefined, hint);
    assert.equal(text.status, 1, `${hint}\n${text.stderr}`);
    assert.doesNotMatch(text.stderr, /internal error/i, hint);
    assert.match(text.stderr, new RegExp(`^${readdirSync(dir).length - 1 + files} files checked: \\d+ errors`), hint);
    const bad = text.stdout.split('\n').filter((line) => line !== '' && !LINE.test(line));
    assert.deepEqual(bad.slice(0, 5), [], hint);
    assert.ok(text.elapsed < CASE_LIMIT_MS * files, `${files} files took ${text.elapsed.toFixed(0)} ms ${hint}`);

    const json = ladder('check', 'batch', '--format', 'json');
    assert.equal(json.status, 1, `${hint}\n${json.stderr}`);
    const problems = JSON.parse(json.stdout) as {
      file: string;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
    }[];
    assert.ok(problems.length > files, hint);
    for (const p of problems) {
      assert.ok(
        p.line >= 1 && p.column >= 1 && (p.endLine > p.line || (p.endLine === p.line && p.endColumn >= p.column)),
        `${JSON.stringify(p)} ${hint}`,
      );
    }

    const sarif = ladder('check', 'batch', '--format', 'sarif');
    assert.equal(sarif.status, 1, `${hint}\n${sarif.stderr}`);
    assert.equal((JSON.parse(sarif.stdout) as { version: string }).version, '2.1.0');

    const formats = ['text', 'json', 'markdown'];
    readdirSync(batch)
      .filter((n) => n.endsWith('.assessment.yaml'))
      .slice(0, 6)
      .forEach((name, index) => {
        const format = formats[index % formats.length]!;
        const score = ladder('score', join('batch', name), '--format', format);
        assert.ok(
          [0, 1, 2].includes(score.status ?? -1),
          `score ${name} --format ${format}: exit ${score.status} ${hint}\n${score.stderr}`,
        );
        assert.doesNotMatch(score.stderr, /internal error/i, `${name} ${hint}`);
      });
  });
});
