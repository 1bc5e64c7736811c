// What the extension tells its language server at initialize: the file size limit, the strings of the display
// language and the language itself, from which the server writes the numbers of its messages.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { fakeVscode } from './fakeVscodeInstalled';
import { ladderInitializationOptions } from '../../client/src/initializationOptions';

const api = fakeVscode.api;
// The settings as a user who changed none has them.
Object.assign(api.workspace, { getConfiguration: () => ({ get: <T>(_key: string, fallback: T) => fallback }) });

describe('the initialization options of the language client', () => {
  afterEach(() => {
    api.env.language = 'en';
    api.l10n.bundle = undefined;
  });

  it('send the display language, and in English no strings', () => {
    assert.deepEqual(ladderInitializationOptions(), { maxFileSize: 4, locale: 'en' });
  });

  it("send the display language's strings and the language itself (German)", () => {
    api.env.language = 'de';
    api.l10n.bundle = { 'rank {0}': 'Rang {0}' };
    assert.deepEqual(ladderInitializationOptions(), {
      maxFileSize: 4,
      l10nBundle: { 'rank {0}': 'Rang {0}' },
      locale: 'de',
    });
  });
});
