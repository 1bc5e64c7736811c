// A small seeded PRNG for the fuzz tests, so that every run is reproducible from its seed.

/** Run count and seed of the fuzz tests, from the environment (LADDER_FUZZ_RUNS, LADDER_FUZZ_SEED). */
export interface FuzzSettings {
  /** Mutated files through the core. The CLI and the server get a share of this (see `share`). */
  runs: number;
  seed: number;
  /** Only this case, when set (LADDER_FUZZ_CASE), to replay a failure. */
  only: number | undefined;
}

const DEFAULT_RUNS = 10_000;
const DEFAULT_SEED = 0x1add3e5;

function integer(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value.trim().startsWith('0x') ? Number.parseInt(value.trim(), 16) : value);
  if (!Number.isSafeInteger(parsed) || parsed < 0) throw new Error(`not a non-negative integer: ${value}`);
  return parsed;
}

export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const only = env['LADDER_FUZZ_CASE'];
  return {
    runs: integer(env['LADDER_FUZZ_RUNS'], DEFAULT_RUNS),
    seed: integer(env['LADDER_FUZZ_SEED'], DEFAULT_SEED) >>> 0,
    only: only === undefined || only === '' ? undefined : integer(only, 0),
  };
}

/** `runs / divisor`, at least `minimum`: how many cases a slower target (CLI, server) gets. */
export function share(settings: FuzzSettings, divisor: number, minimum: number): number {
  return Math.max(minimum, Math.floor(settings.runs / divisor));
}

/** The case indices to run: all of 0..count-1, or just the one being replayed. */
export function caseIndices(settings: FuzzSettings, count: number): number[] {
  if (settings.only !== undefined) return settings.only < count ? [settings.only] : [];
  return Array.from({ length: count }, (_, index) => index);
}

/** How to replay one failing case, for failure messages. */
export function replayHint(settings: FuzzSettings, index: number): string {
  return `seed ${settings.seed} case ${index} (replay: LADDER_FUZZ_SEED=${settings.seed} LADDER_FUZZ_CASE=${index} LADDER_FUZZ_RUNS=${settings.runs})`;
}

/** mulberry32: fast, 32 bits of state, good enough to pick mutations. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** An independent stream for case `index` of a run with `seed`. */
  static forCase(seed: number, index: number, salt = 0): Random {
    let h = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca6b)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
    return new Random((h ^ (h >>> 16)) >>> 0);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, max). */
  below(max: number): number {
    return Math.floor(this.next() * max);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.below(items.length)]!;
  }
}
