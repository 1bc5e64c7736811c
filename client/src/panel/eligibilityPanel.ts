/**
 * The eligibility panel's host: one webview beside the editor that follows the active assessment, asks the
 * language server for its verdict as the user types, previews what-if ratings and, on an explicit click,
 * writes them to the file as one undoable edit.
 */
import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import { isAssessmentUri, isLadderOrCatalogueUri, isReviewUri } from '../ladderFiles';
import {
  AssessmentHistoryRequest,
  CalibrationRequest,
  RatingEditsRequest,
  ScoreRequest,
  type CalibrationResult,
  type LevelStatus,
  type ScoreResult,
} from '../../../server/src/protocol';
import { createNonce, renderPanelHtml } from './html';
import type { HostToWebviewMessage, Range, WhatIf } from './messages';
import { revealTargets } from './revealTargets';
import { sameUri } from './sameUri';
import { validatePanelState, validateWebviewMessage } from './validateMessage';

export const ELIGIBILITY_VIEW_TYPE = 'ladder.eligibility';

const UPDATE_DELAY_MS = 250;

/** The verdict the panel shows: what it last sent to its webview. */
export interface EligibilityPanelSnapshot {
  /** The assessment shown. */
  uri: string;
  person?: string;
  /** Level id → its status, for every level scored (with the what-if ratings in place, if any). */
  statuses: Record<string, LevelStatus>;
  /** The calibration sent along, when the assessment has reviews: who reviewed it, and each level's consensus status. */
  calibration?: { reviewers: string[]; consensus: Record<string, LevelStatus> };
}

function activeAssessment(): vscode.Uri | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return uri && isAssessmentUri(uri) ? uri : undefined;
}

