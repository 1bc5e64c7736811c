// Fuzzing the core: mutated samples and YAML edge cases through analysis, cross-file diagnostics, scoring
// and the editor features. No input may throw or take more than 2 s; every diagnostic must be well formed.
// LADDER_FUZZ_RUNS (default 10000) sets the number of mutated files, LADDER_FUZZ_SEED the seed and
// LADDER_FUZZ_CASE replays one case; the cases are spread over worker threads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prototypePollution } from './checks';
import {
  runCoreCase,
  runCoreSlice,
  sampleWorkspace,
  warmUp,
  type CoreSliceInput,
  type CoreSliceResult,
} from './coreTarget';
import { EDGE_DOCUMENTS, loadSamples } from './mutate';
import { Random, caseIndices, fuzzSettings } from './random';
import { runInWorker, slices, workerCount } from './workers';

const settings = fuzzSettings();
const samples = loadSamples();
const MAX_REPORTED = 5;

describe('fuzz: the core', () => {
  it('has samples of every kind to mutate', () => {
    for (const kind of ['ladder', 'competencies', 'assessment'])
      assert.ok(
        samples.some((s) => s.name.endsWith(`.${kind}.yaml`)),
        kind,
      );
  });

  it(`survives ${settings.runs} mutated samples (seed ${settings.seed})`, async () => {
    const indices = caseIndices(settings, settings.runs);
    const input = (slice: number[]): CoreSliceInput => ({
      seed: settings.seed,
      runs: settings.runs,
      indices: slice,
      maxReported: MAX_REPORTED,
    });
    const parts = indices.length < 200 ? [indices] : slices(indices, workerCount());
    const results: CoreSliceResult[] =
      parts.length === 1
        ? [runCoreSlice(input(parts[0] ?? []))]
        : await Promise.all(
            parts.map((slice) => runInWorker<CoreSliceResult>(require.resolve('./coreWorker.ts'), input(slice))),
          );
    const failures = results.flatMap((r) => r.failures);
    const failureCount = results.reduce((sum, r) => sum + r.failureCount, 0);
    const ran = results.reduce((sum, r) => sum + r.ran, 0);
    const withErrors = results.reduce((sum, r) => sum + r.withErrors, 0);
    const slowest = Math.max(0, ...results.map((r) => r.slowestMs));
    assert.equal(failureCount, 0, `${failureCount} failing case(s), the first ones:\n${failures.join('\n')}`);
    assert.deepEqual(
      results.flatMap((r) => r.pollution),
      [],
    );
    assert.equal(ran, indices.length);
    // The mutations must actually break files, or the run proves little.
    if (settings.only === undefined && ran >= 100)
      assert.ok(withErrors > ran / 4, `only ${withErrors} of ${ran} mutated files had errors`);
    console.log(
      `# core: ${ran} cases in ${parts.length} thread(s), ${withErrors} with errors, slowest ${slowest.toFixed(0)} ms, seed ${settings.seed}`,
    );
  });

  it('survives YAML edge-case documents as every kind of file', () => {
    const workspace = sampleWorkspace(samples);
    warmUp(workspace, samples);
    const names = ['.ladder.yaml', '.competencies.yaml', '.assessment.yaml', '.review.yaml'].map(
      (suffix) => samples.find((s) => s.name.endsWith(suffix))!.name,
    );
    const failures: string[] = [];
    EDGE_DOCUMENTS.forEach((text, index) => {
      for (const name of [...names, 'edge.yaml']) {
        for (const inPlace of [true, false]) {
          const outcome = runCoreCase(workspace, name, text, Random.forCase(settings.seed, index, 1), inPlace);
          if (outcome.problems.length > 0)
            failures.push(
              `edge document ${index} as ${name}: ${JSON.stringify(text.slice(0, 80))}\n  ${outcome.problems.join('\n  ')}`,
            );
        }
      }
    });
    assert.deepEqual(failures, []);
    assert.deepEqual(prototypePollution(), []);
  });
});
