import type { Connection, Diagnostic } from 'vscode-languageserver';
import type { FileHost, PacketSource, PacketStamp, Workspace } from '../core';
import type { AssessmentHistoryResult } from '../protocol';
import type { UriMap } from './uriMap';

/** The files the core reads, and the workspace folders it may read them from. */
export interface WorkspaceHost extends FileHost {
  setRoots(roots: readonly string[]): void;
  /**
   * Reads these files (again) before the core asks for them: a host that cannot read at once (through
   * the client) answers the core's `read` from what it read here. A disk host needs no such step.
   */
  prefetch?(uris: readonly string[]): Promise<void>;
  /**
   * Whether files the core asked for are still being read (the core was told "being read", and will be
   * told through `readLate` when each comes). A host that reads at once never is.
   */
  readingLate?(): boolean;
}

export interface HostOptions {
  connection: Connection;
  uris: UriMap;
  maxFileChars: number;
  roots: readonly string[];
  /** Files the host read after the core had asked for them: the core must read them again. */
  readLate(uris: readonly string[]): void;
}

export interface ScannedFolders {
  /** The ladder files found, sorted. */
  files: string[];
  /** Files named like ladder files that are not read (named pipes, dangling links), with the warning to show. */
  skipped: { uri: string; diagnostic: Diagnostic }[];
}

/** The committed version (HEAD) of the ladder files around a file, in a workspace of their own. */
export interface CommittedSnapshot {
  commit: string;
  workspace: Workspace;
}

/** Why there is no committed version; `key` is the same for the same cause (the log says it once). */
export interface NoSnapshot {
  reason: string;
  key: string;
}

/** Where the live impact lenses find the committed version of an edited file (git, where there is one). */
export interface CommittedVersions {
  forUri(uri: string): Promise<CommittedSnapshot | NoSnapshot>;
}

export function isNoSnapshot(value: CommittedSnapshot | NoSnapshot): value is NoSnapshot {
  return 'reason' in value;
}

/**
 * What the language server does differently where it runs: Node reads the disk and asks git, a browser
 * worker reads through the client and has no git (the features that need it say so). The rest of the server (startServer) is the same everywhere.
 */
export interface ServerEdge {
  host: WorkspaceHost;
  /** Finds the ladder files under these folders (core URIs). */
  scanFolders(folders: readonly string[]): Promise<ScannedFolders>;
  /** The reproducibility stamp of a promotion packet. */
  stampPacket(sources: readonly PacketSource[], version: string): Promise<PacketStamp>;
  /** The committed versions the live impact lenses compare with. */
  committed: CommittedVersions;
  /** The panel's timeline of an assessment (core URI), or why there is none. */
  history(uri: string): Promise<AssessmentHistoryResult>;
}

/** Makes the edge of one session (from `initialize` on). */
export type ServerPlatform = (options: HostOptions) => ServerEdge;
