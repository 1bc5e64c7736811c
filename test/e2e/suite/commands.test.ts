// Every command of the extension, run the way a test (or another extension) can: with arguments instead
// of prompts.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, deleteFiles, extensionApi, waitFor, workspaceFile } from './extensionHelpers';

const read = async (uri: vscode.Uri): Promise<string> =>
  new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

const fileExists = async (uri: vscode.Uri): Promise<boolean> => {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
};

async function revertAndCloseUntitled(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((doc) => doc.isUntitled)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

suite('commands', () => {
  suiteSetup(async () => {
    await extensionApi();
  });

  teardown(async () => {
    await revertAndCloseUntitled();
    await closeAllEditors();
  });

  /** Whether the active editor's tab is a preview tab, which the next file opened would replace. */
  function activeTabIsPreview(): boolean | undefined {
    return vscode.window.tabGroups.activeTabGroup.activeTab?.isPreview;
  }

  test('every contributed command is registered', async () => {
    const extension = vscode.extensions.getExtension('career-ladder.career-ladder');
    const contributed = (extension?.packageJSON.contributes.commands as { command: string }[]).map(
      (entry) => entry.command,
    );
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(
      contributed.filter((command) => !registered.has(command)),
      [],
    );
  });

  test('newAssessment writes a scaffold next to the ladder, opens it, and never overwrites', async () => {
    const ladderUri = workspaceFile('customer-engineering.ladder.yaml').toString();
    const args = { ladderUri, levelId: 'customer-engineer', person: 'Zoë Test-Person' };
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('ladder.newAssessment', args);
    assert.ok(created, 'the command returns the new file');
    assert.equal(created.toString(), workspaceFile('zoe-test-person.assessment.yaml').toString());
    const text = await read(created);
    assert.match(text, /kind: SelfAssessment/);
    assert.match(text, /Zoë Test-Person/);
    assert.match(text, /level: customer-engineer/);
    await waitFor(
      'the new assessment in the active editor',
      () => vscode.window.activeTextEditor?.document.uri.toString() === created.toString(),
    );
    assert.equal(activeTabIsPreview(), false, 'the new assessment stays open when another file is clicked');

    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode('# mine, keep\n'));
    const second = await vscode.commands.executeCommand<vscode.Uri | undefined>('ladder.newAssessment', args);
    assert.ok(second);
    assert.equal(second.toString(), workspaceFile('zoe-test-person-2.assessment.yaml').toString());
    assert.equal(await read(created), '# mine, keep\n', 'the existing file is untouched');
    await closeAllEditors();
    await deleteFiles(created, second);
  });

  test('newLadder opens a commented starter ladder in an untitled editor that the server checks', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('ladder.newLadder', { untitled: true });
    assert.ok(uri);
    assert.equal(uri.scheme, 'untitled');
    assert.match(uri.path, /\.ladder\.yaml$/);
    const document = await waitFor('the untitled ladder', () =>
      vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString()),
    );
    assert.match(document.getText(), /^kind: Ladder$/m);
    assert.match(document.getText(), /^# /);
    assert.equal(document.languageId, 'yaml');
  });

  test('a new untitled ladder asks where it will be saved, and saving writes it there', async () => {
    const chosen = workspaceFile('career.ladder.yaml');
    const silent = workspaceFile('new.ladder.yaml');
    let settled = false;
    const running = vscode.commands.executeCommand<vscode.Uri | undefined>('ladder.newLadder').then((uri) => {
      settled = true;
      return uri;
    });
    // The quick pick (its first choice is the untitled ladder), then the save dialog with its suggestion.
    await waitFor('the quick pick and the save dialog to be answered', async () => {
      if (settled) return true;
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return undefined;
    });
    const uri = await running;
    assert.equal(uri?.toString(), chosen.with({ scheme: 'untitled' }).toString());
    const document = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri?.toString());
    assert.ok(document?.isUntitled, 'the ladder is not written until it is saved');
    assert.equal(await fileExists(chosen), false);

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.save');
    const saved = await waitFor('the ladder saved where it was asked', async () =>
      (await fileExists(chosen)) ? read(chosen) : undefined,
    );
    assert.match(saved, /^kind: Ladder$/m);
    assert.equal(await fileExists(silent), false);
    await closeAllEditors();
    await deleteFiles(chosen);
  });

  test('newLadder writes a new file but refuses to overwrite one', async () => {
    const target = workspaceFile('fresh.ladder.yaml');
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('ladder.newLadder', {
      uri: target.toString(),
    });
    assert.equal(created?.toString(), target.toString());
    assert.match(await read(target), /kind: Ladder/);
    assert.equal(activeTabIsPreview(), false, 'the new ladder stays open when another file is clicked');

    const existing = workspaceFile('customer-engineering.ladder.yaml');
    const before = await read(existing);
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('ladder.newLadder', {
      uri: existing.toString(),
    });
    assert.equal(refused, undefined);
    assert.equal(await read(existing), before);
    await closeAllEditors();
    await deleteFiles(target);
  });

  test('exportMarkdown opens the ladder as Markdown in a new untitled editor', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
      'ladder.exportMarkdown',
      workspaceFile('customer-engineering.ladder.yaml'),
    );
    assert.ok(document);
    assert.equal(document.languageId, 'markdown');
    assert.ok(document.isUntitled);
    assert.match(document.uri.path, /\/customer-engineering\.ladder\.md$/);
    assert.ok(document.getText().includes('# Customer Engineering Career Ladder'), document.getText().slice(0, 200));
    assert.equal(vscode.window.activeTextEditor?.document, document);
  });

  test('exportMarkdown exports an assessment with its verdict', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(
      'ladder.exportMarkdown',
      workspaceFile('alex-kim.assessment.yaml'),
    );
    assert.ok(document);
    const text = document.getText();
    assert.ok(text.includes('Alex Kim') && text.includes('Senior Engineer'), text.slice(0, 200));
  });

  test('refresh runs', async () => {
    await vscode.commands.executeCommand('ladder.refresh');
  });

  test('showEligibility opens the eligibility panel', async () => {
    await vscode.commands.executeCommand('ladder.showEligibility', workspaceFile('alex-kim.assessment.yaml'));
    await waitFor('a tab with the eligibility panel', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .some(
          (tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('ladder.eligibility'),
        ),
    );
  });
});
