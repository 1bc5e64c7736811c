import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import { CalibrationRequest, LadderStructureRequest, ScoreRequest } from '../../../server/src/protocol';
import { debounce } from '../debounce';
import { isAssessmentUri, isLadderFileUri, isLadderUri, isReviewUri } from '../ladderFiles';
import { codeLensEnabled } from '../settings';
import { assessmentLenses, ladderLenses, reviewLenses, type LensSpec } from './lensTitles';

export const SHOW_ELIGIBILITY_COMMAND = 'ladder.showEligibility';

/**
 * Verdict lenses on assessments (one per focus level), consensus lenses on reviews and size lenses on ladder levels. They are
 * recomputed when the server publishes new diagnostics for a ladder file, which it does after every
 * analysis, so the lenses follow edits to the assessment and to the ladder behind it.
 */
export class LadderCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly refreshSoon = debounce(() => this.changed.fire(), 250);
  private readonly disposables: vscode.Disposable[] = [this.changed, this.refreshSoon];

  constructor(private readonly client: LadderClient) {
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some(isLadderFileUri)) this.refreshSoon();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('ladder.codeLens.enabled')) this.refresh();
      }),
    );
  }

  /** Recomputes every lens (after a refresh command or a workspace change). */
  refresh(): void {
    this.refreshSoon();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!codeLensEnabled()) return [];
    const specs = await this.specs(document, token).catch(() => []);
    if (token.isCancellationRequested) return [];
    return specs.map((spec) => {
      const line = Math.min(spec.line, Math.max(0, document.lineCount - 1));
      const command: vscode.Command = spec.opensPanel
        ? {
            title: spec.title,
            command: SHOW_ELIGIBILITY_COMMAND,
            arguments: [spec.panelUri ? vscode.Uri.parse(spec.panelUri) : document.uri],
            tooltip: vscode.l10n.t('Show the eligibility panel'),
          }
        : { title: spec.title, command: '' };
      return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), command);
    });
  }

  private async specs(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<LensSpec[]> {
    const uri = document.uri.toString();
    if (isAssessmentUri(document.uri)) {
      const result = await this.client.sendRequest(ScoreRequest, { uri }, token);
      return assessmentLenses(result);
    }
    if (isReviewUri(document.uri)) {
      const result = await this.client.sendRequest(CalibrationRequest, { uri }, token);
      return reviewLenses(result);
    }
    if (isLadderUri(document.uri)) {
      const structure = await this.client.sendRequest(LadderStructureRequest, { uri }, token);
      return structure ? ladderLenses(structure) : [];
    }
    return [];
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
