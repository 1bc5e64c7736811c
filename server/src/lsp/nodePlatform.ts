import { ClientFileHost } from '../browser/clientFileHost';
import { scanThroughClient } from '../browser/clientScanner';
import { webPacketStamp } from '../browser/webPacketStamp';
import { maxFileBytes, type ReadResult } from '../core';
import { DiskHost } from '../node/diskHost';
import { HeadSnapshots } from '../node/headSnapshots';
import { assessmentFolder, buildStamp, gitState } from '../packetStamp';
import { ReadDirectoryRequest } from '../protocol';
import { HistoryHandler } from './historyHandler';
import { inThreadRunner, type AnalysisRunnerFactory } from './analysisRunner';
import type { ServerPlatform, WorkspaceHost } from './platform';
import { scanFolders, skippedFileDiagnostic } from './scanner';
import { VIRTUAL_HOST } from './virtualUris';

const isVirtual = (uri: string): boolean => uri.startsWith(`file://${VIRTUAL_HOST}/`);

/** The disk for files on this machine, the client for the files of a virtual workspace (no disk behind them). */
class DiskOrClientHost implements WorkspaceHost {
  constructor(
    private readonly disk: DiskHost,
    private readonly client: ClientFileHost,
  ) {}

  read(uri: string): ReadResult {
    return isVirtual(uri) ? this.client.read(uri) : this.disk.read(uri);
  }

  setRoots(roots: readonly string[]): void {
    this.disk.setRoots(roots.filter((root) => !isVirtual(root)));
    this.client.setRoots(roots);
  }

  prefetch(uris: readonly string[]): Promise<void> {
    return this.client.prefetch(uris.filter(isVirtual));
  }

  readingLate(): boolean {
    return this.client.readingLate();
  }
}

/**
 * The language server in Node: files from disk (a virtual workspace's through the client); the packet's
 * commit, the live impact lenses' committed versions and the panel's timeline from git.
 */
export const nodePlatform: ServerPlatform = (options) => {
  const host = new DiskOrClientHost(
    new DiskHost({ maxFileChars: options.maxFileChars, roots: options.roots.filter((root) => !isVirtual(root)) }),
    new ClientFileHost(options),
  );
  const snapshots = new HeadSnapshots({ disk: host, maxBytes: maxFileBytes(options.maxFileChars) });
  const history = new HistoryHandler(snapshots, host, options.uris);
  return {
    host,
    committed: snapshots,
    history: (uri) => history.history(uri),
    async scanFolders(folders) {
      const { files, skipped } = await scanFolders(folders.filter((folder) => !isVirtual(folder)));
      const virtual = await scanThroughClient(folders.filter(isVirtual), options.uris, (uri) =>
        options.connection.sendRequest(ReadDirectoryRequest, { uri }),
      );
      return {
        files: [...files, ...virtual.files],
        skipped: skipped.map(({ uri, reason }) => ({ uri, diagnostic: skippedFileDiagnostic(reason) })),
      };
    },
    async stampPacket(sources, version) {
      if (sources.some((source) => isVirtual(source.uri))) return webPacketStamp(sources, version);
      const folder = assessmentFolder(sources);
      return buildStamp(sources, folder === undefined ? undefined : await gitState(folder), version);
    },
  };
};

/**
 * Big documents analysed elsewhere (a worker thread that reads the disk itself) only in a workspace on
 * disk: the files of a virtual workspace come through the client, which only the server's thread asks.
 */
export const diskOnlyAnalyses =
  (elsewhere: AnalysisRunnerFactory): AnalysisRunnerFactory =>
  (settings) =>
    settings.roots.some(isVirtual) ? inThreadRunner : elsewhere(settings);
