// The strings in the user's language: l10n/bundle.l10n.json is what `npm run l10n:export` extracts from the
// sources (every l10n.t call of the client, the server and the webviews), each translation holds exactly its keys
// with the same placeholders, and the manifest's %keys% are all defined, in English and in every translation.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { getL10nJson } from '@vscode/l10n-dev';

type Bundle = Record<string, string | { message: string; comment: string[] }>;

const sourceRoots = ['client/src', 'server/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
    });
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function messageOf(entry: Bundle[string]): string {
  return typeof entry === 'string' ? entry : entry.message;
}

function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{[^{}\s]+\}/g) ?? [])].sort();
}

function translationsIn(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name));
}

function assertTranslation(english: Record<string, string>, path: string): void {
  const translated = readJson<Record<string, string>>(path);
  assert.deepEqual(
    Object.keys(translated).sort(),
    Object.keys(english).sort(),
    `${path} has other keys than the English`,
  );
  for (const [key, text] of Object.entries(translated)) {
    assert.deepEqual(placeholders(text), placeholders(english[key] ?? ''), `${path}: placeholders of "${key}"`);
  }
}

describe('the string bundles', () => {
  it('l10n/bundle.l10n.json is what the sources ask for (run npm run l10n:export)', async () => {
    const files = sourceRoots.flatMap(sourceFiles).map((path) => ({
      extension: path.endsWith('.tsx') ? '.tsx' : '.ts',
      contents: readFileSync(path, 'utf8'),
    }));
    const extracted = await getL10nJson(files);
    assert.deepEqual(readJson<Bundle>('l10n/bundle.l10n.json'), extracted);
  });

  it('each translation of the bundle has every key, and only those, with the same placeholders', () => {
    const english = Object.fromEntries(
      Object.entries(readJson<Bundle>('l10n/bundle.l10n.json')).map(([key, entry]) => [key, messageOf(entry)]),
    );
    const translations = translationsIn('l10n', /^bundle\.l10n\.[a-z-]+\.json$/);
    assert.ok(translations.length >= 1, 'no translation of the bundle in l10n/');
    for (const path of translations) assertTranslation(english, path);
  });

  it('the manifest names only defined %keys%, and each translation of package.nls.json has them all', () => {
    const manifest = readFileSync('package.json', 'utf8');
    const english = readJson<Record<string, string>>('package.nls.json');
    const used = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1] ?? '');
    assert.deepEqual(
      used.filter((key) => !(key in english)),
      [],
    );
    const translations = translationsIn('.', /^package\.nls\.[a-z-]+\.json$/);
    assert.ok(translations.length >= 1, 'no translation of package.nls.json');
    for (const path of translations) assertTranslation(english, path);
  });
});
