// The extension in another display language: the workbench started in German (`--locale de`, with a stand-in
// language pack) shows the manifest's German (package.nls.de.json), the client's German (l10n/bundle.l10n.de.json)
// and the webviews' German. Runs only in that workbench, which the launcher starts on its own:
//
//   node --import tsx test/e2e/launch-code-server.ts --locale de
//
// (part of npm run test:e2e). In an English workbench the suite is skipped.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';
import {
  closeAllEditors,
  diagnosticsAfterOpening,
  EXTENSION_ID,
  extensionApi,
  openFile,
  waitFor,
  workspaceFile,
} from './extensionHelpers';
import { launcherBridge, LOCALE_SUITES } from './launcher';

/** Intl's German percentages: a no-break space before the sign. */
const percent = (value: number): string => `${value}\u00a0%`;

suite(LOCALE_SUITES.de!, () => {
  let api: CareerLadderApi;

  suiteSetup(async function () {
    if (vscode.env.language !== 'de') this.skip();
    api = await extensionApi();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    for (const document of vscode.workspace.textDocuments.filter((doc) => doc.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
  });

  test('the workbench runs in German', () => {
    assert.equal(vscode.env.language, 'de');
  });

  test('the command palette shows the commands with their German titles', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes: { commands: { command: string; title: unknown; category: unknown }[] };
    };
    const showEligibility = manifest.contributes.commands.find(
      (command) => command.command === 'ladder.showEligibility',
    );
    assert.deepEqual(
      { title: showEligibility?.title, category: showEligibility?.category },
      // The editor keeps the English title beside the German one (the command palette finds either).
      { title: { value: 'Eignung anzeigen', original: 'Show Eligibility' }, category: 'Career Ladder' },
    );
    const bridge = launcherBridge();
    if (!bridge) return;
    // On an assessment, where the command is offered.
    await openFile('alex-kim.assessment.yaml');
    await vscode.commands.executeCommand('workbench.action.quickOpen', '>Career Ladder: Eignung');
    await waitFor('the German title in the command palette', async () => {
      const labels = await bridge.ask({ type: 'quickInput' });
      if (labels.includes('Career Ladder: Eignung anzeigen')) return labels;
      throw new Error(JSON.stringify(labels));
    });
  });

  test('the status bar and the Career Ladders view speak German', async () => {
    await openFile('alex-kim.assessment.yaml');
    await waitFor(
      'the German status bar verdict',
      () => api.statusBar.text === '$(pass) Senior Engineer: erfüllt' || undefined,
    );
    const ladder = (await api.treeProvider.getChildren()).find(
      (node) => node.kind === 'ladder' && node.id === 'customer-engineering',
    );
    assert.ok(ladder, 'the customer-engineering ladder is in the view');
    const folder = (await api.treeProvider.getChildren(ladder)).find((node) => node.kind === 'assessments');
    assert.ok(folder, 'the ladder has assessments');
    assert.equal(api.treeProvider.getTreeItem(folder).label, 'Selbsteinschätzungen');
    const alex = (await api.treeProvider.getChildren(folder)).find(
      (node) => node.kind === 'assessment' && node.assessment.person === 'Alex Kim',
    );
    assert.ok(alex, 'Alex Kim is under the ladder');
    assert.equal(api.treeProvider.getTreeItem(alex).description, `Senior Engineer: erfüllt · ${percent(100)}`);
  });

  test('the eligibility panel draws its webview in German', async () => {
    await vscode.commands.executeCommand('ladder.showEligibility', workspaceFile('alex-kim.assessment.yaml'));
    await waitFor('the verdict', () => api.eligibilityPanel.snapshot()?.person === 'Alex Kim');
    const bridge = launcherBridge();
    if (!bridge) return;
    const panel = await waitFor(
      'the webview to draw the verdict',
      async () => {
        const rendered = await bridge.ask({ type: 'renderedPanel' }, 10_000);
        if (rendered?.heading === 'Alex Kim' && rendered.badges['senior-engineer']) return rendered;
        throw new Error(JSON.stringify(rendered));
      },
      45_000,
    );
    assert.deepEqual(
      { lang: panel.lang, eyebrow: panel.eyebrow, seniorEngineer: panel.badges['senior-engineer'] },
      { lang: 'de', eyebrow: 'Eignung', seniorEngineer: 'Erfüllt' },
    );
  });

  test('the language server checks a file in the German workbench, in German', async () => {
    // The extension hands the server the German bundle at start-up: the server's own messages are German too.
    const diagnostics = await diagnosticsAfterOpening(
      'dani-okafor.assessment.yaml',
      { search: 'kind: SelfAssessment', replacement: 'kind: SelfAssesment' },
      (found) => found.some((diagnostic) => diagnostic.code === 'unknown-kind'),
    );
    assert.equal(diagnostics[0]?.source, 'ladder');
    assert.equal(diagnostics[0]?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(
      diagnostics[0]?.message,
      "Unbekannte Art (kind) 'SelfAssesment'; verwenden Sie Ladder, Competencies, SelfAssessment oder Review.",
    );
  });
});
