import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import type { EligibilityPanelManager } from '../panel/eligibilityPanel';
import { isAssessmentUri } from '../ladderFiles';
import { activeUri, uriFromArgument } from './arguments';
import { pickAssessment } from './pickers';

/**
 * Opens the eligibility panel for an assessment: the one the command was invoked on (code lens, status
 * bar, tree item, editor title), else the active editor's, else one the user picks.
 */
export async function showEligibility(
  client: LadderClient,
  panels: EligibilityPanelManager,
  argument?: unknown,
): Promise<void> {
  const uri =
    uriFromArgument(argument) ??
    activeUri(isAssessmentUri) ??
    (await pickAssessment(client, vscode.l10n.t('Show the eligibility of…')));
  if (!uri) return;
  if (!isAssessmentUri(uri)) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The eligibility panel shows self-assessments (*.assessment.yaml).'),
    );
    return;
  }
  await panels.show(uri);
}
