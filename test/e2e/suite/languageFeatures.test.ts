// The language server in the real editor: diagnostics follow edits, completion offers the ladder's ids.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, errorsOf, extensionApi, openFile, replaceText, waitFor } from './extensionHelpers';

suite('language features', () => {
  suiteSetup(async () => {
    await extensionApi();
  });

  teardown(closeAllEditors);

  test('an unknown level in an assessment is reported on its line, and the report goes when it is fixed', async () => {
    const { document } = await openFile('jordan-lee.assessment.yaml');
    await waitFor(
      'the assessment to be checked without errors',
      () => errorsOf(document.uri).length === 0 || undefined,
    );
    const line = document
      .getText()
      .split('\n')
      .findIndex((text) => text.startsWith('level: team-lead'));
    assert.ok(line >= 0);

    await replaceText(document, 'level: team-lead', 'level: team-leader');
    const [error] = await waitFor('an error for the unknown level', () => {
      const errors = errorsOf(document.uri).filter((diagnostic) => diagnostic.range.start.line === line);
      return errors.length > 0 ? errors : undefined;
    });
    assert.match(error?.message ?? '', /team-leader/);

    await replaceText(document, 'level: team-leader', 'level: team-lead');
    await waitFor('the error to go', () => errorsOf(document.uri).length === 0);
    await document.save();
  });

  test('completion under ratings: offers the competencies of the ladder', async () => {
    const editor = await openFile('alex-kim.assessment.yaml');
    const { document } = editor;
    const ratingsLine = document
      .getText()
      .split('\n')
      .findIndex((text) => text.startsWith('ratings:'));
    assert.ok(ratingsLine >= 0);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(ratingsLine + 1, 0), '  \n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const position = new vscode.Position(ratingsLine + 1, 2);

    const labels = await waitFor('completion items with a competency of the ladder', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        position,
      );
      const names = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      return names.includes('team-metrics') ? names : undefined;
    });
    assert.ok(
      labels.includes('team-metrics'),
      `team-metrics (defined by the ladder, not yet rated) is offered: ${labels.join(', ')}`,
    );

    await vscode.commands.executeCommand('undo');
    await waitFor('the inserted line to be undone', () => !document.isDirty);
  });

  test('snippets are offered in ladder files where an entry goes, and not in other YAML files', async () => {
    const snippetLabels = async (document: vscode.TextDocument, position: vscode.Position) => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        position,
      );
      return list.items
        .filter((item) => item.kind === vscode.CompletionItemKind.Snippet)
        .map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    };
    const { document } = await openFile('customer-support-ic.ladder.yaml');
    await replaceText(document, 'levels:\n', 'levels:\n  - \n');
    const line = document.getText().split('\n').indexOf('levels:') + 1;
    const inLadder = await waitFor('the level snippet in the ladder', async () => {
      const labels = await snippetLabels(document, new vscode.Position(line, 4));
      return labels.length > 0 ? labels : undefined;
    });
    assert.deepEqual(inLadder, ['New level']);
    await vscode.commands.executeCommand('workbench.action.files.revert');

    const plain = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'levels:\n  - ' });
    await vscode.window.showTextDocument(plain);
    assert.deepEqual(await snippetLabels(plain, new vscode.Position(1, 4)), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
