import * as l10n from '@vscode/l10n';

/** The strings of the user's language: English message → translation (the editor's `vscode.l10n.bundle`). */
export type L10nBundle = Record<string, string>;

/** The bundle in the client's initialization options, if it sent one (none: English). */
export function l10nBundleOf(initializationOptions: unknown): L10nBundle | undefined {
  const bundle = (initializationOptions as { l10nBundle?: unknown } | undefined)?.l10nBundle;
  if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) return undefined;
  return Object.fromEntries(
    Object.entries(bundle).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * Makes every message of this thread (diagnostics, hovers, explanations…) in the bundle's language, or in
 * English without one. Called before any analysis, in each thread that makes messages.
 */
export function useLanguage(bundle: L10nBundle | undefined): void {
  l10n.config({ contents: bundle ?? {} });
}
