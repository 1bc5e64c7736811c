// A stand-in language pack for the end-to-end run in another display language. VS Code (and code-server) run in
// a language only when a language pack for it is installed: with `--locale de` and none, the workbench and the
// extension host stay in English, and the extension's package.nls.de.json and l10n bundle are never read. No
// language pack is on npm and the run downloads nothing, so this one is made here: it declares the language
// (contributes.localizations) with an empty translation of the workbench, which then shows its own texts in
// English and everything of the extension in the language. Packaged with vsce and installed into the run's
// extensions folder like the web run's test extension.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './common';

/** The languages a stand-in can be made for, with their names as the pack declares them. */
const LANGUAGES: Record<string, { name: string; localizedName: string }> = {
  de: { name: 'German', localizedName: 'Deutsch' },
};
const PUBLISHER = 'career-ladder-tests';
const VERSION = '0.0.1';
const packName = (locale: string): string => `language-pack-${locale}-standin`;

export function isKnownLocale(locale: string): boolean {
  return locale in LANGUAGES;
}

/** Writes the pack's folder and packages it; returns the .vsix. */
function packLanguagePack(root: string, locale: string): string {
  const language = LANGUAGES[locale];
  if (!language)
    throw new Error(`no stand-in language pack for ${locale} (known: ${Object.keys(LANGUAGES).join(', ')})`);
  const folder = join(root, `language-pack-${locale}`);
  mkdirSync(join(folder, 'translations'), { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify({
      name: packName(locale),
      displayName: `${language.name} language pack stand-in (tests)`,
      description: `Declares ${language.name} as a display language, with the workbench's texts left in English`,
      publisher: PUBLISHER,
      version: VERSION,
      license: 'MIT',
      engines: { vscode: '^1.90.0' },
      categories: ['Language Packs'],
      contributes: {
        localizations: [
          {
            languageId: locale,
            languageName: language.name,
            localizedLanguageName: language.localizedName,
            translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
          },
        ],
      },
    }),
  );
  // The workbench's translation: none of its texts, so each keeps its English.
  writeFileSync(join(folder, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(folder, 'README.md'), `# ${language.name} language pack stand-in\n`);
  writeFileSync(join(folder, 'LICENSE'), 'MIT\n');
  const vsix = join(root, `language-pack-${locale}.vsix`);
  const packed = spawnSync(
    join(repoRoot, 'node_modules', '.bin', 'vsce'),
    ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsix],
    { cwd: folder, encoding: 'utf8' },
  );
  if (packed.status !== 0) throw new Error(`vsce package failed: ${packed.stderr || packed.stdout}`);
  return vsix;
}

/**
 * Installs the stand-in pack for `locale` with code-server's own installer, and records it in the user data
 * folder's languagepacks.json, where the server looks for the languages it can run in. The editor writes that
 * file when it installs a language pack itself; code-server's command-line installer does not.
 */
export function installLanguagePack(
  codeServerEntry: string,
  folders: { root: string; extensions: string; userData: string },
  locale: string,
): void {
  const vsix = packLanguagePack(folders.root, locale);
  const installed = spawnSync(
    process.execPath,
    [
      codeServerEntry,
      '--extensions-dir',
      folders.extensions,
      '--user-data-dir',
      folders.userData,
      '--install-extension',
      vsix,
    ],
    { encoding: 'utf8', env: { ...process.env, EXTENSIONS_GALLERY: '{}' } },
  );
  if (installed.status !== 0)
    throw new Error(`installing the ${locale} language pack failed: ${installed.stderr || installed.stdout}`);
  const id = `${PUBLISHER}.${packName(locale)}`;
  const translations = join(folders.extensions, `${id}-${VERSION}`, 'translations', 'main.i18n.json');
  mkdirSync(folders.userData, { recursive: true });
  writeFileSync(
    join(folders.userData, 'languagepacks.json'),
    JSON.stringify({
      [locale]: {
        hash: createHash('md5').update(id).update(VERSION).digest('hex'),
        extensions: [{ extensionIdentifier: { id }, version: VERSION }],
        translations: { vscode: translations },
        label: LANGUAGES[locale]!.localizedName,
      },
    }),
  );
}
