import type { LevelScore, LevelStatus } from './types';

const STATUS_ORDER: Readonly<Record<LevelStatus, number>> = { eligible: 0, incomplete: 1, 'not-yet': 2 };

/** The level closest to a promotion: the best status, then the highest readiness, then the first listed. */
export function closestLevel<T extends Pick<LevelScore, 'status' | 'readiness'>>(levels: readonly T[]): T | undefined {
  return levels
    .map((level, index) => ({ level, index }))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.level.status] - STATUS_ORDER[b.level.status] ||
        b.level.readiness - a.level.readiness ||
        a.index - b.index,
    )[0]?.level;
}
