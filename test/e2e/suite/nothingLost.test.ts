// Nothing is lost: no command writes a file the user did not ask to write, a quick fix and "Apply to file"
// are each one edit that one undo takes back, and messages the panel's webview did not mean to send (forged
// or malformed) change nothing.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  errorsOf,
  extensionApi,
  openFile,
  replaceText,
  waitFor,
  workspaceFile,
} from './extensionHelpers';

/** Every file of the workspace folder with a hash of its bytes and its modification time. */
function snapshotFolder(): Record<string, string> {
  const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stats = statSync(path);
      if (stats.isDirectory()) walk(path);
      else
        files[relative(folder, path)] =
          `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stats.mtimeMs}`;
    }
  };
  walk(folder);
  return files;
}

type Deliver = (message: unknown) => void;

suite('nothing lost', () => {
  // VS Code for the Web (code-server) saves after a delay by default; here nothing may be saved.
  const files = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('files');
  let autoSave: string | undefined;
  let originalCreate: typeof vscode.window.createWebviewPanel;
  /** Hands a message to the panel's host as if its webview had posted it. */
  let deliver: Deliver | undefined;

  suiteSetup(async () => {
    await extensionApi();
    autoSave = files().inspect<string>('autoSave')?.globalValue;
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    await closeAllEditors();
    // The extension under test shares this `vscode` API object: catch the panel's message listener.
    originalCreate = vscode.window.createWebviewPanel;
    (vscode.window as { createWebviewPanel: typeof originalCreate }).createWebviewPanel = (
      ...args: Parameters<typeof originalCreate>
    ) => {
      const panel = originalCreate.apply(vscode.window, args);
      const webview = panel.webview;
      const subscribe = webview.onDidReceiveMessage;
      Object.defineProperty(webview, 'onDidReceiveMessage', {
        configurable: true,
        value: (listener: (message: unknown) => unknown, thisArgs?: unknown, disposables?: vscode.Disposable[]) => {
          deliver = (message) => void listener.call(thisArgs, message);
          return subscribe.call(webview, listener, thisArgs, disposables);
        },
      });
      return panel;
    };
  });

  suiteTeardown(async () => {
    (vscode.window as { createWebviewPanel: typeof originalCreate }).createWebviewPanel = originalCreate;
    await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  });

  teardown(async () => {
    for (const document of vscode.workspace.textDocuments.filter((doc) => doc.isDirty && doc.uri.scheme === 'file')) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
  });

  /** Opens alex-kim's assessment with the panel beside it; the panel's verdict and a way to post to its host. */
  async function assessmentWithPanel() {
    const api = await extensionApi();
    deliver = undefined;
    const editor = await openFile('alex-kim.assessment.yaml');
    await vscode.commands.executeCommand('ladder.showEligibility', editor.document.uri);
    const post = await waitFor('the panel host to listen to its webview', () => deliver);
    // The host keeps what-if ratings for the assessment across panels: start without any.
    post({ type: 'whatIf', overrides: {} });
    await waitFor(
      'the panel verdict',
      () => api.eligibilityPanel.snapshot()?.statuses['senior-engineer'] === 'eligible',
    );
    return { api, document: editor.document, post };
  }

  test('no command writes a file the user did not ask for', async () => {
    const before = snapshotFolder();
    const { document, post } = await assessmentWithPanel();
    await replaceText(document, '  linux: 3', '  linux: 2');
    post({ type: 'whatIf', overrides: { mentoring: 2 } });
    const ladder = workspaceFile('customer-engineering.ladder.yaml');
    for (const [command, ...args] of [
      ['ladder.refresh'],
      ['ladder.showEligibility', document.uri],
      ['ladder.exportMarkdown', ladder],
      ['ladder.exportMarkdown', document.uri],
      ['ladder.restartServer'],
    ] as const) {
      await vscode.commands.executeCommand(command, ...args);
    }
    await extensionApi().then((api) => waitFor('the server to run again', () => api.client.isRunning()));
    await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      document.uri,
      new vscode.Range(0, 0, 40, 0),
    );
    assert.deepEqual(snapshotFolder(), before);
    assert.equal(document.isDirty, true, 'the edit is still unsaved');
  });

  test('a quick fix is one edit, and one undo takes it back', async () => {
    const { document } = await openFile('alex-kim.assessment.yaml');
    await replaceText(document, '  mentoring:', '  mentorng:');
    const misspelt = document.getText();
    const diagnostic = await waitFor('the misspelling to be reported', () =>
      errorsOf(document.uri).find((d) => d.message.startsWith("Unknown competency 'mentorng'")),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
    );
    const fix = actions.find((action) => action.title === "Change to 'mentoring'");
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.command, undefined, 'a fix is an edit, not a command that could do more');
    assert.deepEqual(
      fix.edit?.entries().map(([uri, edits]) => [uri.toString(), edits.length]),
      [[document.uri.toString(), 1]],
    );

    const version = document.version;
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(document.version, version + 1, 'one edit');
    assert.ok(document.getText().includes('  mentoring:\n'));
    await vscode.commands.executeCommand('undo');
    await waitFor('one undo to take it back', () => document.getText() === misspelt);
  });

  test('"Apply to file" is one edit, unsaved, and one undo takes it back', async () => {
    const { api, document, post } = await assessmentWithPanel();
    const original = document.getText();
    const onDisk = readFileSync(document.uri.fsPath, 'utf8');
    post({ type: 'whatIf', overrides: { mentoring: 2 } });
    await waitFor(
      'the what-if verdict',
      () => api.eligibilityPanel.snapshot()?.statuses['senior-engineer'] === 'not-yet',
    );
    const version = document.version;
    post({ type: 'applyWhatIf' });
    await waitFor('the ratings to be written', () => document.version > version);
    assert.equal(document.version, version + 1, 'one edit');
    assert.ok(document.getText().includes('  mentoring:\n    rating: 2\n'), 'the what-if rating is in the document');
    assert.equal(document.isDirty, true, 'and not saved');
    assert.equal(readFileSync(document.uri.fsPath, 'utf8'), onDisk, 'the file on disk is untouched');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await waitFor('one undo to take it back', () => document.getText() === original);
  });

  test('forged and malformed messages to the panel host change nothing', async () => {
    const { api, document, post } = await assessmentWithPanel();
    const before = snapshotFolder();
    // The files open in tabs (the panel's own tab may still be appearing, and its label follows its content).
    const openTabs = (): string[] =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .flatMap((tab) => (tab.input instanceof vscode.TabInputText ? [tab.input.uri.toString()] : []))
        .sort();
    const tabs = openTabs();
    const version = document.version;
    const verdict = JSON.stringify(api.eligibilityPanel.snapshot());
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const elsewhere = workspaceFile('jordan-lee.assessment.yaml').toString();
    const manyRatings = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`c${i}`, 1]));
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { overrides: deep };
    for (const message of [
      null,
      undefined,
      42,
      'applyWhatIf',
      [],
      [{ type: 'applyWhatIf' }],
      { type: 'APPLYWHATIF' },
      { type: 'eval', code: 'process.exit(1)' },
      { type: 'reveal', uri: 'file:///etc/passwd', range },
      { type: 'reveal', uri: elsewhere, range },
      { type: 'reveal', uri: 'command:workbench.action.files.save', range },
      { type: 'reveal', uri: 'https://example.com/', range },
      {
        type: 'reveal',
        uri: document.uri.toString(),
        range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } },
      },
      { type: 'whatIf', overrides: JSON.parse('{"__proto__": {"polluted": 1}}') },
      { type: 'whatIf', overrides: { constructor: { prototype: { polluted: 1 } } } },
      { type: 'whatIf', overrides: { mentoring: { $gt: 1 } } },
      { type: 'whatIf', overrides: manyRatings },
      { type: 'whatIf', overrides: [2] },
      { type: 'whatIf', ...(deep as object) },
      { type: 'whatIf', overrides: { mentoring: 'x'.repeat(100_000) } },
      { type: 'applyWhatIf', overrides: { mentoring: 1 } },
    ]) {
      post(message);
    }
    // An accepted message that makes a round trip to the server, as a marker that what came before is done.
    let renders = 0;
    const counting = api.eligibilityPanel.onDidRender(() => renders++);
    try {
      post({ type: 'whatIf', overrides: {} });
      await waitFor('the marker to be answered', () => renders > 0);
    } finally {
      counting.dispose();
    }
    assert.equal(JSON.stringify(api.eligibilityPanel.snapshot()), verdict, 'the verdict is as it was');
    assert.equal(document.version, version, 'the assessment was not edited');
    assert.equal(document.isDirty, false);
    assert.deepEqual(openTabs(), tabs, 'no other file was opened');
    assert.deepEqual(snapshotFolder(), before, 'no file was written');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });
});
