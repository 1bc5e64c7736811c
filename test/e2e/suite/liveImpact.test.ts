// Live ladder impact in the editor: with the workspace committed to git, an edit of a ladder shows a code
// lens above the changed level ("changes the verdict for 1 person"), and Show Ladder Impact lists who.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { LadderImpactResult } from '../../../server/src/protocol';
import { closeAllEditors, extensionApi, openFile, replaceText, waitFor } from './extensionHelpers';

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'E2E',
  GIT_AUTHOR_EMAIL: 'e2e@example.com',
  GIT_COMMITTER_NAME: 'E2E',
  GIT_COMMITTER_EMAIL: 'e2e@example.com',
  GIT_AUTHOR_DATE: '2026-01-01T12:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T12:00:00Z',
};

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: GIT_ENV,
    stdio: 'ignore',
  });
}

const lineOf = (document: vscode.TextDocument, text: string): number =>
  document
    .getText()
    .split('\n')
    .findIndex((line) => line === text);

suite('live ladder impact', () => {
  suiteSetup(async () => {
    await extensionApi();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'a workspace folder');
    git(folder, 'init', '-q');
    git(folder, 'add', '-A');
    git(folder, 'commit', '-q', '-m', 'the samples');
  });

  teardown(closeAllEditors);

  test('an edited ladder shows a lens above the changed level, and Show Ladder Impact lists who and why', async function () {
    // The server may have found no repository here moments ago (other suites): it asks again after 10 s.
    this.timeout(90_000);
    const { document } = await openFile('customer-engineering.ladder.yaml');
    const senior = lineOf(document, '  - id: senior-engineer');
    // Senior Engineer now expects troubleshooting at 4: Jordan Lee, rated 3, has one more gap.
    await replaceText(
      document,
      '    expectations:\n      product-knowledge: 3\n      troubleshooting: 3',
      '    expectations:\n      product-knowledge: 3\n      troubleshooting: 4',
    );
    const lens = await waitFor(
      'the impact lens above Senior Engineer',
      async () => {
        const found = await vscode.commands.executeCommand<vscode.CodeLens[]>(
          'vscode.executeCodeLensProvider',
          document.uri,
          100,
        );
        return found.find(
          (candidate) => candidate.command?.command === 'ladder.showImpact' && candidate.range.start.line === senior,
        );
      },
      30_000,
    );
    assert.equal(lens.command?.title, 'changes the verdict for 1 person');
    assert.deepEqual(lens.command?.arguments, [document.uri.toString(), 'senior-engineer']);

    const result = await vscode.commands.executeCommand<LadderImpactResult>(
      'ladder.showImpact',
      ...(lens.command?.arguments ?? []),
    );
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.deepEqual(
      result.entries.map((entry) => [entry.person, entry.level, entry.summary, entry.reasons]),
      [
        [
          'Jordan Lee',
          'senior-engineer',
          'not yet 71% → not yet 64%',
          ['expectation troubleshooting: met (rated 3, expected 3) → gap (rated 3, expected 4)'],
        ],
      ],
    );

    await vscode.commands.executeCommand('undo');
    await waitFor('the edit to be undone', () => !document.isDirty);
    await waitFor(
      'the impact lens to go',
      async () => {
        const found = await vscode.commands.executeCommand<vscode.CodeLens[]>(
          'vscode.executeCodeLensProvider',
          document.uri,
          100,
        );
        return found.some((candidate) => candidate.command?.command === 'ladder.showImpact') ? undefined : true;
      },
      30_000,
    );
  });
});
