import * as l10n from '@vscode/l10n';
import { useNumberLocale } from '../core';

/** The strings of the user's language: English message → translation (the editor's `vscode.l10n.bundle`). */
export type L10nBundle = Record<string, string>;

/** The user's language as the client sends it at initialize: its strings and its locale for numbers. */
export interface UserLanguage {
  /** None: English. */
  bundle?: L10nBundle;
  /** The editor's display language (`vscode.env.language`: `de`, `pt-br`); none: numbers as in English. */
  locale?: string;
}

/** The language in the client's initialization options (`l10nBundle`, `locale`), as far as it sent one. */
export function userLanguageOf(initializationOptions: unknown): UserLanguage {
  const options = initializationOptions as { l10nBundle?: unknown; locale?: unknown } | undefined;
  const bundle = l10nBundleOf(options?.l10nBundle);
  const locale = typeof options?.locale === 'string' && options.locale !== '' ? options.locale : undefined;
  return { ...(bundle ? { bundle } : {}), ...(locale ? { locale } : {}) };
}

function l10nBundleOf(bundle: unknown): L10nBundle | undefined {
  if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) return undefined;
  return Object.fromEntries(
    Object.entries(bundle).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * Makes every message of this thread (diagnostics, hovers, explanations…) in the user's language: its
 * strings from the bundle (English without one), its numbers in the locale ("1,5 Jahre"). Called before
 * any analysis, in each thread that makes messages.
 */
export function useLanguage(language: UserLanguage): void {
  l10n.config({ contents: language.bundle ?? {} });
  useNumberLocale(language.locale);
}
