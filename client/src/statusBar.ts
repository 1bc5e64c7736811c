import * as vscode from 'vscode';
import type { LadderClient } from './languageClientLoader';
import { ScoreRequest } from '../../server/src/protocol';
import { debounce } from './debounce';
import { isAssessmentUri, isLadderFileUri } from './ladderFiles';
import { bestFocusLevel, percent, statusCodicon, statusLabel } from './verdict';

/**
 * The status-bar verdict for the active assessment: its best focus level ("$(pass) Senior Engineer:
 * eligible"). Clicking it opens the eligibility panel; it is hidden for any other editor.
 */
export class EligibilityStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('ladder.eligibility', vscode.StatusBarAlignment.Left, 50);
  private readonly updateSoon = debounce(() => void this.update(), 250);
  private readonly disposables: vscode.Disposable[] = [this.item, this.updateSoon];
  private generation = 0;
  private visible = false;

  constructor(private readonly client: LadderClient) {
    this.item.name = vscode.l10n.t('Career Ladder Eligibility');
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some(isLadderFileUri)) this.updateSoon();
      }),
    );
    void this.update();
  }

  /** Recomputes the verdict (after a workspace change or a refresh). */
  refresh(): void {
    this.updateSoon();
  }

  /** What the item shows now, or undefined when hidden; for tests. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private hide(): void {
    this.visible = false;
    this.item.hide();
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isAssessmentUri(document.uri)) return this.hide();
    let result;
    try {
      result = await this.client.sendRequest(ScoreRequest, { uri: document.uri.toString() });
    } catch {
      if (generation === this.generation) this.hide();
      return;
    }
    if (generation !== this.generation) return;
    const best = bestFocusLevel(result);
    if (!best) {
      this.item.text = `$(circle-slash) ${vscode.l10n.t('No verdict')}`;
      this.item.tooltip = result.message ?? vscode.l10n.t('This assessment has no next or target level to score.');
    } else {
      const ready = percent(result.readinessPercent[best.id]);
      this.item.text = `$(${statusCodicon(best.status)}) ${best.name}: ${statusLabel(best.status)}`;
      this.item.tooltip =
        result.person !== undefined
          ? vscode.l10n.t(
              '{0} is {1} ready for {2}. Click to show the eligibility panel.',
              result.person,
              ready,
              best.name,
            )
          : vscode.l10n.t('This person is {0} ready for {1}. Click to show the eligibility panel.', ready, best.name);
    }
    this.item.command = {
      title: vscode.l10n.t('Show Eligibility'),
      command: 'ladder.showEligibility',
      arguments: [document.uri],
    };
    this.visible = true;
    this.item.show();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
