// The language status item on ladder files, against the stand-in `vscode` API: what it says while the
// server starts, indexes, is ready, stops and crashes, and its link to the server's output.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { FILE_GLOB } from '../../server/src/protocol';
import {
  createFakeVscode,
  installFakeVscode,
  LanguageStatusSeverity,
  type FakeLanguageStatusItem,
} from './panel/fakeVscode';

const fake = createFakeVscode();
installFakeVscode(fake.api);

type StatusModule = typeof import('../../client/src/serverStatus');
let status: StatusModule;

before(async () => {
  status = await import('../../client/src/serverStatus');
});

function shown(item: FakeLanguageStatusItem) {
  return { text: item.text, detail: item.detail, busy: item.busy, severity: item.severity, command: item.command };
}

const SHOW_OUTPUT = { title: 'Show Output', command: 'ladder.showOutput' };

describe('the language server status item', () => {
  it('is a language status item on ladder files, saying the server is starting', () => {
    const server = new status.ServerStatusItem();
    const item = fake.state.languageStatusItems.at(-1)!;
    assert.equal(item.id, 'ladder.server');
    assert.deepEqual(item.selector, [
      { scheme: 'file', pattern: FILE_GLOB },
      { scheme: 'untitled', pattern: FILE_GLOB },
    ]);
    assert.equal(item.name, 'Career Ladder Language Server');
    assert.deepEqual(shown(item), {
      text: 'Career Ladder: starting',
      detail: 'The language server is starting',
      busy: true,
      severity: LanguageStatusSeverity.Information,
      command: SHOW_OUTPUT,
    });
    server.dispose();
    assert.equal(item.disposed, true);
  });

  it('follows the server through indexing to ready, with the number of files', () => {
    const server = new status.ServerStatusItem();
    const item = fake.state.languageStatusItems.at(-1)!;
    server.serverStateChanged('running');
    assert.equal(item.text, 'Career Ladder: starting');
    server.indexing({ state: 'indexing', files: 12 });
    assert.deepEqual(shown(item), {
      text: 'Career Ladder: indexing 12 files',
      detail: 'Reading the ladder files of the workspace',
      busy: true,
      severity: LanguageStatusSeverity.Information,
      command: SHOW_OUTPUT,
    });
    server.serverStateChanged('running');
    assert.equal(item.text, 'Career Ladder: indexing 12 files');
    server.indexing({ state: 'ready', files: 1 });
    assert.deepEqual(shown(item), {
      text: 'Career Ladder: 1 file',
      detail: 'Ready: 1 file indexed',
      busy: false,
      severity: LanguageStatusSeverity.Information,
      command: SHOW_OUTPUT,
    });
  });

  it('shows a stopped server as a warning, a crashed one as an error, and starts over on a restart', () => {
    const server = new status.ServerStatusItem();
    const item = fake.state.languageStatusItems.at(-1)!;
    server.indexing({ state: 'ready', files: 15 });
    server.serverStateChanged('stopped');
    assert.deepEqual(shown(item), {
      text: 'Career Ladder: stopped',
      detail: 'The language server is not running',
      busy: false,
      severity: LanguageStatusSeverity.Warning,
      command: SHOW_OUTPUT,
    });
    server.serverStateChanged('crashed');
    assert.deepEqual(shown(item), {
      text: 'Career Ladder: crashed',
      detail: 'The language server crashed and was not restarted; its output says why',
      busy: false,
      severity: LanguageStatusSeverity.Error,
      command: SHOW_OUTPUT,
    });
    server.serverStateChanged('running');
    assert.deepEqual([item.text, item.busy], ['Career Ladder: starting', true]);
    server.indexing({ state: 'indexing', files: 15 });
    server.indexing({ state: 'ready', files: 15 });
    assert.equal(item.text, 'Career Ladder: 15 files');
  });

  it('speaks the display language: German from the German bundle', () => {
    fake.api.l10n.bundle = JSON.parse(readFileSync('l10n/bundle.l10n.de.json', 'utf8')) as Record<string, string>;
    try {
      const server = new status.ServerStatusItem();
      const item = fake.state.languageStatusItems.at(-1)!;
      assert.equal(item.name, 'Career-Ladder-Sprachserver');
      server.indexing({ state: 'indexing', files: 1 });
      assert.deepEqual(
        [item.text, item.detail],
        ['Career Ladder: 1 Datei wird indiziert', 'Die Leiterdateien des Arbeitsbereichs werden gelesen'],
      );
      server.indexing({ state: 'ready', files: 15 });
      assert.deepEqual(shown(item), {
        text: 'Career Ladder: 15 Dateien',
        detail: 'Bereit: 15 Dateien indiziert',
        busy: false,
        severity: LanguageStatusSeverity.Information,
        command: { title: 'Ausgabe anzeigen', command: 'ladder.showOutput' },
      });
    } finally {
      fake.api.l10n.bundle = undefined;
    }
  });
});
