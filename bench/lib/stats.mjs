// Summary statistics of timing samples (milliseconds).

export function summarize(samples) {
  const values = samples.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (values.length === 0) return undefined;
  const at = (q) => values[Math.min(values.length - 1, Math.max(0, Math.ceil(q * values.length) - 1))];
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const mid = values.length >> 1;
  const median = values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  return {
    n: values.length,
    median: round(median),
    p95: round(at(0.95)),
    mean: round(mean),
    min: round(values[0]),
    max: round(values[values.length - 1]),
  };
}

export function round(value, digits = 2) {
  if (value === undefined || value === null || !Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Runs `fn` `warmup` times unmeasured, then `iterations` times, and summarizes the returned (or timed) ms. */
export async function measure(fn, { warmup = 3, iterations = 20 } = {}) {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples = [];
  for (let i = 0; i < iterations; i++) samples.push(await fn(warmup + i));
  return summarize(samples);
}
