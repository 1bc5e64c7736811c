/** Lines [oldStart, oldEnd) of the old text replaced by lines [newStart, newEnd) of the new one. */
export interface LineHunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * The shortest edit between two lists of lines (Myers' greedy algorithm, O((N + M) · D) for D
 * differing lines), as hunks of consecutive changed lines in order. A formatter changes few lines
 * of a tidy file, so D stays small; a text that differs almost everywhere costs at most `maxCost`
 * steps before the whole differing middle becomes one hunk.
 */
export function diffLines(oldLines: readonly string[], newLines: readonly string[], maxCost = 4_000_000): LineHunk[] {
  let prefix = 0;
  while (prefix < oldLines.length && prefix < newLines.length && oldLines[prefix] === newLines[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < oldLines.length - prefix &&
    suffix < newLines.length - prefix &&
    oldLines[oldLines.length - 1 - suffix] === newLines[newLines.length - 1 - suffix]
  )
    suffix++;
  const a = oldLines.slice(prefix, oldLines.length - suffix);
  const b = newLines.slice(prefix, newLines.length - suffix);
  if (a.length === 0 && b.length === 0) return [];
  const whole = [{ oldStart: prefix, oldEnd: prefix + a.length, newStart: prefix, newEnd: prefix + b.length }];
  const matched = matchedPairs(a, b, maxCost);
  if (!matched) return whole;
  const hunks: LineHunk[] = [];
  let [i, j] = [0, 0];
  for (const [x, y] of [...matched, [a.length, b.length] as const]) {
    if (x > i || y > j)
      hunks.push({ oldStart: prefix + i, oldEnd: prefix + x, newStart: prefix + j, newEnd: prefix + y });
    [i, j] = [x + 1, y + 1];
  }
  return hunks;
}

/** The pairs of equal lines of a longest common subsequence, in order; undefined when over budget. */
function matchedPairs(a: readonly string[], b: readonly string[], maxCost: number): [number, number][] | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let cost = 0;
  let found = -1;
  for (let d = 0; d <= max && found < 0; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) [x, y] = [x + 1, y + 1];
      v[offset + k] = x;
      cost += 1 + x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    if (cost > maxCost) return undefined;
  }
  // Walk back through the saved frontiers (trace[d] is the one before round d), collecting equal lines.
  const pairs: [number, number][] = [];
  let [x, y] = [n, m];
  for (let d = found; d >= 0; d--) {
    const previous = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && previous[offset + k - 1]! < previous[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = previous[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) pairs.push([--x, --y]);
    [x, y] = [prevX, prevY];
  }
  return pairs.reverse();
}
