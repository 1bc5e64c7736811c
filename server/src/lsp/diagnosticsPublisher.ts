import type { Connection } from 'vscode-languageserver/node';
import type { Workspace } from '../core/workspace/workspace';
import { lineMapOf, toLspDiagnostic } from './positions';
import { Debouncer, yieldToEventLoop } from './scheduler';
import type { UriMap } from './uriMap';

const BATCH = 25;

/**
 * Publishes diagnostics: per document after a short debounce, then for every file that depends on it
 * in batches that yield to the event loop; a newer change abandons an older re-diagnosis.
 */
export class DiagnosticsPublisher {
  private readonly debouncer: Debouncer;
  private dependentsRun = 0;

  constructor(private readonly connection: Connection, private readonly workspace: Workspace, private readonly uris: UriMap, debounceMs: number) {
    this.debouncer = new Debouncer(debounceMs);
  }

  /** A document changed in the editor or on disk. */
  changed(uri: string): void {
    this.debouncer.schedule(uri, () => {
      this.publish(uri);
      void this.publishAll(this.workspace.dependents(uri));
    });
  }

  publish(uri: string): void {
    const file = this.workspace.file(uri);
    const analyzed = file.analyzed;
    const diagnostics = analyzed ? this.workspace.diagnostics(uri).map((d) => toLspDiagnostic(lineMapOf(analyzed), d)) : [];
    void this.connection.sendDiagnostics({ uri: this.uris.toClient(uri), diagnostics });
  }

  clear(uri: string): void {
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
    this.debouncer.dispose();
  }
}
