// Smoke test: the extension is present in the editor and activates with a ladder file open.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'career-ladder.career-ladder';
const LADDER_FILES = '**/*.{ladder,assessment}.yaml';

suite('activation', () => {
  test('the workspace has a ladder or assessment file to open', async () => {
    const files = await vscode.workspace.findFiles(LADDER_FILES, '**/node_modules/**');
    assert.ok(files.length > 0, `no file matching ${LADDER_FILES} in the workspace`);
  });

  test(`${EXTENSION_ID} is present and activates`, async () => {
    const [file] = await vscode.workspace.findFiles(LADDER_FILES, '**/node_modules/**', 1);
    assert.ok(file, `no file matching ${LADDER_FILES} in the workspace`);
    const document = await vscode.workspace.openTextDocument(file);
    const editor = await vscode.window.showTextDocument(document);
    assert.equal(editor.document.uri.toString(), file.toString());

    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the editor under test`);
    assert.equal(extension.packageJSON.name, 'career-ladder');
    await extension.activate();
    assert.equal(extension.isActive, true, `${EXTENSION_ID} did not activate`);
  });
});
