/**
 * Numbers in messages, in the user's locale: "1,5 Jahre" and "10.000" in German. The language server sets
 * the locale (the editor's display language) in each thread that makes messages; the CLI never does, so it
 * writes numbers as it always has.
 *
 * English writes a figure as JavaScript does (`String(n)`: 1.5, 10000), byte for byte what the CLI printed
 * before numbers had a locale, and groups digits only where a message always did (`formatGrouped`). Other
 * languages write every figure as `Intl.NumberFormat` does in that language, digits grouped.
 */

/** The locale of the CLI and of tests: numbers as the English messages always wrote them. */
export const DEFAULT_NUMBER_LOCALE = 'en-US';

interface NumberFormats {
  locale: string;
  /** A figure in a sentence: a count, years, a metric's value. */
  number(value: number): string;
  /** A figure with exactly `digits` decimals (sizes: "1.5 MB"). */
  fixed(value: number, digits: number): string;
  /** A large figure, its digits grouped in every language: limits ("10,000", "10.000"). */
  grouped(value: number): string;
}

/** The formats of each locale used so far: made once, since a score formats a figure for each requirement. */
const formatsByLocale = new Map<string, NumberFormats>();
let current = formatsFor(DEFAULT_NUMBER_LOCALE);

/**
 * Writes the numbers of this thread's messages in `locale` (a BCP 47 tag such as VS Code's display
 * language: `de`, `pt-br`, `zh-cn`). An unknown, malformed or absent tag means the default.
 */
export function useNumberLocale(locale: string | undefined): void {
  current = formatsFor(supportedLocale(locale));
}

/** The locale numbers are written in now (a canonical tag: `de`, `pt-BR`, `en-US`). */
export function numberLocale(): string {
  return current.locale;
}

/** A count, years or a measure in a sentence: 1.5 → "1.5", "1,5"; 10000 → "10000", "10.000". */
export function formatNumber(value: number): string {
  return current.number(value);
}

/** A figure rounded to `digits` decimals, all of them shown: 1.25 at 1 → "1.3", "1,3". */
export function formatFixed(value: number, digits: number): string {
  return current.fixed(value, digits);
}

/** A large figure with its digits grouped in every language: 10000 → "10,000", "10.000". */
export function formatGrouped(value: number): string {
  return current.grouped(value);
}

function supportedLocale(locale: string | undefined): string {
  if (!locale) return DEFAULT_NUMBER_LOCALE;
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale])[0] ?? DEFAULT_NUMBER_LOCALE;
  } catch {
    return DEFAULT_NUMBER_LOCALE; // not a well-formed language tag
  }
}

function formatsFor(locale: string): NumberFormats {
  let formats = formatsByLocale.get(locale);
  if (!formats) {
    formats = /^en\b/i.test(locale) ? englishFormats(locale) : intlFormats(locale);
    formatsByLocale.set(locale, formats);
  }
  return formats;
}

function englishFormats(locale: string): NumberFormats {
  // Made when first needed: the process's first Intl.NumberFormat loads locale data (about 15 ms), and
  // English messages need it only for limits, which most runs of the CLI never write.
  let grouped: Intl.NumberFormat | undefined;
  return {
    locale,
    number: String,
    fixed: (value, digits) => value.toFixed(digits),
    grouped: (value) => (grouped ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 3 })).format(value),
  };
}

function intlFormats(locale: string): NumberFormats {
  // Up to 20 decimals: V8 writes the shortest that reads back as the same number, as String() does.
  const figure = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
  const grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const fixed = new Map<number, Intl.NumberFormat>();
  // Small whole numbers read the same in every locale with Latin digits: no formatter for the common case.
  const latinDigits = figure.format(123) === '123';
  const number = (value: number): string => {
    if (latinDigits && Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
    return Number.isFinite(value) ? figure.format(value === 0 ? 0 : value) : String(value);
  };
  return {
    locale,
    number,
    fixed: (value, digits) => {
      let format = fixed.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
        fixed.set(digits, format);
      }
      return Number.isFinite(value) ? format.format(value) : String(value);
    },
    grouped: (value) => (Number.isFinite(value) ? grouped.format(value) : String(value)),
  };
}
