// An in-memory file host holding the samples, for fuzzing the core without touching the disk.
import type { FileHost, ReadResult } from '../../server/src/core/workspace/host';
import type { Sample } from './mutate';

export const MEMORY_ROOT = 'file:///fuzz/samples';

export function memoryUri(name: string): string {
  return `${MEMORY_ROOT}/${name}`;
}

export class MemoryHost implements FileHost {
  private readonly files = new Map<string, string>();

  constructor(samples: readonly Sample[]) {
    for (const sample of samples) this.files.set(memoryUri(sample.name), sample.text);
  }

  read(uri: string): ReadResult {
    const text = this.files.get(uri);
    return text === undefined ? { failure: 'not-found', message: 'no such file' } : { text };
  }
}
