/**
 * What changed between two versions of a text, as one replaced region found by their common prefix
 * and suffix, and the mapping of offsets across it. Used to answer editor requests on a newer text
 * from the analysis of an older one.
 */
export interface TextDelta {
  /** Length of the common prefix: the changed region starts here in both texts. */
  readonly start: number;
  /** End of the changed region in the old text (exclusive). */
  readonly oldEnd: number;
  /** End of the changed region in the new text (exclusive). */
  readonly newEnd: number;
  /** The changed lines of the new text: from the start of the line holding `start` to the end of the line holding `newEnd`. */
  readonly newLinesStart: number;
  readonly newLinesEnd: number;
}

const CHUNK = 4096;

function commonPrefix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i + CHUNK <= limit && a.substring(i, i + CHUNK) === b.substring(i, i + CHUNK)) i += CHUNK;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (
    n + CHUNK <= limit &&
    a.substring(a.length - n - CHUNK, a.length - n) === b.substring(b.length - n - CHUNK, b.length - n)
  )
    n += CHUNK;
  while (n < limit && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
  return n;
}

const isBreak = (code: number) => code === 10 || code === 13;

export function textDelta(oldText: string, newText: string): TextDelta {
  const start = commonPrefix(oldText, newText, Math.min(oldText.length, newText.length));
  const suffix = commonSuffix(oldText, newText, Math.min(oldText.length, newText.length) - start);
  const newEnd = newText.length - suffix;
  let newLinesStart = start;
  while (newLinesStart > 0 && !isBreak(newText.charCodeAt(newLinesStart - 1))) newLinesStart--;
  let newLinesEnd = newEnd;
  while (newLinesEnd < newText.length && !isBreak(newText.charCodeAt(newLinesEnd))) newLinesEnd++;
  return { start, oldEnd: oldText.length - suffix, newEnd, newLinesStart, newLinesEnd };
}

/**
 * An offset of the new text in the old one, or undefined when it lies on a changed line (from the
 * start of the first changed line to the end of the last, both included): the old text cannot tell
 * what is there.
 */
export function newToOld(delta: TextDelta, offset: number): number | undefined {
  if (offset < delta.newLinesStart) return offset;
  if (offset > delta.newLinesEnd) return offset - (delta.newEnd - delta.oldEnd);
  return undefined;
}

/** An offset of the old text in the new one; offsets inside the replaced region move to its new extent. Monotone. */
export function oldToNew(delta: TextDelta, offset: number): number {
  if (offset <= delta.start) return offset;
  if (offset >= delta.oldEnd) return offset + (delta.newEnd - delta.oldEnd);
  return delta.start + Math.min(offset - delta.start, delta.newEnd - delta.start);
}
