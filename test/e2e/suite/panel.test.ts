// The eligibility panel in the running editor: it opens beside an assessment, shows its verdict, follows
// an edit as it is typed and the active editor to another assessment, and never saves the file. What the
// panel shows is read from the extension (the verdict it last sent to its webview) and, under code-server,
// from the webview itself through the launcher.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';
import type { EligibilityPanelSnapshot } from '../../../client/src/panel/eligibilityPanel';
import { closeAllEditors, extensionApi, openFile, replaceText, waitFor, workspaceFile } from './extensionHelpers';
import { launcherBridge, type RenderedPanel } from './launcher';

const read = async (uri: vscode.Uri): Promise<string> =>
  new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

const panelTab = (): vscode.Tab | undefined =>
  vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('ladder.eligibility'));

/** Reverts every unsaved document, so that closing the editors asks nothing. */
async function revertDirtyDocuments(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((doc) => doc.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

suite('eligibility panel', () => {
  let api: CareerLadderApi;
  // VS Code for the Web (code-server) saves after a delay by default; these tests check that nothing saves.
  const files = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('files');
  let autoSave: string | undefined;

  suiteSetup(async () => {
    api = await extensionApi();
    autoSave = files().inspect<string>('autoSave')?.globalValue;
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  });

  teardown(async () => {
    await revertDirtyDocuments();
    await closeAllEditors();
  });

  /** Waits until the panel has sent its webview a verdict on `uri` that satisfies `expected`. */
  const shown = (
    what: string,
    uri: vscode.Uri,
    expected: (snapshot: EligibilityPanelSnapshot) => boolean,
  ): Promise<EligibilityPanelSnapshot> =>
    waitFor(`the panel to show ${what}`, () => {
      const snapshot = api.eligibilityPanel.snapshot();
      if (snapshot?.uri === uri.toString() && expected(snapshot)) return snapshot;
      throw new Error(JSON.stringify(snapshot));
    });

  /**
   * Under code-server: waits until the webview itself shows what `expected` checks. Elsewhere: nothing to read.
   * The first webview of a cold workbench on a busy 2-core machine has taken over 20 s to load its frames.
   */
  const rendered = async (what: string, expected: (panel: RenderedPanel) => boolean): Promise<void> => {
    const bridge = launcherBridge();
    if (!bridge) return;
    await waitFor(
      `the webview to render ${what}`,
      async () => {
        const panel = await bridge.ask({ type: 'renderedPanel' }, 10_000);
        if (panel && expected(panel)) return panel;
        throw new Error(JSON.stringify(panel));
      },
      45_000,
    );
  };

  test('shows the verdict of an assessment, follows an edit and the active editor, and leaves the edit unsaved', async function () {
    this.timeout(90_000); // the first webview's load (see rendered)
    const alex = await openFile('alex-kim.assessment.yaml');
    const alexUri = alex.document.uri;
    await vscode.commands.executeCommand('ladder.showEligibility', alexUri);
    await waitFor('the panel tab', () => panelTab()?.label === 'Eligibility: Alex Kim');
    const before = await shown(
      "Alex Kim's verdict",
      alexUri,
      (snapshot) => snapshot.statuses['senior-engineer'] !== undefined,
    );
    assert.equal(before.person, 'Alex Kim');
    assert.equal(before.statuses['senior-engineer'], 'eligible');
    assert.equal(before.statuses['team-lead'], 'incomplete');
    await rendered(
      "Alex Kim's verdict",
      (panel) => panel.heading === 'Alex Kim' && panel.statuses['senior-engineer'] === 'eligible',
    );

    // Senior Engineer and Team Lead both expect mentoring 3.
    await replaceText(alex.document, '  mentoring:\n    rating: 3\n', '  mentoring:\n    rating: 2\n');
    const after = await shown(
      'the verdict with mentoring rated 2',
      alexUri,
      (snapshot) => snapshot.statuses['senior-engineer'] === 'not-yet',
    );
    assert.equal(after.statuses['team-lead'], 'not-yet');
    assert.equal(after.statuses['customer-engineer'], 'eligible');
    await rendered(
      'the edited verdict',
      (panel) =>
        panel.heading === 'Alex Kim' &&
        panel.statuses['senior-engineer'] === 'not-yet' &&
        panel.statuses['team-lead'] === 'not-yet',
    );

    const jordan = await openFile('jordan-lee.assessment.yaml');
    const followed = await shown(
      "Jordan Lee's verdict",
      jordan.document.uri,
      (snapshot) => snapshot.person === 'Jordan Lee',
    );
    assert.equal(followed.statuses.manager, 'incomplete');
    assert.equal(followed.statuses['staff-engineer'], 'not-yet');
    await waitFor('the panel title to follow', () => panelTab()?.label === 'Eligibility: Jordan Lee');
    await rendered(
      "Jordan Lee's verdict",
      (panel) => panel.heading === 'Jordan Lee' && panel.statuses.manager === 'incomplete',
    );

    const edited = vscode.workspace.textDocuments.find((document) => document.uri.toString() === alexUri.toString());
    assert.ok(edited, 'the edited assessment is still open');
    assert.ok(edited.getText().includes('  mentoring:\n    rating: 2\n'), 'the edit is in the document');
    assert.ok(
      (await read(workspaceFile('alex-kim.assessment.yaml'))).includes('  mentoring:\n    rating: 3\n'),
      'the file on disk is unchanged',
    );
    assert.equal(edited.isDirty, true, 'the document is unsaved');
  });
});
