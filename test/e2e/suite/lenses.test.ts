// Code lenses and the status-bar verdict, on the samples.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';
import { closeAllEditors, extensionApi, openFile, replaceText, waitFor, workspaceFile } from './extensionHelpers';

interface Lens {
  line: number;
  title: string;
  command: string;
}

async function lenses(uri: vscode.Uri, expectedCount: number): Promise<Lens[]> {
  return waitFor(`${expectedCount} code lenses on ${uri.path}`, async () => {
    const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100);
    const ours = found
      .filter(
        (lens) => lens.command && (lens.command.command === 'ladder.showEligibility' || / · /.test(lens.command.title)),
      )
      .map((lens) => ({
        line: lens.range.start.line,
        title: lens.command?.title ?? '',
        command: lens.command?.command ?? '',
      }))
      .sort((a, b) => a.line - b.line || a.title.localeCompare(b.title));
    return ours.length === expectedCount ? ours : undefined;
  });
}

const lineOf = (document: vscode.TextDocument, prefix: string): number =>
  document
    .getText()
    .split('\n')
    .findIndex((line) => line.startsWith(prefix));

suite('code lenses and status bar', () => {
  let api: CareerLadderApi;

  suiteSetup(async () => {
    api = await extensionApi();
  });

  teardown(closeAllEditors);

  test('an assessment shows the verdict of each focus level above level: and target:', async () => {
    const { document } = await openFile('alex-kim.assessment.yaml');
    const found = await lenses(document.uri, 2);
    assert.deepEqual(found, [
      { line: lineOf(document, 'level:'), title: 'Team Lead — incomplete · 91%', command: 'ladder.showEligibility' },
      {
        line: lineOf(document, 'target:'),
        title: 'Senior Engineer — eligible · 100%',
        command: 'ladder.showEligibility',
      },
    ]);
  });

  test('a ladder shows the size of each level', async () => {
    const uri = workspaceFile('customer-engineering.ladder.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    const found = await lenses(uri, 7);
    const first = found[0];
    assert.ok(first);
    assert.equal(first.title, '4 expectations · 4 requirements');
    assert.match(document.lineAt(first.line).text, /id: customer-engineer$/);
    assert.equal(found[1]?.title, '10 expectations · 4 requirements');
  });

  test('the lenses follow an edit of the assessment', async () => {
    const { document } = await openFile('alex-kim.assessment.yaml');
    await lenses(document.uri, 2);
    await replaceText(document, '  troubleshooting:\n    rating: 4', '  troubleshooting:\n    rating: 1');
    const found = await waitFor('the Senior Engineer lens to change', async () => {
      const current = await lenses(document.uri, 2);
      return current.some((lens) => lens.title.startsWith('Senior Engineer — not yet')) ? current : undefined;
    });
    assert.ok(
      found.some((lens) => /^Senior Engineer — not yet · \d+%$/.test(lens.title)),
      JSON.stringify(found),
    );
    await vscode.commands.executeCommand('undo');
    await waitFor('the edit to be undone', () => !document.isDirty);
  });

  test('the status bar shows the best verdict of the active assessment, and hides for other editors', async () => {
    await openFile('alex-kim.assessment.yaml');
    await waitFor('the status bar verdict', () => api.statusBar.text === '$(pass) Senior Engineer: eligible');
    await openFile('customer-engineering.ladder.yaml');
    await waitFor('the status bar to hide', () => api.statusBar.text === undefined);
    await openFile('jordan-lee.assessment.yaml');
    await waitFor('the verdict of Jordan Lee', () => api.statusBar.text === '$(warning) Manager: incomplete');
  });
});
