import type { ScoreReport } from './types';

/** Which score of a calibration a remembered report is. */
export type MemoSlot = 'self' | 'review' | 'consensus';

/**
 * Score reports remembered by what they were computed from. Analyses and ladder contexts are immutable
 * and replaced when their file changes, so the identity of the inputs (and the as-of day) says whether
 * a remembered report still holds. Entries go when their key object is collected.
 */
export class ScoreMemo {
  private readonly reports: Record<MemoSlot, WeakMap<object, { inputs: readonly unknown[]; report: ScoreReport }>> = {
    self: new WeakMap(),
    review: new WeakMap(),
    consensus: new WeakMap(),
  };

  /** The report remembered in `slot` for `key` when it was computed from the same `inputs`, else `compute()`'s. */
  get(slot: MemoSlot, key: object, inputs: readonly unknown[], compute: () => ScoreReport): ScoreReport {
    const found = this.reports[slot].get(key);
    if (found && found.inputs.length === inputs.length && found.inputs.every((input, i) => input === inputs[i]))
      return found.report;
    const report = compute();
    this.reports[slot].set(key, { inputs, report });
    return report;
  }
}
