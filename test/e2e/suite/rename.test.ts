// Rename Symbol and Find All References on ladder ids in the real editor: one rename from a review edits
// the ladder (recording the old id in formerly), every assessment and the review as one workspace edit that
// the editor applies; the files are put back afterwards for the other suites.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { closeAllEditors, errorsOf, extensionApi, openFile, waitFor, workspaceFile } from './extensionHelpers';

/** Every place the samples name the check `documented-need`, as file and 1-based line (the id starts the line's text after the indentation or `check: `). */
const DOCUMENTED_NEED = [
  ['alex-kim.assessment.yaml', 53],
  ['alex-kim.manager.review.yaml', 26],
  ['customer-engineering.ladder.yaml', 89],
  ['customer-engineering.ladder.yaml', 246],
  ['customer-engineering.ladder.yaml', 286],
  ['customer-engineering.ladder.yaml', 330],
  ['customer-engineering.ladder.yaml', 376],
  ['jordan-lee.assessment.yaml', 45],
  ['priya-nair.assessment.yaml', 43],
] as const;

const fileName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

suite('rename and references', () => {
  const originals = new Map<string, string>();

  suiteSetup(async () => {
    await extensionApi();
  });

  teardown(async () => {
    // Put every file the rename touched back as it was, saved.
    for (const [name, text] of originals) {
      const document = await vscode.workspace.openTextDocument(workspaceFile(name));
      if (document.getText() !== text) {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
        assert.ok(await vscode.workspace.applyEdit(edit));
      }
      if (document.isDirty) await document.save();
    }
    originals.clear();
    await closeAllEditors();
  });

  test('renames a check from a review across the ladder, its assessments and the review, and applies the edit', async () => {
    const { document: review } = await openFile('alex-kim.manager.review.yaml');
    for (const [name] of DOCUMENTED_NEED)
      if (!originals.has(name))
        originals.set(name, (await vscode.workspace.openTextDocument(workspaceFile(name))).getText());
    const position = new vscode.Position(25, 4);
    assert.equal(review.lineAt(25).text, '  documented-need: passed');

    // Every file is indexed once the references reach the other assessments.
    const locations = await waitFor('the references in every file', async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeReferenceProvider',
        review.uri,
        position,
      );
      return found.length === DOCUMENTED_NEED.length ? found : undefined;
    });
    assert.deepEqual(
      locations.map((location) => [fileName(location.uri), location.range.start.line + 1]).sort(),
      DOCUMENTED_NEED.map(([name, line]) => [name, line]).sort(),
    );

    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      review.uri,
      position,
      'role-need',
    );
    const edits = edit
      .entries()
      .flatMap(([uri, textEdits]) =>
        textEdits.map((textEdit) => [
          fileName(uri),
          textEdit.range.start.line + 1,
          textEdit.range.start.character,
          textEdit.range.end.character,
          textEdit.newText,
        ]),
      )
      .sort();
    const renamedAt = DOCUMENTED_NEED.map(([name, line]) => {
      const text = originals.get(name)!.split('\n')[line - 1]!;
      const start = text.indexOf('documented-need');
      return [name, line, start, start + 'documented-need'.length, 'role-need'];
    });
    assert.deepEqual(
      edits,
      [...renamedAt, ['customer-engineering.ladder.yaml', 90, 0, 0, '    formerly: [documented-need]\n']].sort(),
    );

    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(review.lineAt(25).text, '  role-need: passed');
    const ladder = await vscode.workspace.openTextDocument(workspaceFile('customer-engineering.ladder.yaml'));
    assert.deepEqual(
      [ladder.lineAt(88).text, ladder.lineAt(89).text],
      ['  - id: role-need', '    formerly: [documented-need]'],
    );
    await waitFor(
      'the renamed files to be checked without errors',
      () =>
        [review.uri, ladder.uri, workspaceFile('alex-kim.assessment.yaml')].every(
          (uri) => errorsOf(uri).length === 0,
        ) || undefined,
    );
  });

  test('refuses a rename to an id that is taken, with a message', async () => {
    const { document: review } = await openFile('alex-kim.manager.review.yaml');
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          review.uri,
          new vscode.Position(25, 4),
          'peer-review',
        ),
      ),
      (error: Error) => error.message.includes("The ladder already has a check 'peer-review'."),
    );
  });
});
