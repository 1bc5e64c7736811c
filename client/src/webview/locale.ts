/**
 * The webview's language: its strings from the bundle the extension put in the page (`data-l10n`, the
 * extension's `vscode.l10n.bundle`; none in English) and its numbers in the page's `lang`. Nothing is fetched.
 */
import * as l10n from '@vscode/l10n';

/** The page's strings, keeping only entries that are text (the page trusts nothing it is given). */
function pageStrings(): Record<string, string> | undefined {
  try {
    const parsed: unknown = JSON.parse(document.body.dataset.l10n ?? 'null');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    const strings: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, value] of Object.entries(parsed)) {
      const message = typeof value === 'object' && value !== null ? (value as { message?: unknown }).message : value;
      if (typeof message === 'string') strings[key] = message;
    }
    return strings;
  } catch {
    return undefined;
  }
}

/** Reads the page's strings; call once, before the first drawing. */
export function configureStrings(): void {
  const strings = pageStrings();
  if (strings) l10n.config({ contents: strings });
}

const language = (): string => document.documentElement.lang || 'en';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(language(), options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    formats.set(key, format);
  }
  return format;
}

/** A whole percentage the server computed, as the display language writes it: "78%", in German "78 %". */
export const percentText = (value: number): string =>
  numberFormat('percent', { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);

/** A number with one decimal: "1.5", in German "1,5". */
export const oneDecimal = (value: number): string =>
  numberFormat('decimal', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(value);
