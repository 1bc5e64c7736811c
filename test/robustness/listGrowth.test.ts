// Every per-file list (include, levels, competencies, requirements, history, ratings, checks, metrics,
// waivers, tracks, scale values, next, any-of/all-of children, and unknown references among thousands
// of ids) costs near-linear time: 10× the items may cost at most MAX_RATIO× the time, through the whole
// pipeline in the core (analysis, checks, diagnostics of the file and its dependents in LSP positions,
// a score, completion, hover, definition, symbols, code actions, and a keystroke), and through the real
// server for a ladder of many includes (open → diagnostics, keystroke → diagnostics).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { GROWTH_CASES, type GrowthWorkspace } from './growthFiles';
import { bestOf, runPipeline, type PipelineOutcome } from './growthPipeline';
import { LspSession, until } from './lspSession';

const SMALL = 1_000;
const LARGE = 10_000;
/** Linear work grows 10× (less, with fixed costs); quadratic work 100×. */
const MAX_RATIO = 25;

const shown = (outcome: PipelineOutcome) =>
  `${outcome.cpuMs.toFixed(0)} ms of processor time (${outcome.wallMs.toFixed(0)} ms elapsed)`;

function withoutFirstError({ firstError: _, ...facts }: PipelineOutcome['facts']) {
  return facts;
}

/** The large run, once more when its ratio is over the limit (to rule out a burst of the machine's other work). */
function timeLarge(growth: GrowthWorkspace, small: PipelineOutcome): PipelineOutcome {
  const first = runPipeline(growth);
  if (first.cpuMs / small.cpuMs <= MAX_RATIO) return first;
  const second = runPipeline(growth);
  return second.cpuMs < first.cpuMs ? second : first;
}

describe('per-file lists in the core', () => {
  // Compiled and warmed up first, so that the small runs are not timed while the JIT is still at work.
  for (let round = 0; round < 2; round++) for (const growth of GROWTH_CASES) runPipeline(growth.make(SMALL / 4));

  for (const growth of GROWTH_CASES) {
    it(`${growth.name}: ${LARGE.toLocaleString('en-US')} items cost at most ${MAX_RATIO}× ${SMALL.toLocaleString('en-US')}`, (t) => {
      const smallCase = growth.make(SMALL);
      const largeCase = growth.make(LARGE);
      const small = bestOf(2, smallCase);
      assert.deepEqual(
        withoutFirstError(small.facts),
        smallCase.expected,
        `at ${SMALL}: ${small.facts.firstError ?? ''}`,
      );
      const large = timeLarge(largeCase, small);
      assert.deepEqual(
        withoutFirstError(large.facts),
        largeCase.expected,
        `at ${LARGE}: ${large.facts.firstError ?? ''}`,
      );
      const ratio = large.cpuMs / small.cpuMs;
      t.diagnostic(`${SMALL}: ${shown(small)}; ${LARGE}: ${shown(large)}; ×${ratio.toFixed(1)}`);
      assert.ok(
        ratio <= MAX_RATIO,
        `${growth.name}: ${shown(small)} for ${SMALL} items, ${shown(large)} for ${LARGE}: ×${ratio.toFixed(1)}`,
      );
    });
  }
});

/** A ladder with `n` includes of catalogues that do not exist, under `folder` in the paths written. */
function manyIncludes(n: number, folder: string): string {
  const includes = Array.from({ length: n }, (_, i) => `  - ${folder}/support/engineering/c${i}.competencies.yaml`);
  return `kind: Ladder\nid: big\nname: Big\nscale: [{id: 1}, {id: 2}]\ninclude:\n${includes.join('\n')}\ncompetencies: [{id: writing}]\ntracks: [{id: ic}]\nlevels:\n  - {id: one, name: One, track: ic, rank: 1, expectations: {writing: 1}}\n`;
}

