// The extension's settings take effect in the running editor.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, openFile, waitFor } from './extensionHelpers';

const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('ladder');
const { Global } = vscode.ConfigurationTarget;

async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
  return lenses.flatMap((lens) => (lens.command?.command === 'ladder.showEligibility' ? [lens.command.title] : []));
}

suite('settings', () => {
  suiteSetup(async () => {
    await extensionApi();
  });

  teardown(closeAllEditors);

  suiteTeardown(async () => {
    await settings().update('codeLens.enabled', undefined, Global);
    await settings().update('maxFileSize', undefined, Global);
  });

  test('ladder.codeLens.enabled turns the lenses off and on', async () => {
    const { document } = await openFile('dani-okafor.assessment.yaml');
    await waitFor('the verdict lenses', async () => (await lensTitles(document.uri)).length > 0);
    await settings().update('codeLens.enabled', false, Global);
    await waitFor('no lenses', async () => (await lensTitles(document.uri)).length === 0);
    await settings().update('codeLens.enabled', undefined, Global);
    await waitFor('the lenses back', async () => (await lensTitles(document.uri)).length > 0);
  });

  test('ladder.maxFileSize reaches the server: a file over the limit is reported, not analysed', async () => {
    const { document } = await openFile('dani-okafor.assessment.yaml');
    const tooLarge = (): vscode.Diagnostic | undefined =>
      vscode.languages
        .getDiagnostics(document.uri)
        .find((diagnostic) => /ladder\.maxFileSize/.test(diagnostic.message));
    assert.equal(tooLarge(), undefined);
    // About 500 characters, half the sample.
    await settings().update('maxFileSize', 0.0005, Global);
    const diagnostic = await waitFor('the file-size diagnostic after the server restarts', tooLarge);
    assert.equal(diagnostic.range.start.line, 0);
    await settings().update('maxFileSize', undefined, Global);
    await waitFor('the limit lifted', () => tooLarge() === undefined);
  });
});
