// The language server in the real editor: diagnostics follow edits, completion offers the ladder's ids.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { LADDER_LANGUAGE_ID } from '../../../client/src/ladderFiles';
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

  test('the snippets are offered in ladder files', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: LADDER_LANGUAGE_ID,
      content: 'levels:\n  ladder-',
    });
    await vscode.window.showTextDocument(document);
    const labels = await waitFor('the ladder snippets', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        new vscode.Position(1, 9),
      );
      const snippets = list.items
        .filter((item) => item.kind === vscode.CompletionItemKind.Snippet)
        .map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
      return snippets.includes('ladder-level') ? snippets : undefined;
    });
    for (const prefix of ['ladder-competency', 'ladder-req-time-at-level', 'ladder-req-any-of', 'ladder-rating']) {
      assert.ok(labels.includes(prefix), `${prefix} in ${labels.join(', ')}`);
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
