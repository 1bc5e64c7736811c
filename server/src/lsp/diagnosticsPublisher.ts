import type { Connection } from 'vscode-languageserver';
import type { Workspace } from '../core';
import { inThreadRunner, type AnalysisRunner, type Diagnosis } from './analysisRunner';
import { lspDiagnostics } from './diagnosis';
import { Debouncer, yieldToEventLoop } from './scheduler';
import type { UriMap } from './uriMap';

const BATCH = 25;
/** Open documents up to this size (about 3,300 lines) are re-diagnosed after a shorter quiet period. */
export const SMALL_DOCUMENT_CHARS = 120_000;
const SMALL_DOCUMENT_DEBOUNCE_MS = 20;
/** The longest diagnostics are held back while files are being read (a client that never answers). */
const HOLD_LIMIT_MS = 5_000;

/**
 * Publishes diagnostics: per document after a short debounce, then for every file that depends on it
 * in batches that yield to the event loop; a newer change abandons an older re-diagnosis.
 */
export class DiagnosticsPublisher {
  private readonly debouncer: Debouncer;
  private dependentsRun = 0;
  /** Told when a changed document's debounced analysis has been published (before its dependents). */
  onAnalysed: ((uri: string) => void) | undefined;
  /**
   * While this says so, files the analyses need are still being read (through the client): what they
   * would publish tells of those files as unreadable ("being read") or of a ladder without its catalogue,
   * so it is held back until `releaseHeld` (when the files came), or HOLD_LIMIT_MS at most.
   */
  holdWhile: (() => boolean) | undefined;
  private readonly held = new Set<string>();
  private holdTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * `debounceMs` is the quiet period after a change of a big document or of a file on disk;
   * `smallDebounceMs` the one after a change of an open document of at most `SMALL_DOCUMENT_CHARS`.
   */
  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly uris: UriMap,
    debounceMs: number,
    private readonly smallDebounceMs = Math.min(debounceMs, SMALL_DOCUMENT_DEBOUNCE_MS),
    private readonly runner: AnalysisRunner = inThreadRunner,
  ) {
    this.debouncer = new Debouncer(debounceMs);
  }

  /**
   * A document changed in the editor or on disk. After the quiet period, and once the messages that
   * arrived meanwhile have been read, the document is analysed and published, then its dependents;
   * when it changed again meanwhile, the newer change's job does that instead, so a burst of keystrokes
   * costs one analysis and one publication.
   */
  changed(uri: string): void {
    const pending = this.workspace.latestAnalysis(uri).pendingText;
    const delay = pending !== undefined && pending.length <= SMALL_DOCUMENT_CHARS ? this.smallDebounceMs : undefined;
    this.debouncer.schedule(uri, () => void this.publishChanged(uri), delay);
  }

  private async publishChanged(uri: string): Promise<void> {
    const stamp = this.workspace.stampOf(uri);
    // Twice: the message reader queues what it reads with setImmediate, one message per turn.
    await yieldToEventLoop();
    await yieldToEventLoop();
    if (this.workspace.stampOf(uri) !== stamp || this.debouncer.isScheduled(uri)) return;
    const pending = this.workspace.latestAnalysis(uri).pendingText;
    if (pending !== undefined && this.runner.handles(pending.length)) return this.publishFromRunner(uri, stamp);
    this.publish(uri);
    this.onAnalysed?.(uri);
    void this.publishAll(this.workspace.dependents(uri));
  }

  /**
   * A big document's diagnostics and its dependents', analysed by the runner while this thread answers
   * requests (the document's pending text stays unanalysed here: requests read its last analysis). An
   * answer for a text that has changed since is dropped; when the runner fails, this thread analyses.
   */
  private async publishFromRunner(uri: string, stamp: number | undefined): Promise<void> {
    let diagnosis: Diagnosis | undefined;
    try {
      diagnosis = await this.runner.diagnose(uri);
    } catch {
      if (this.workspace.stampOf(uri) !== stamp || this.debouncer.isScheduled(uri)) return;
      this.publish(uri);
      return void this.publishAll(this.workspace.dependents(uri));
    }
    if (!diagnosis || this.workspace.stampOf(uri) !== stamp || this.debouncer.isScheduled(uri)) return;
    const run = ++this.dependentsRun;
    for (let index = 0; index < diagnosis.length; index++) {
      if (index > 0 && run !== this.dependentsRun) return;
      const [fileUri, diagnostics] = diagnosis[index]!;
      void this.connection.sendDiagnostics({ uri: this.uris.toClient(fileUri), diagnostics });
      if ((index + 1) % BATCH === 0) await yieldToEventLoop();
    }
  }

  publish(uri: string): void {
    // Analysed first: the analysis itself may ask for files that are not read yet.
    const diagnostics = lspDiagnostics(this.workspace, uri);
    if (this.holdWhile?.()) return this.hold(uri);
    this.held.delete(uri);
    void this.connection.sendDiagnostics({ uri: this.uris.toClient(uri), diagnostics });
  }

  private hold(uri: string): void {
    this.held.add(uri);
    this.holdTimer ??= setTimeout(() => this.releaseHeld(true), HOLD_LIMIT_MS);
  }

  /** Publishes what was held back, once no file is being read any more (or when `force`d: too long). */
  releaseHeld(force = false): void {
    if (!force && this.holdWhile?.()) return;
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
    const uris = [...this.held];
    this.held.clear();
    for (const uri of uris)
      void this.connection.sendDiagnostics({
        uri: this.uris.toClient(uri),
        diagnostics: lspDiagnostics(this.workspace, uri),
      });
  }

  clear(uri: string): void {
    this.held.delete(uri);
    this.debouncer.cancel(uri);
    void this.connection.sendDiagnostics({ uri: this.uris.toClient(uri), diagnostics: [] });
  }

  /**
   * Re-diagnoses many files without blocking requests. A batch of dependents is abandoned when a newer
   * one starts (it will cover the same files); the initial batch always finishes.
   */
  async publishAll(uris: readonly string[], abandonable = true): Promise<void> {
    const run = abandonable ? ++this.dependentsRun : undefined;
    for (let index = 0; index < uris.length; index++) {
      if (run !== undefined && run !== this.dependentsRun) return;
      this.publish(uris[index]!);
      if ((index + 1) % BATCH === 0) await yieldToEventLoop();
    }
  }

  dispose(): void {
    if (this.holdTimer) clearTimeout(this.holdTimer);
    this.debouncer.dispose();
  }
}
