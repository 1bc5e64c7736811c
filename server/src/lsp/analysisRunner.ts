import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { UserLanguage } from './userLanguage';

/** A change of the workspace as the server's own workspace saw it; a runner replays them in order. */
export type WorkspaceEvent =
  | { type: 'open'; uri: string; text: string }
  | { type: 'close'; uri: string }
  | { type: 'known'; uri: string }
  | { type: 'changedOnDisk'; uri: string }
  | { type: 'deleted'; uri: string }
  | { type: 'roots'; roots: string[] };

/** Diagnostics in LSP ranges, by (normalized) URI: the diagnosed document first, then its dependents. */
export type Diagnosis = [uri: string, diagnostics: Diagnostic[]][];

/**
 * Runs the diagnostics of big documents somewhere other than the thread that answers requests (a worker
 * thread in Node). The server keeps analysing small documents itself; a runner that handles nothing
 * (`inThreadAnalyses`, the default, and what a browser build without workers uses) leaves every analysis
 * on the server's thread.
 */
export interface AnalysisRunner {
  /** Whether an open document of this many characters is diagnosed by `diagnose`. */
  handles(chars: number): boolean;
  /** Keeps the runner's copy of the workspace in step; called after each change of the server's workspace. */
  mirror(event: WorkspaceEvent): void;
  /**
   * The diagnostics of an open document's latest text and of the files that depend on it, as the server's
   * workspace would compute them; undefined when a newer `diagnose` of the same document superseded this
   * one. Dependents that changed since the request are left out (their own jobs publish them).
   */
  diagnose(uri: string): Promise<Diagnosis | undefined>;
  dispose(): void;
}

/** What a runner's copy of the workspace is made with: the same limits, folders and language as the server's. */
export interface AnalysisSettings {
  maxFileChars: number;
  roots: readonly string[];
  /** The user's language (its strings and its locale for numbers), as the client sent it (none: English). */
  language?: UserLanguage;
}

export type AnalysisRunnerFactory = (settings: AnalysisSettings) => AnalysisRunner;

/** Every analysis on the server's thread. */
export const inThreadRunner: AnalysisRunner = {
  handles: () => false,
  mirror: () => undefined,
  diagnose: () => Promise.resolve(undefined),
  dispose: () => undefined,
};

export const inThreadAnalyses: AnalysisRunnerFactory = () => inThreadRunner;
