import * as l10n from '@vscode/l10n';
import { decodeUtf8, isInside, maxFileBytes, tooLargeReason, type ReadResult } from '../core';
import type { HostOptions, WorkspaceHost } from '../lsp/platform';
import { ReadFileRequest, type ReadFileResult } from '../protocol';

/** How many files are asked for at once while indexing. */
const PARALLEL_READS = 16;

const notYetRead = (): ReadResult => ({ failure: 'unreadable', message: l10n.t('it is being read') });

/** The bytes of a base64 string. */
function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Reads files through the client (`workspace.fs`, so any file system provider: a web worker has no disk,
 * a virtual workspace has none either). The core reads synchronously, the client answers later: files
 * are read ahead (`prefetch`: every file a scan found, every file that changed) and kept. A file the core
 * asks for that was not read ahead (a reference to a file the scan did not find) is "being read" until
 * its answer comes, then the core is told to read it again (`readLate`).
 */
export class ClientFileHost implements WorkspaceHost {
  private readonly read_ = new Map<string, ReadResult>();
  private readonly reading = new Map<string, Promise<void>>();
  /** Files the core asked for before they were read, until they are and the core is told. */
  private readonly late = new Set<string>();
  private readonly maxBytes: number;
  private roots: readonly string[];

  constructor(private readonly options: HostOptions) {
    this.maxBytes = maxFileBytes(options.maxFileChars);
    this.roots = options.roots;
  }

  setRoots(roots: readonly string[]): void {
    this.roots = roots;
  }

  read(uri: string): ReadResult {
    if (this.roots.length > 0 && !this.roots.some((root) => isInside(uri, root)))
      return { failure: 'outside-workspace', message: l10n.t('it is outside the workspace folders') };
    const known = this.read_.get(uri);
    if (known) return known;
    if (!this.late.has(uri)) {
      this.late.add(uri);
      void this.load(uri).then(() => {
        this.late.delete(uri);
        this.options.readLate([uri]);
      });
    }
    return notYetRead();
  }

  readingLate(): boolean {
    return this.late.size > 0;
  }

  async prefetch(uris: readonly string[]): Promise<void> {
    for (const uri of uris) this.read_.delete(uri);
    for (let start = 0; start < uris.length; start += PARALLEL_READS)
      await Promise.all(uris.slice(start, start + PARALLEL_READS).map((uri) => this.load(uri)));
  }

  private load(uri: string): Promise<void> {
    let loading = this.reading.get(uri);
    if (!loading) {
      loading = this.ask(uri).then((result) => {
        this.read_.set(uri, result);
        this.reading.delete(uri);
      });
      this.reading.set(uri, loading);
    }
    return loading;
  }

  private async ask(uri: string): Promise<ReadResult> {
    let answer: ReadFileResult;
    try {
      answer = await this.options.connection.sendRequest(ReadFileRequest, {
        uri: this.options.uris.toClient(uri),
        maxBytes: this.maxBytes,
      });
    } catch (error) {
      return { failure: 'unreadable', message: l10n.t('it cannot be read ({0})', (error as Error).message) };
    }
    return this.toReadResult(answer);
  }

  private toReadResult(answer: ReadFileResult): ReadResult {
    switch (answer.kind) {
      case 'file': {
        const decoded = decodeUtf8(fromBase64(answer.base64));
        return decoded.invalidUtf8 ? { text: decoded.text, invalidUtf8: decoded.invalidUtf8 } : { text: decoded.text };
      }
      case 'missing':
        return { failure: 'not-found', message: l10n.t('no such file') };
      case 'directory':
        return { failure: 'directory', message: l10n.t('it is a directory') };
      case 'not-a-file':
        return { failure: 'not-a-file', message: l10n.t('it is not a file') };
      case 'too-large':
        return { failure: 'too-large', message: tooLargeReason(answer.size, this.options.maxFileChars) };
      case 'error':
        return { failure: 'unreadable', message: l10n.t('it cannot be read ({0})', answer.message) };
    }
  }
}
