/**
 * The team view's host: one webview that shows a ladder's team (the people and their next levels as a heat
 * map, the pipeline, the single points of failure), asks the language server again whenever ladder files
 * change, and opens the line of a rating the user picks.
 */
import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import { TeamRequest, type TeamChanges, type TeamResult } from '../../../server/src/protocol';
import { applyTeamChanges } from './applyTeamChanges';
import { createNonce, renderPanelHtml } from './html';
import { sameUri } from './sameUri';
import type { HostToTeamMessage, Range } from './teamMessages';
import { validateTeamViewState, validateTeamWebviewMessage } from './validateTeamMessage';

export const TEAM_VIEW_TYPE = 'ladder.team';

/** What the team view last sent to its webview. */
export interface TeamPanelSnapshot {
  ladderUri: string;
  people: number;
  /** Person → level id → status, as sent. */
  statuses: Record<string, Record<string, string>>;
  /** How it went: the whole team, or the changes since the team sent before. */
  sent: 'team' | 'changes';
  /** How the first of them went since the webview (re)loaded: the whole team, for a webview that had none. */
  firstSent: 'team' | 'changes';
}

/** Owns the single team view: creates, revives, refreshes and disposes it. */
export class TeamPanelManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private ladderUri: vscode.Uri | undefined;
  private latest: TeamResult | undefined;
  /** The version of the team the webview was last sent, whole or as changes. */
  private postedVersion: string | undefined;
  private sequence = 0;
  private pending: vscode.CancellationTokenSource | undefined;
  private rendered: TeamPanelSnapshot | undefined;
  /** How the first team went to the webview since it (re)loaded. */
  private firstSent: TeamPanelSnapshot['firstSent'] | undefined;
  private readonly renderedEmitter = new vscode.EventEmitter<TeamPanelSnapshot>();

  /** Fires each time the view sends a team to its webview. */
  readonly onDidRender = this.renderedEmitter.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LadderClient,
  ) {}

  /** Opens the view (or reveals it) on a ladder's team. */
  async show(ladderUri: vscode.Uri): Promise<void> {
    if (!this.panel) {
      this.attach(
        vscode.window.createWebviewPanel(
          TEAM_VIEW_TYPE,
          vscode.l10n.t('Team'),
          { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
          this.webviewOptions(),
        ),
        ladderUri,
      );
    } else {
      this.panel.reveal(undefined, false);
    }
    if (this.ladderUri?.toString() !== ladderUri.toString()) {
      this.ladderUri = ladderUri;
      this.latest = undefined;
    }
    await this.refreshNow();
  }

  /** Asks the server again (ladder files changed); nothing when the view is closed. */
  refresh(): void {
    if (this.panel && this.ladderUri) void this.refreshNow();
  }

  snapshot(): TeamPanelSnapshot | undefined {
    return this.rendered;
  }

  /** Takes over a view restored after a reload, from the state its webview saved. */
  revive(panel: vscode.WebviewPanel, state: unknown): void {
    this.panel?.dispose();
    const saved = validateTeamViewState(state);
    try {
      this.ladderUri = saved ? vscode.Uri.parse(saved.ladderUri, true) : undefined;
    } catch {
      this.ladderUri = undefined;
    }
    panel.webview.options = this.webviewOptions();
    this.attach(panel, this.ladderUri);
    void this.refreshNow();
  }

  dispose(): void {
    this.pending?.cancel();
    this.panel?.dispose();
    this.renderedEmitter.dispose();
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist')],
    };
  }

  private attach(panel: vscode.WebviewPanel, ladderUri: vscode.Uri | undefined): void {
    this.panel = panel;
    const webview = panel.webview;
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    webview.html = renderPanelHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'team.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'team.css')).toString(),
      title: vscode.l10n.t('Team'),
      placeholder: vscode.l10n.t('Loading the team…'),
      language: vscode.env.language,
      ...(vscode.l10n.bundle ? { l10n: vscode.l10n.bundle } : {}),
      ...(ladderUri ? { initialState: { ladderUri: ladderUri.toString() } } : {}),
    });
    this.panelDisposables.push(
      webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible) this.refresh();
      }),
      panel.onDidDispose(() => this.closed(panel)),
    );
  }

  private closed(panel: vscode.WebviewPanel): void {
    if (this.panel !== panel) return;
    this.panel = undefined;
    this.rendered = undefined;
    this.firstSent = undefined;
    this.latest = undefined;
    this.postedVersion = undefined;
    this.pending?.cancel();
    for (const disposable of this.panelDisposables.splice(0)) disposable.dispose();
  }

  /**
   * Asks the server for the team, or for what changed in it since the team held (then sends the webview
   * only that); answers to older requests are dropped.
   */
  private async refreshNow(): Promise<void> {
    const ladderUri = this.ladderUri;
    if (!this.panel || !ladderUri || !this.panel.visible) return;
    this.pending?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.pending = source;
    const sequence = ++this.sequence;
    try {
      const ask = (since: string | undefined) =>
        this.client.sendRequest(
          TeamRequest,
          { ladderUri: ladderUri.toString(), ...(since !== undefined ? { since } : {}) },
          source.token,
        );
      const base = this.latest;
      let answer: TeamResult | TeamChanges = await ask(base?.version);
      if (sequence !== this.sequence || !this.panel) return;
      let result = isChanges(answer) ? base && applyTeamChanges(base, answer) : answer;
      if (!result) {
        // Not changes to the team held (the server restarted, say): ask for the whole team.
        answer = await ask(undefined);
        if (sequence !== this.sequence || !this.panel) return;
        result = isChanges(answer) ? undefined : answer;
        if (!result) throw new Error(vscode.l10n.t('the server answered changes to a team it was not asked about'));
      }
      this.latest = result;
      this.panel.title = result.ladder
        ? vscode.l10n.t('Team: {0}', result.ladder.name || result.ladder.id)
        : vscode.l10n.t('Team');
      if (!isChanges(answer) || this.postedVersion !== answer.since) this.post({ type: 'team', result });
      else if (answer.version !== answer.since) this.post({ type: 'changes', changes: answer });
    } catch (error) {
      if (sequence !== this.sequence || source.token.isCancellationRequested) return;
      this.post({
        type: 'error',
        message: vscode.l10n.t(
          'Could not read the team of {0}: {1}',
          vscode.workspace.asRelativePath(ladderUri),
          error instanceof Error ? error.message : String(error),
        ),
      });
    } finally {
      if (this.pending === source) this.pending = undefined;
      source.dispose();
    }
  }

  private post(message: HostToTeamMessage): void {
    if (!this.panel) return;
    void this.panel.webview.postMessage(message);
    if (message.type === 'error') {
      // The next team goes whole.
      this.postedVersion = undefined;
      return;
    }
    const result = message.type === 'team' ? message.result : this.latest!;
    this.postedVersion = result.version;
    const statuses: TeamPanelSnapshot['statuses'] = {};
    for (const person of result.people)
      statuses[person.person] = Object.fromEntries(person.focus.map((focus) => [focus.level, focus.status]));
    this.firstSent ??= message.type;
    this.rendered = {
      ladderUri: result.ladderUri,
      people: result.people.length,
      statuses,
      sent: message.type,
      firstSent: this.firstSent,
    };
    this.renderedEmitter.fire(this.rendered);
  }

  private receive(raw: unknown): void {
    const message = validateTeamWebviewMessage(raw);
    if (!message) return;
    if (message.type === 'ready') {
      this.postedVersion = undefined;
      this.firstSent = undefined;
      if (this.latest) this.post({ type: 'team', result: this.latest });
      void this.refreshNow();
      return;
    }
    void this.reveal(message.uri, message.range);
  }

  /** Opens one of the team's assessments (or its ladder, or a file with errors) at `range`; any other URI is refused. */
  private async reveal(target: string, range: Range): Promise<void> {
    const latest = this.latest;
    if (!latest) return;
    const allowed = [
      latest.ladderUri,
      ...latest.people.map((person) => person.uri),
      ...latest.problems.map((problem) => problem.uri),
    ];
    const match = allowed.find((uri) => sameUri(uri, target));
    if (!match) return;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(match, true));
    const selection = document.validateRange(
      new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
    );
    await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.Beside,
      selection,
      preserveFocus: false,
    });
  }
}

/** Restores the team view after VS Code reloads. */
export function registerTeamSerializer(context: vscode.ExtensionContext, manager: TeamPanelManager): vscode.Disposable {
  const registration = vscode.window.registerWebviewPanelSerializer(TEAM_VIEW_TYPE, {
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
      manager.revive(panel, state);
    },
  });
  context.subscriptions.push(registration);
  return registration;
}

function isChanges(answer: TeamResult | TeamChanges): answer is TeamChanges {
  return 'kind' in answer && answer.kind === 'changes';
}
