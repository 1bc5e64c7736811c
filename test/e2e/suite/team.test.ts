// The team view in the running editor: Show Team opens it on a ladder (from the command or the Career
// Ladders view's context menu), it shows the ladder's assessments with their verdicts, and it follows an edit
// of one of them (sent to the webview as the changes since the team it shows). What the view shows is read
// from the extension (the team it last sent to its webview) and, under code-server, from the webview itself.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';
import type { TeamPanelSnapshot } from '../../../client/src/panel/teamPanel';
import { closeAllEditors, extensionApi, replaceText, waitFor, workspaceFile } from './extensionHelpers';
import { launcherBridge, type RenderedTeam } from './launcher';

const teamTab = (): vscode.Tab | undefined =>
  vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('ladder.team'));

async function revertDirtyDocuments(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((doc) => doc.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

suite('team view', () => {
  let api: CareerLadderApi;
  const files = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('files');
  let autoSave: string | undefined;
  const ladder = () => workspaceFile('customer-engineering.ladder.yaml');

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

  const shown = (what: string, expected: (snapshot: TeamPanelSnapshot) => boolean): Promise<TeamPanelSnapshot> =>
    waitFor(`the team view to show ${what}`, () => {
      const snapshot = api.teamPanel.snapshot();
      if (snapshot?.ladderUri === ladder().toString() && expected(snapshot)) return snapshot;
      throw new Error(JSON.stringify(snapshot));
    });

  /** Under code-server: waits until the webview itself shows what `expected` checks. Elsewhere: nothing to read. */
  const rendered = async (what: string, expected: (team: RenderedTeam) => boolean): Promise<void> => {
    const bridge = launcherBridge();
    if (!bridge) return;
    await waitFor(
      `the team view's webview to show ${what}`,
      async () => {
        const team = await bridge.ask({ type: 'renderedTeam' }, 10_000);
        if (team && expected(team)) return team;
        throw new Error(JSON.stringify(team));
      },
      45_000,
    );
  };

  test('Show Team opens the team of a ladder and follows an edit of an assessment', async function () {
    this.timeout(90_000); // the first webview's load under code-server (see rendered)
    await vscode.commands.executeCommand('ladder.showTeam', ladder());
    await waitFor('the team tab', () => teamTab()?.label === 'Team: Customer Engineering Career Ladder');
    const before = await shown('the sample team', (snapshot) => snapshot.people === 3);
    assert.deepEqual(Object.keys(before.statuses).sort(), ['Alex Kim', 'Jordan Lee', 'Priya Nair']);
    assert.equal(before.statuses['Alex Kim']?.['senior-engineer'], 'eligible');
    // The webview is drawn whole first (an update of the workspace meanwhile may follow as changes).
    assert.equal(before.firstSent, 'team');
    await rendered(
      "Alex Kim's mentoring rated 3",
      (team) => team.heading === 'Customer Engineering Career Ladder' && team.cells['Alex Kim']?.mentoring === '3 met',
    );

    // Senior Engineer expects mentoring 3: rated 2, Alex is not yet. The assessment opens beside the view,
    // which stays visible (a hidden view asks for nothing until it is shown again).
    const document = await vscode.workspace.openTextDocument(workspaceFile('alex-kim.assessment.yaml'));
    const alex = await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.Beside,
      preserveFocus: true,
    });
    await replaceText(alex.document, '  mentoring:\n    rating: 3\n', '  mentoring:\n    rating: 2\n');
    const after = await shown(
      "Alex Kim's edit",
      (snapshot) => snapshot.statuses['Alex Kim']?.['senior-engineer'] === 'not-yet',
    );
    // Once the webview is known to be drawn (it asked for the team when it loaded), an edit goes as changes.
    if (launcherBridge()) assert.equal(after.sent, 'changes', 'the edit went to the webview as changes');
    await rendered("Alex Kim's mentoring rated 2", (team) => team.cells['Alex Kim']?.mentoring === '2 gap');
    assert.equal(alex.document.isDirty, true, 'the view never saves');
  });

  test('opens from the Career Ladders view on a ladder, and refuses other files', async () => {
    const node = {
      kind: 'ladder',
      uri: ladder().toString(),
      id: 'customer-engineering',
      name: 'Customer Engineering Career Ladder',
    };
    await vscode.commands.executeCommand('ladder.showTeam', node);
    await shown('the team from the tree', (snapshot) => snapshot.people === 3);
    await waitFor('the team tab', () => teamTab());
    await vscode.commands.executeCommand('ladder.showTeam', workspaceFile('alex-kim.assessment.yaml'));
    const tabs = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('ladder.team'));
    assert.equal(tabs.length, 1, 'one team view');
    assert.equal(
      api.teamPanel.snapshot()?.ladderUri,
      ladder().toString(),
      'an assessment does not replace the ladder shown',
    );
  });
});
