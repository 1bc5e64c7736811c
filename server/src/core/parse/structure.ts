import type { Span } from '../types';

/** Nesting deeper than this is refused before parsing: the parser would need seconds and run out of stack. */
export const MAX_PARSED_NESTING = 1_000;

/** Values per character of the size limit: 100,000 values for the default 4 MB. */
const CHARS_PER_VALUE = 42;

/** How many YAML values a text of up to `maxFileChars` characters may hold before it is refused unparsed. */
export function valueBudget(maxFileChars: number): number {
  return Math.max(100_000, Math.floor(maxFileChars / CHARS_PER_VALUE));
}

export interface Structure {
  /** Collections, entries and key-value pairs, roughly: every `[`, `{`, `,`, block entry and `: `. */
  values: number;
  /** Where nesting first went past `MAX_PARSED_NESTING`, if it did. */
  tooDeep?: Span;
}

const isBlank = (code: number) => code === 32 || code === 9;
const isBreak = (code: number) => code === 10 || code === 13;

/**
 * Measures a text in one pass without parsing it: the YAML parser needs time and memory for every value
 * (seconds and gigabytes for a few megabytes of `[1], [1], …`) and recursion for every level of nesting.
 * Brackets in quotes and comments are counted too, which only ever overestimates.
 */
export function measureStructure(text: string): Structure {
  let values = 0;
  let flow = 0;
  // Block entries (`- `, `? `) on the current line: `- - - x` nests one level for each.
  let entries = 0;
  const ends = (i: number) => i >= text.length || isBlank(text.charCodeAt(i)) || isBreak(text.charCodeAt(i));
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 45 || code === 63) {
      if ((i === 0 || ends(i - 1)) && ends(i + 1)) {
        values++;
        if (++entries + flow > MAX_PARSED_NESTING) return { values, tooDeep: { start: i, end: i + 1 } };
      }
    } else if (code === 91 || code === 123) {
      values++;
      if (++flow + entries > MAX_PARSED_NESTING) return { values, tooDeep: { start: i, end: i + 1 } };
    } else if (code === 93 || code === 125) {
      if (flow > 0) flow--;
    } else if (code === 44) {
      values++;
    } else if (code === 58) {
      if (ends(i + 1)) values++;
    } else if (isBreak(code)) {
      entries = 0;
    }
  }
  return { values };
}
