// Export Promotion Packet in the running editor, with the workbench's file dialog answered as a user would:
// the save dialog asks where to write the packet, and an existing file is not replaced unless the user says
// so. The dialog needs the browser around the workbench (the code-server launcher); without it the suite is
// skipped. A workbench that runs extension tests refuses modal dialogs as if the user had cancelled them,
// which is how the extension's own "replace it?" question is answered here.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { launcherBridge, type LauncherBridge } from './launcher';
import { closeAllEditors, deleteFiles, extensionApi, waitFor, workspaceFile } from './extensionHelpers';

const ASSESSMENT = 'alex-kim.assessment.yaml';
const LEVEL = 'senior-engineer';
const PACKET = 'alex-kim.senior-engineer.packet.html';

async function text(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

suite('promotion packet export', function () {
  let bridge: LauncherBridge;
  const exported = () => workspaceFile(PACKET);
  const exportPacket = () =>
    vscode.commands.executeCommand<vscode.Uri | undefined>('ladder.exportPacket', workspaceFile(ASSESSMENT), LEVEL);

  suiteSetup(async function () {
    const found = launcherBridge();
    if (!found) return this.skip();
    bridge = found;
    await extensionApi();
  });

  teardown(async () => {
    await closeAllEditors();
    await deleteFiles(exported());
  });

  test('asks where to save, and writes the packet where the user said', async () => {
    const result = exportPacket();
    const dialog = await bridge.ask({ type: 'fileDialog', path: exported().fsPath });
    assert.deepEqual(dialog, { title: 'Export the Senior Engineer promotion packet', confirmedOverwrite: false });
    assert.equal((await result)?.toString(), exported().toString());
    const html = await text(exported());
    assert.match(html, /^<!DOCTYPE html>/i);
    assert.ok(html.includes('Alex Kim'), 'the packet names the person');
  });

  test('asks before replacing a file, and keeps it when the answer is not Replace', async () => {
    await vscode.workspace.fs.writeFile(exported(), new TextEncoder().encode('kept'));
    const result = exportPacket();
    const dialog = await bridge.ask({ type: 'fileDialog', path: exported().fsPath });
    assert.equal(dialog.confirmedOverwrite, true, 'the save dialog itself warned that the file exists');
    assert.equal(await result, undefined);
    const question = await waitFor('the replace question', async () =>
      (await bridge.ask({ type: 'notifications' })).find((message) => message.includes('Replace it')),
    );
    assert.ok(question.includes(`${PACKET} already exists. Replace it with the promotion packet?`), question);
    assert.equal(await text(exported()), 'kept');
  });
});
