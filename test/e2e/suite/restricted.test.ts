// Restricted Mode: in a folder the user has not trusted, ladder files are still checked and scored (the
// extension runs nothing from the workspace), and the workspace cannot change ladder.maxFileSize. Runs only
// when the folder is untrusted:
//
//   LADDER_E2E_UNTRUSTED=1 LADDER_E2E_GREP='restricted mode' node --import tsx test/e2e/launch-code-server.ts
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, errorsOf, extensionApi, openFile, replaceText, waitFor } from './extensionHelpers';

suite('restricted mode', () => {
  const folder = (): string => vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  const settingsDir = (): string => join(folder(), '.vscode');

  suiteSetup(function () {
    if (vscode.workspace.isTrusted) this.skip();
  });

  suiteTeardown(() => {
    if (!vscode.workspace.isTrusted) rmSync(settingsDir(), { recursive: true, force: true });
  });

  teardown(async () => {
    for (const document of vscode.workspace.textDocuments.filter((doc) => doc.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
  });

  test('the extension runs, and diagnostics appear as the user types', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const api = await extensionApi();
    assert.ok(api.client.isRunning());
    const { document } = await openFile('dani-okafor.assessment.yaml');
    await waitFor('the assessment to be checked', () => errorsOf(document.uri).length === 0 && api.client.isRunning());
    await replaceText(document, 'kind: SelfAssessment', 'kind: SelfAssesment');
    const [error] = await waitFor('an error for the edit', () => {
      const errors = errorsOf(document.uri);
      return errors.length > 0 ? errors : undefined;
    });
    assert.equal(error!.source, 'ladder');
  });

  test('assessments are still scored: the panel shows the verdict', async () => {
    const api = await extensionApi();
    const { document } = await openFile('priya-nair.assessment.yaml');
    await vscode.commands.executeCommand('ladder.showEligibility', document.uri);
    const snapshot = await waitFor('the verdict', () => api.eligibilityPanel.snapshot());
    assert.equal(snapshot.person, 'Priya Nair');
    assert.equal(snapshot.statuses['automation-engineer'], 'eligible');
  });

  test('a workspace cannot change ladder.maxFileSize, while its other settings apply', async () => {
    mkdirSync(settingsDir(), { recursive: true });
    // 0.001 MB would make every sample "too large"; codeLens.enabled is not restricted and shows the file was read.
    writeFileSync(
      join(settingsDir(), 'settings.json'),
      JSON.stringify({ 'ladder.maxFileSize': 0.001, 'ladder.codeLens.enabled': false }),
    );
    const ladder = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('ladder');
    await waitFor('the workspace settings to be read', () => ladder().get<boolean>('codeLens.enabled') === false);
    assert.equal(ladder().get<number>('maxFileSize'), 4);

    const { document } = await openFile('alex-kim.assessment.yaml');
    await replaceText(document, 'kind: SelfAssessment', 'kind: SelfAssesment');
    const diagnostics = await waitFor('diagnostics for the edit', () => {
      const found = vscode.languages.getDiagnostics(document.uri);
      return found.length > 0 ? found : undefined;
    });
    assert.ok(
      !diagnostics.some((d) => /ladder\.maxFileSize/.test(d.message)),
      diagnostics.map((d) => d.message).join('\n'),
    );
  });
});
