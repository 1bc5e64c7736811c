import * as l10n from '@vscode/l10n';
import * as fs from 'node:fs';
import {
  decodeUtf8,
  DEFAULT_MAX_FILE_CHARS,
  tooLargeReason,
  maxFileBytes,
  type FileHost,
  type ReadResult,
} from '../core';
import { brokenLinkReason, isDanglingLink, notAFileReason } from './fileTypes';
import { uriToPath } from './fileUris';
import { RealRoots } from './realRoots';

/** The calls the host makes, in the order it makes them; a test can change the disk between two of them. */
export interface HostFileSystem {
  realpath(path: string): string;
  lstat(path: string): fs.Stats;
  open(path: string, flags: number): number;
  fstat(fd: number): fs.Stats;
  read(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  close(fd: number): void;
}

export const nodeFileSystem: HostFileSystem = {
  realpath: (path) => fs.realpathSync.native(path),
  lstat: (path) => fs.lstatSync(path),
  open: (path, flags) => fs.openSync(path, flags),
  fstat: (fd) => fs.fstatSync(fd),
  read: (fd, buffer, offset, length, position) => fs.readSync(fd, buffer, offset, length, position),
  close: (fd) => fs.closeSync(fd),
};

const { O_RDONLY, O_NONBLOCK = 0, O_NOFOLLOW = 0 } = fs.constants;
/**
 * Opening a FIFO without a writer waits for one, forever; with O_NONBLOCK it returns at once (and reading
 * a regular file is the same either way). O_NOFOLLOW: the real path's last part is no link, unless one was
 * swapped in since, which is refused.
 */
export const READ_FLAGS = O_RDONLY | O_NONBLOCK | O_NOFOLLOW;

export interface DiskHostOptions {
  /** The size limit in characters (see sizeLimit.ts); larger files are refused unread. */
  maxFileChars?: number;
  /** Folder or file URIs: when given (and not empty), only files whose real path is inside one of them are read. */
  roots?: readonly string[];
  /** How messages name the roots (by default "the workspace folders", in the user's language). */
  rootsName?: string;
  fileSystem?: HostFileSystem;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Reads files from disk. Every read resolves the real path, checks it against the roots, opens it
 * without blocking, and only then looks at what it opened (fstat): a regular file within the size limit
 * is read, anything else (a directory, a FIFO, a device, a file too large) is refused before a byte is
 * read. Nothing is checked before the open that the open could change: a file swapped for a FIFO after
 * a listing is refused, not waited on.
 */
export class DiskHost implements FileHost {
  private readonly maxChars: number;
  private readonly maxBytes: number;
  private roots: RealRoots | undefined;
  private readonly rootsName: string | undefined;
  private readonly fs: HostFileSystem;

  constructor(options: DiskHostOptions = {}) {
    this.fs = options.fileSystem ?? nodeFileSystem;
    this.maxChars = options.maxFileChars ?? DEFAULT_MAX_FILE_CHARS;
    this.maxBytes = maxFileBytes(this.maxChars);
    this.setRoots(options.roots ?? []);
    this.rootsName = options.rootsName;
  }

  /** Replaces the roots (the workspace folders changed); none: every file may be read. */
  setRoots(roots: readonly string[]): void {
    const rootPaths = roots.map((uri) => uriToPath(uri) ?? uri);
    this.roots = rootPaths.length > 0 ? new RealRoots(rootPaths, (path) => this.fs.realpath(path)) : undefined;
  }

  read(uri: string): ReadResult {
    const path = uriToPath(uri);
    if (!path) return { failure: 'unreadable', message: l10n.t('only local files can be read ({0})', uri) };
    let real: string;
    try {
      real = this.fs.realpath(path);
    } catch (error) {
      return this.missing(path, error);
    }
    if (this.roots && !this.roots.contains(real)) {
      const roots = this.rootsName ?? l10n.t('the workspace folders');
      const message = this.roots.containsAsWritten(path)
        ? l10n.t('it leads outside {0} through a symbolic link', roots)
        : l10n.t('it is outside {0}', roots);
      return { failure: 'outside-workspace', message };
    }
    let fd: number;
    try {
      fd = this.fs.open(real, READ_FLAGS);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EISDIR') return { failure: 'directory', message: l10n.t('it is a directory') };
      if (code === 'ENOENT') return { failure: 'not-found', message: l10n.t('no such file') };
      if (code === 'ELOOP')
        return { failure: 'unreadable', message: l10n.t('it was replaced by a symbolic link while being read') };
      return { failure: 'unreadable', message: l10n.t('it cannot be opened ({0})', code) };
    }
    try {
      return this.readOpened(fd, path);
    } catch (error) {
      return { failure: 'unreadable', message: l10n.t('it cannot be read ({0})', errorCode(error)) };
    } finally {
      this.fs.close(fd);
    }
  }

  private readOpened(fd: number, path: string): ReadResult {
    const stats = this.fs.fstat(fd);
    if (stats.isDirectory()) return { failure: 'directory', message: l10n.t('it is a directory') };
    if (!stats.isFile()) return { failure: 'not-a-file', message: notAFileReason(stats, this.isLink(path)) };
    if (stats.size > this.maxBytes) return { failure: 'too-large', message: tooLargeReason(stats.size, this.maxChars) };
    const buffer = new Uint8Array(stats.size);
    let read = 0;
    while (read < buffer.length) {
      const count = this.fs.read(fd, buffer, read, buffer.length - read, read);
      if (count === 0) break;
      read += count;
    }
    const decoded = decodeUtf8(buffer.subarray(0, read));
    return decoded.invalidUtf8 ? { text: decoded.text, invalidUtf8: decoded.invalidUtf8 } : { text: decoded.text };
  }

  /** For messages only, once the read is refused. */
  private isLink(path: string): boolean {
    try {
      return this.fs.lstat(path).isSymbolicLink();
    } catch {
      return false;
    }
  }

  private missing(path: string, error: unknown): ReadResult {
    const reason = brokenLinkReason(error);
    if (!isDanglingLink(error)) return { failure: 'unreadable', message: reason };
    return { failure: 'not-found', message: this.isLink(path) ? reason : l10n.t('no such file') };
  }
}
