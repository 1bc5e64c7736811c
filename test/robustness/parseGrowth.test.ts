// Parsing grows linearly with the number of keys and aliases: a mapping with 20,000 keys (one of them
// repeated) and 20,000 aliases take about ten times as long as 2,000, not a hundred.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import { parseYaml } from '../../server/src/core/parse/parseYaml';
import { cpuTimed } from './cpuTime';

/** Ten times the input may take at most this many times as long (linear: about 10; quadratic: about 100). */
const GROWTH = 25;
const SLACK_MS = 50;

function duplicateKeys(count: number): string {
  const lines = ['kind: SelfAssessment', 'ladder: l.ladder.yaml', 'x-big:'];
  for (let i = 0; i < count; i++) lines.push(`  k${i}: ${i}`);
  lines.push('  k17: again');
  return `${lines.join('\n')}\n`;
}

function aliases(count: number): string {
  const lines = ['kind: SelfAssessment', 'ladder: l.ladder.yaml', 'x-rating: &r 2', 'ratings:'];
  for (let i = 0; i < count; i++) lines.push(`  c${i}: *r`);
  return `${lines.join('\n')}\n`;
}

/** The shorter of two runs at each size, after a warm-up. */
function growth(work: (size: number) => unknown): { short: number; long: number } {
  work(200);
  const best = (size: number) => Math.min(cpuTimed(() => work(size)).ms, cpuTimed(() => work(size)).ms);
  return { short: best(2_000), long: best(20_000) };
}

describe('parsing grows linearly', () => {
  it('with the keys of a mapping that has a duplicate', () => {
    const { short, long } = growth((size) => {
      const duplicates = parseYaml(duplicateKeys(size)).diagnostics.filter((d) => d.code === 'duplicate-key');
      assert.equal(duplicates.length, 1);
    });
    assert.ok(
      long <= GROWTH * short + SLACK_MS,
      `20,000 keys took ${long.toFixed(0)} ms, 2,000 took ${short.toFixed(0)} ms`,
    );
  });

  it('with the aliases of an assessment', () => {
    const { short, long } = growth((size) => {
      const result = analyzeFile('file:///ws/a.assessment.yaml', aliases(size), {});
      assert.deepEqual(result.diagnostics, []);
    });
    assert.ok(
      long <= GROWTH * short + SLACK_MS,
      `20,000 aliases took ${long.toFixed(0)} ms, 2,000 took ${short.toFixed(0)} ms`,
    );
  });
});
