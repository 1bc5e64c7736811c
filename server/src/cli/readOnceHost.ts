import type { FileHost, ReadResult } from '../core';

/**
 * A host that reads each file from disk once. A command runs for a moment over files that do not change
 * meanwhile, and the workspace may read a file twice: once to see its kind (which files a catalogue's
 * checks need), once to analyse it.
 */
export class ReadOnceHost implements FileHost {
  private readonly results = new Map<string, ReadResult>();

  constructor(private readonly disk: FileHost) {}

  read(uri: string): ReadResult {
    let result = this.results.get(uri);
    if (!result) {
      result = this.disk.read(uri);
      this.results.set(uri, result);
    }
    return result;
  }
}
