// Reviews in the running editor: a review is diagnosed as it is edited, New Review scaffolds one next to
// the active assessment (in a normal editor, never over an existing file), the review's lens gives the
// consensus, and the eligibility panel shows the calibration against every review of the assessment.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';
import {
  closeAllEditors,
  deleteFiles,
  errorsOf,
  extensionApi,
  openFile,
  replaceText,
  waitFor,
  workspaceFile,
} from './extensionHelpers';

async function revertDirtyDocuments(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((doc) => doc.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

suite('reviews and calibration', () => {
  let api: CareerLadderApi;
  const created: vscode.Uri[] = [];

  suiteSetup(async () => {
    api = await extensionApi();
  });

  teardown(async () => {
    await revertDirtyDocuments();
    await closeAllEditors();
    if (created.length > 0) await deleteFiles(...created.splice(0));
  });

  test('diagnoses a review as it is edited', async () => {
    const review = await openFile('alex-kim.manager.review.yaml');
    const uri = review.document.uri;
    await waitFor('no errors in the sample review', () => errorsOf(uri).length === 0);
    await replaceText(review.document, '  networking:', '  netwrking:');
    const errors = await waitFor('the unknown competency', () => {
      const list = errorsOf(uri);
      return list.length > 0 ? list : undefined;
    });
    assert.match(errors[0]!.message, /Unknown competency 'netwrking'/);
  });

  test('shows the consensus in a lens on the review', async () => {
    const review = await openFile('alex-kim.peer.review.yaml');
    const lenses = await waitFor('the consensus lenses', async () => {
      const list = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        review.document.uri,
        10,
      );
      const titles = (list ?? [])
        .map((lens) => lens.command?.title ?? '')
        .filter((title) => title.startsWith('consensus:'));
      return titles.length >= 2 ? titles : undefined;
    });
    assert.deepEqual(lenses, [
      'consensus: Senior Engineer — not yet · 1 disagreement',
      'consensus: Team Lead — eligible · 1 disagreement',
    ]);
  });

  test('scaffolds a new review of the active assessment in a normal editor, and never over an existing file', async () => {
    await openFile('alex-kim.assessment.yaml');
    const uri = (await vscode.commands.executeCommand<vscode.Uri | undefined>('ladder.newReview', {
      fileName: 'alex-kim.e2e.review.yaml',
    }))!;
    assert.ok(uri, 'the command returns the new file');
    created.push(uri);
    assert.equal(uri.toString(), workspaceFile('alex-kim.e2e.review.yaml').toString());
    const editor = await waitFor('the new review in the active editor', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()
        ? vscode.window.activeTextEditor
        : undefined,
    );
    const text = editor.document.getText();
    assert.match(
      text,
      /^kind: Review\nassessment: alex-kim.assessment.yaml # the self-assessment of Alex Kim this review rates\nreviewer: # your name\nrole: # manager, peer, panel or other\n/,
    );
    assert.match(text, /\n {2}networking: # self-rated 4; expected/);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.equal(tab?.isPreview, false, 'not a preview editor');

    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('ladder.newReview', {
      assessmentUri: workspaceFile('alex-kim.assessment.yaml'),
      fileName: 'alex-kim.e2e.review.yaml',
    });
    assert.equal(again, undefined, 'an existing file is not overwritten');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), text);
  });

  test('shows the calibration of an assessment against its reviews in the eligibility panel', async () => {
    const alex = await openFile('alex-kim.assessment.yaml');
    await vscode.commands.executeCommand('ladder.showEligibility', alex.document.uri);
    const snapshot = await waitFor('the calibration in the panel', () => {
      const shown = api.eligibilityPanel.snapshot();
      return shown?.uri === alex.document.uri.toString() && shown.calibration ? shown : undefined;
    });
    assert.deepEqual(snapshot.calibration, {
      reviewers: ['Taylor Brooks', 'Riley Chen'],
      consensus: {
        'customer-engineer': 'eligible',
        'senior-engineer': 'not-yet',
        'staff-engineer': 'not-yet',
        'team-lead': 'eligible',
        manager: 'not-yet',
        'senior-manager': 'not-yet',
        'automation-engineer': 'not-yet',
      },
    });
  });
});
