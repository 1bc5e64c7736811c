// Format Document, inlay hints and semantic tokens from the language server, through the editor's own commands.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  deleteFiles,
  errorsOf,
  extensionApi,
  openFile,
  waitFor,
  workspaceFile,
} from './extensionHelpers';

const MESSY = [
  'kind:   Ladder',
  'id: messy',
  'name: Messy Ladder   # kept',
  'scale:',
  '- id: 1',
  '  name: Learning',
  '-    id: 2',
  '     name: "Practising"',
  'tracks:',
  '    - { id: ic, name: IC }',
  'levels:',
  '- id: engineer',
  '  name: Engineer',
  '  track: ic',
  '  rank: 1',
  '  next: [ senior ]',
  '- id: senior',
  '  name: Senior Engineer',
  '  track: ic',
  '  rank: 2',
  '',
].join('\n');

const TIDY = [
  'kind: Ladder',
  'id: messy',
  'name: Messy Ladder # kept',
  'scale:',
  '  - id: 1',
  '    name: Learning',
  '  - id: 2',
  '    name: "Practising"',
  'tracks:',
  '  - {id: ic, name: IC}',
  'levels:',
  '  - id: engineer',
  '    name: Engineer',
  '    track: ic',
  '    rank: 1',
  '    next: [senior]',
  '  - id: senior',
  '    name: Senior Engineer',
  '    track: ic',
  '    rank: 2',
  '',
].join('\n');

const hintLabel = (hint: vscode.InlayHint): string =>
  typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');

suite('formatting and inlay hints', () => {
  const messy = workspaceFile('messy-format.ladder.yaml');

  suiteSetup(async () => {
    await extensionApi();
    await vscode.workspace.fs.writeFile(messy, new TextEncoder().encode(MESSY));
  });

  teardown(closeAllEditors);

  suiteTeardown(() => deleteFiles(messy));

  test('Format Document tidies a messy ladder in one undoable edit', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(messy));
    await waitFor('the ladder to be checked without errors', () => errorsOf(messy).length === 0 || undefined);
    await waitFor('the formatted text', async () => {
      await vscode.commands.executeCommand('editor.action.formatDocument');
      return editor.document.getText() === TIDY || undefined;
    });
    assert.equal(editor.document.getText(), TIDY);
    await vscode.commands.executeCommand('undo');
    await waitFor('the messy text back after one undo', () => editor.document.getText() === MESSY || undefined);
  });

  test('inlay hints name the levels and the rated values of an assessment', async () => {
    const { document } = await openFile('alex-kim.assessment.yaml');
    const lines = document.getText().split('\n');
    const levelLine = lines.findIndex((line) => line === 'level: customer-engineer');
    const ratingLine = lines.findIndex((line) => line === '  product-knowledge: 3');
    assert.ok(levelLine >= 0 && ratingLine >= 0);
    const hints = await waitFor('inlay hints from the language server', async () => {
      const found = await vscode.commands.executeCommand<vscode.InlayHint[]>(
        'vscode.executeInlayHintProvider',
        document.uri,
        new vscode.Range(0, 0, document.lineCount, 0),
      );
      return found.length > 0 ? found : undefined;
    });
    const at = (line: number) =>
      hints.filter((hint) => hint.position.line === line).map((hint) => [hint.position.character, hintLabel(hint)]);
    assert.deepEqual(at(levelLine), [['level: customer-engineer'.length, 'Customer Engineer']]);
    assert.deepEqual(at(ratingLine), [['  product-knowledge: 3'.length, 'Proficient · Product knowledge']]);
  });
});