function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Owns the single eligibility panel: creates, revives, updates and disposes it. */
export class EligibilityPanelManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  /** The assessment shown, its what-if ratings and the latest verdict for both. */
  private uri: vscode.Uri | undefined;
  private whatIf: WhatIf = {};
  private latest: ScoreResult | undefined;
  /** The latest calibration of the shown assessment (the file's ratings against its reviews). */
  private calibration: CalibrationResult | undefined;
  private sequence = 0;
  private calibrationSequence = 0;
  /** The assessment whose timeline the webview has been sent (see sendHistory). */
  private historySentFor: string | undefined;
  private pending: vscode.CancellationTokenSource | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private editorColumn: vscode.ViewColumn | undefined;
  private disposed = false;
  private rendered: EligibilityPanelSnapshot | undefined;
  private readonly renderedEmitter = new vscode.EventEmitter<EligibilityPanelSnapshot>();

  /** Fires each time the panel sends a verdict to its webview, with what it sent. */
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LadderClient,
  ) {
    this.disposables.push(
      this.renderedEmitter,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.followEditor(editor)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.documentChanged(event.document.uri);
      }),
    );
  }

  /** Opens the panel beside the editor (or reveals it) on `uri` or the active assessment; the verdict follows. */
  async show(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? activeAssessment() ?? this.uri;
    if (vscode.window.activeTextEditor) this.editorColumn = vscode.window.activeTextEditor.viewColumn;
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(
        ELIGIBILITY_VIEW_TYPE,
        vscode.l10n.t('Eligibility'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        this.webviewOptions(),
      );
      this.attach(panel);
    } else {
      this.panel.reveal(undefined, true);
    }
    if (!target) {
      this.post({
        type: 'error',
        message: vscode.l10n.t('Open a self-assessment (*.assessment.yaml) to see its eligibility.'),
      });
      return;
    }
    this.setAssessment(target);
    void this.refreshNow();
  }

  /** The verdict the open panel shows (the last one sent to its webview); undefined when it is closed or has none yet. */
  snapshot(): EligibilityPanelSnapshot | undefined {
    return this.rendered;
  }

  /** Re-scores the panel's assessment, e.g. when the server reports that ladder files changed. */
  refresh(): void {
    this.historySentFor = undefined;
    if (this.panel && this.uri) this.scheduleRefresh();
  }

  /** Takes over a panel restored after a reload; `state` is whatever the webview last saved. */
  revive(panel: vscode.WebviewPanel, state: unknown): void {
    if (this.panel) this.panel.dispose();
    const saved = validatePanelState(state);
    if (saved) {
      try {
        this.uri = vscode.Uri.parse(saved.uri, true);
        this.whatIf = saved.whatIf;
      } catch {
        this.uri = undefined;
      }
    }
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.cancelPending();
    this.panel?.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    const root = this.context.extensionUri;
    return {
      enableScripts: true,
      enableCommandUris: false,
      retainContextWhenHidden: false,
      // The bundle and its stylesheet are all the webview loads (client/media/panel.css is bundled into dist/).
      localResourceRoots: [vscode.Uri.joinPath(root, 'dist')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    const webview = panel.webview;
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    webview.html = renderPanelHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
      title: vscode.l10n.t('Eligibility'),
      placeholder: vscode.l10n.t('Loading the eligibility verdict…'),
      language: vscode.env.language,
      ...(vscode.l10n.bundle ? { l10n: vscode.l10n.bundle } : {}),
      ...(this.uri ? { initialState: { uri: this.uri.toString(), whatIf: this.whatIf } } : {}),
    });
    this.panelDisposables.push(
      webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidDispose(() => this.panelClosed(panel)),
    );
  }

  private panelClosed(panel: vscode.WebviewPanel): void {
    if (this.panel !== panel) return;
    this.panel = undefined;
    this.rendered = undefined;
    // What-if ratings are a scratch pad: a panel opened again starts from the file.
    this.whatIf = {};
    this.latest = undefined;
    this.calibration = undefined;
    this.historySentFor = undefined;
    this.cancelPending();
    for (const disposable of this.panelDisposables.splice(0)) disposable.dispose();
  }

  private setAssessment(uri: vscode.Uri): void {
    if (this.uri?.toString() === uri.toString()) return;
    this.uri = uri;
    this.whatIf = {};
    this.latest = undefined;
    this.calibration = undefined;
  }

  private followEditor(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isAssessmentUri(editor.document.uri)) return;
    this.editorColumn = editor.viewColumn;
    if (!this.panel || this.uri?.toString() === editor.document.uri.toString()) return;
    this.setAssessment(editor.document.uri);
    void this.refreshNow();
  }

  private documentChanged(uri: vscode.Uri): void {
    if (!this.panel || !this.uri) return;
    const related =
      uri.toString() === this.uri.toString() ||
      sameUri(uri.toString(), this.latest?.ladderUri) ||
      isLadderOrCatalogueUri(uri) ||
      isReviewUri(uri);
    if (related) this.scheduleRefresh();
  }

  private scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refreshNow();
    }, UPDATE_DELAY_MS);
  }

  private cancelPending(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending?.cancel();
    this.pending?.dispose();
    this.pending = undefined;
  }

  /** Asks the server for the verdict (and the calibration); answers to older requests are dropped by sequence number. */
  private async refreshNow(options: { calibration: boolean } = { calibration: true }): Promise<void> {
    const uri = this.uri;
    if (!this.panel || !uri || !this.panel.visible) return;
    this.cancelPending();
    if (options.calibration) void this.refreshCalibration(uri);
    const source = new vscode.CancellationTokenSource();
    this.pending = source;
    const sequence = ++this.sequence;
    const whatIf = { ...this.whatIf };
    try {
      const params = { uri: uri.toString(), ...(Object.keys(whatIf).length > 0 ? { overrides: whatIf } : {}) };
      const result = await this.client.sendRequest(ScoreRequest, params, source.token);
      if (sequence !== this.sequence || !this.panel || !result) return;
      this.latest = result;
      this.panel.title = result.person
        ? vscode.l10n.t('Eligibility: {0}', result.person)
        : vscode.l10n.t('Eligibility');
      this.post({ type: 'score', result, whatIf });
      // The timeline changes with commits, not with keystrokes: once per assessment shown, and after files changed.
      if (this.historySentFor !== uri.toString()) void this.sendHistory(uri, sequence);
    } catch (error) {
      if (sequence !== this.sequence || source.token.isCancellationRequested) return;
      this.post({
        type: 'error',
        message: vscode.l10n.t(
          'Could not score {0}: {1}',
          vscode.workspace.asRelativePath(uri),
          error instanceof Error ? error.message : String(error),
        ),
      });
    } finally {
      if (this.pending === source) this.pending = undefined;
      source.dispose();
    }
  }

  /**
   * Asks for the calibration of the file's own ratings against its reviews (what-if ratings do not change it);
   * the webview shows it when there are reviews. A failure only leaves the calibration out.
   */
  private async refreshCalibration(uri: vscode.Uri): Promise<void> {
    const sequence = ++this.calibrationSequence;
    try {
      const result = await this.client.sendRequest(CalibrationRequest, { uri: uri.toString() });
      if (sequence !== this.calibrationSequence || !this.panel || !result || this.uri?.toString() !== uri.toString())
        return;
      this.calibration = result;
      this.post({ type: 'calibration', result });
    } catch {
      if (sequence === this.calibrationSequence) this.calibration = undefined;
    }
  }

  /** The timeline of the assessment's verdicts over its commits (nothing is shown when it has none). */
  private async sendHistory(uri: vscode.Uri, sequence: number): Promise<void> {
    this.historySentFor = uri.toString();
    try {
      const history = await this.client.sendRequest(AssessmentHistoryRequest, { uri: uri.toString() });
      if (sequence === this.sequence && this.panel)
        void this.panel.webview.postMessage({ type: 'history', uri: uri.toString(), points: history.points });
    } catch {
      // No timeline: the verdict is what matters.
    }
  }

  private post(message: HostToWebviewMessage): void {
    if (!this.panel) return;
    void this.panel.webview.postMessage(message);
    if (message.type === 'error') return;
    const result = message.type === 'score' ? message.result : this.latest;
    if (!result) return;
    const statuses = Object.fromEntries((result.report?.levels ?? []).map((level) => [level.id, level.status]));
    const calibration =
      this.calibration?.report &&
      this.calibration.reviews.length > 0 &&
      sameUri(this.calibration.assessmentUri, result.uri)
        ? this.calibration
        : undefined;
    this.rendered = {
      uri: result.uri,
      ...(result.person !== undefined ? { person: result.person } : {}),
      statuses,
      ...(calibration
        ? {
            calibration: {
              reviewers: calibration.reviews.map((review) => review.reviewer ?? ''),
              consensus: Object.fromEntries(calibration.report!.levels.map((level) => [level.id, level.consensus])),
            },
          }
        : {}),
    };
    this.renderedEmitter.fire(this.rendered);
  }

  private receive(raw: unknown): void {
    const message = validateWebviewMessage(raw);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        // A (re)loaded webview has no timeline yet.
        this.historySentFor = undefined;
        if (this.latest && this.uri) this.post({ type: 'score', result: this.latest, whatIf: this.whatIf });
        if (this.calibration && this.uri) this.post({ type: 'calibration', result: this.calibration });
        void this.refreshNow();
        return;
      case 'reveal':
        void this.reveal(message.uri, message.range);
        return;
      case 'whatIf':
        this.whatIf = this.knownRatings(message.overrides);
        void this.refreshNow({ calibration: false });
        return;
      case 'applyWhatIf':
        void this.applyWhatIf();
        return;
      case 'exportPacket':
        if (this.uri) void vscode.commands.executeCommand('ladder.exportPacket', this.uri);
        return;
    }
  }

  /** Keeps the what-if ratings whose value is on the ladder's scale (or null: unrated). */
  private knownRatings(overrides: WhatIf): WhatIf {
    const scale = this.latest?.scale;
    if (!scale) return overrides;
    const keys = new Set(scale.map((option) => String(option.id)));
    return Object.fromEntries(
      Object.entries(overrides).filter(([, value]) => value === null || keys.has(String(value))),
    );
  }

  /** Opens the panel's assessment, its ladder or one of its reviews at `range`; any other URI is refused. */
  private async reveal(target: string, range: Range): Promise<void> {
    const allowed = revealTargets(this.uri?.toString(), this.latest, this.calibration, sameUri);
    const match = allowed.find((uri) => sameUri(uri, target));
    if (!match) return;
    const uri = vscode.Uri.parse(match, true);
    const document = await vscode.workspace.openTextDocument(uri);
    const visible = vscode.window.visibleTextEditors.find(
      (editor) => editor.document.uri.toString() === uri.toString(),
    );
    const selection = document.validateRange(toRange(range));
    await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? this.editorColumn ?? vscode.ViewColumn.One,
      selection,
      preserveFocus: false,
    });
  }

  /**
   * Writes the what-if ratings into the assessment as one undoable edit, which the server computes from the
   * file as it is; then shows the verdict of the file (scored once, with no what-if ratings left).
   */
  private async applyWhatIf(): Promise<void> {
    const uri = this.uri;
    const whatIf = { ...this.whatIf };
    if (!uri || Object.keys(whatIf).length === 0) return;
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      const version = document.version;
      const result = await this.client.sendRequest(RatingEditsRequest, { uri: uri.toString(), ratings: whatIf });
      const stale = document.version !== version || (result.version !== null && result.version !== version);
      if (stale || this.uri?.toString() !== uri.toString()) {
        void vscode.window.showWarningMessage(
          vscode.l10n.t('The assessment changed while the what-if ratings were being applied. Try again.'),
        );
        return;
      }
      if (result.edits.length > 0) {
        const edit = new vscode.WorkspaceEdit();
        for (const planned of result.edits) edit.replace(uri, toRange(planned.range), planned.newText);
        if (!(await vscode.workspace.applyEdit(edit))) {
          void vscode.window.showErrorMessage(
            vscode.l10n.t('The what-if ratings could not be written to the assessment.'),
          );
          return;
        }
      }
      if (result.skipped.length > 0) {
        void vscode.window.showWarningMessage(
          vscode.l10n.t('Not written (edit these ratings by hand): {0}.', result.skipped.join(', ')),
        );
      }
      this.whatIf = Object.fromEntries(
        Object.entries(this.whatIf).filter(([competency]) => result.skipped.includes(competency)),
      );
      await this.refreshNow();
    } catch (error) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'Could not apply the what-if ratings: {0}',
          error instanceof Error ? error.message : String(error),
        ),
      );
    }
  }
}

/**
 * Restores the panel after VS Code reloads, from the state its webview saved. The returned disposable is
 * also added to `context.subscriptions`.
 */
export function registerEligibilitySerializer(
  context: vscode.ExtensionContext,
  manager: EligibilityPanelManager,
): vscode.Disposable {
  const registration = vscode.window.registerWebviewPanelSerializer(ELIGIBILITY_VIEW_TYPE, {
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
      manager.revive(panel, state);
    },
  });
  context.subscriptions.push(registration);
  return registration;
}
