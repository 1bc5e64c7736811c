import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { uriToPath } from './paths';

export type ReadFailureReason = 'not-found' | 'directory' | 'not-a-file' | 'too-large' | 'unreadable';

export type ReadResult = { text: string } | { failure: ReadFailureReason; message: string };

/** How the core reads files that the editor does not hold open. */
export interface FileHost {
  read(uri: string): ReadResult;
}

/**
 * Reads from disk, refusing directories, devices and pipes (which could block forever) and files over
 * the size limit, before reading a byte.
 */
export class DiskHost implements FileHost {
  constructor(private readonly maxBytes: number) {}

  read(uri: string): ReadResult {
    const path = uriToPath(uri);
    if (!path) return { failure: 'unreadable', message: `only local files can be read (${uri})` };
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return { failure: 'not-found', message: 'no such file' };
    }
    if (stats.isDirectory()) return { failure: 'directory', message: 'it is a directory' };
    if (!stats.isFile()) return { failure: 'not-a-file', message: 'it is not a regular file' };
    if (stats.size > this.maxBytes) return { failure: 'too-large', message: `it is larger than ${this.maxBytes} bytes` };
    try {
      const fd = openSync(path, 'r');
      try {
        const size = fstatSync(fd).size;
        const buffer = Buffer.alloc(Math.min(size, this.maxBytes));
        let read = 0;
        while (read < buffer.length) {
          const count = readSync(fd, buffer, read, buffer.length - read, read);
          if (count === 0) break;
          read += count;
        }
        return { text: buffer.subarray(0, read).toString('utf8').replace(/^\uFEFF/, '') };
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      return { failure: 'unreadable', message: (error as Error).message };
    }
  }
}
