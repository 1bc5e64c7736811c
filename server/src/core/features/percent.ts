/**
 * Readiness as a whole percentage, the one rounding rule of every surface (CLI, panel, tree, status bar,
 * reports): rounded down, so that 11 of 14 reads 78% and 99.6% never reads as 100%. The epsilon keeps
 * fractions such as 0.29 * 100 = 28.999… at 29.
 */
export function readinessPercent(readiness: number): number {
  return Math.floor(Math.max(0, Math.min(1, readiness)) * 100 + 1e-9);
}