/** Processor time the server has used so far (Linux), in milliseconds; undefined elsewhere. */
function serverCpuMs(session: LspSession): number | undefined {
  try {
    const fields = readFileSync(`/proc/${session.process.pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    // utime and stime, the 14th and 15th fields, in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

interface Timing {
  wallMs: number;
  cpuMs: number | undefined;
}

/** Times from now until the server publishes, for `uri`, diagnostics one of which mentions `text`. */
async function timeUntilPublished(
  session: LspSession,
  uri: string,
  text: string,
  act: () => void,
): Promise<{ timing: Timing; diagnostics: Diagnostic[] }> {
  let seen = session.published.length;
  const cpu = serverCpuMs(session);
  const started = performance.now();
  act();
  const diagnostics = await until(
    `diagnostics mentioning ${text}`,
    () => {
      if (session.exited) throw new Error(session.exited);
      for (; seen < session.published.length; seen++) {
        const published = session.published[seen]!;
        if (published.uri === uri && published.diagnostics.some((d) => d.message.includes(text)))
          return published.diagnostics;
      }
      return undefined;
    },
    120_000,
  );
  const wallMs = performance.now() - started;
  const after = serverCpuMs(session);
  return { timing: { wallMs, cpuMs: cpu === undefined || after === undefined ? undefined : after - cpu }, diagnostics };
}

/** Opening a ladder of `n` includes in a running server, then a keystroke in it (the faster of two). */
async function includeTimings(
  session: LspSession,
  folder: string,
  n: number,
): Promise<{ open: Timing; keystroke: Timing }> {
  const uri = pathToFileURL(join(folder, `${n}.ladder.yaml`)).href;
  const opened = await timeUntilPublished(session, uri, 'opened/', () => session.open(uri, manyIncludes(n, 'opened')));
  assert.equal(opened.diagnostics.length, n);
  const keystrokes: Timing[] = [];
  for (const typed of ['typed/', 'again/']) {
    // Into the path of an include in the middle: `  - opened/…` becomes `  - typed/opened/…`.
    const line = 5 + (n >> 1) + keystrokes.length;
    const { timing } = await timeUntilPublished(session, uri, typed, () =>
      session.change(uri, [{ range: { start: { line, character: 4 }, end: { line, character: 4 } }, text: typed }]),
    );
    keystrokes.push(timing);
  }
  return {
    open: opened.timing,
    keystroke: keystrokes.reduce((best, timing) =>
      (timing.cpuMs ?? timing.wallMs) < (best.cpuMs ?? best.wallMs) ? timing : best,
    ),
  };
}

describe('a ladder of many includes in the language server', () => {
  it(`opens and takes a keystroke with ${LARGE.toLocaleString('en-US')} includes in at most ${MAX_RATIO}× the time of ${SMALL.toLocaleString('en-US')}`, async (t) => {
    const sizes = [SMALL / 4, SMALL, LARGE];
    const folder = mkdtempSync(join(tmpdir(), 'ladder-growth-'));
    const session = new LspSession();
    try {
      for (const n of sizes) writeFileSync(join(folder, `${n}.ladder.yaml`), manyIncludes(n, 'catalogues'));
      await session.initialize(pathToFileURL(folder).href);
      // The start-up scan diagnoses every ladder from the disk.
      await until(
        'start-up diagnostics',
        () =>
          sizes.every((n) => session.latest(pathToFileURL(join(folder, `${n}.ladder.yaml`)).href)) ? true : undefined,
        120_000,
      );
      // The smallest warms the server up.
      const [, small, large] = [
        await includeTimings(session, folder, sizes[0]!),
        await includeTimings(session, folder, SMALL),
        await includeTimings(session, folder, LARGE),
      ];
      assert.deepEqual(session.errors, []);
      for (const step of ['open', 'keystroke'] as const) {
        // Processor time where the system tells it: elapsed time also counts the debounce and waiting for a core.
        const [a, b] =
          small[step].cpuMs !== undefined && large[step].cpuMs !== undefined
            ? [small[step].cpuMs!, large[step].cpuMs!]
            : [small[step].wallMs, large[step].wallMs];
        const what = `${step}: ${JSON.stringify(small[step])} for ${SMALL} includes, ${JSON.stringify(large[step])} for ${LARGE}`;
        t.diagnostic(what);
        // Processor time is counted in ticks of 10 ms.
        assert.ok(b / Math.max(a, 10) <= MAX_RATIO, what);
      }
    } finally {
      await session.dispose();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
