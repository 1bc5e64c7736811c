// One rounding rule for readiness, shared by the CLI, the reports, the panel, the tree and the status bar.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatReadiness, readinessPercent } from '../../../server/src/core';

describe('readiness percent', () => {
  it('rounds down: 11 of 14 is 78%, and only everything met is 100%', () => {
    assert.equal(readinessPercent(11 / 14), 78);
    assert.equal(readinessPercent(13 / 14), 92);
    assert.equal(readinessPercent(0.996), 99);
    assert.equal(readinessPercent(1), 100);
    assert.equal(readinessPercent(0), 0);
  });

  it('keeps exact hundredths whole despite floating point (0.29 × 100 = 28.999…)', () => {
    assert.equal(readinessPercent(0.29), 29);
    assert.equal(readinessPercent(0.57), 57);
  });

  it('is the number the text reports print', () => {
    for (const readiness of [11 / 14, 0.29, 2 / 3, 1]) {
      assert.equal(formatReadiness(readiness), `${readinessPercent(readiness)}%`);
    }
  });
});
