// Results cached by the stamps of the files they were made from, checked at most once per generation.
import type { FileStore } from './fileStore';

/**
 * A result cached with the stamps of the files it depends on, and the generation at which those stamps
 * were last found unchanged: within one generation it is valid without comparing them again.
 */
export type Cached<T> = { signature: string; value: T; checkedAt?: number };

/** The stamps of files (undefined where a path could not be resolved), as one string. */
export function stampSignature(files: FileStore, uris: (string | undefined)[]): string {
  return uris.map((uri) => (uri ? `${uri}@${files.fileAt(uri).stamp}` : '-')).join('|');
}

/** Cached results by normalized URI. */
export class StampedCache<T> {
  private readonly entries = new Map<string, Cached<T>>();

  constructor(private readonly files: FileStore) {}

  /** The entry for `key`, valid or not. */
  entry(key: string): Cached<T> | undefined {
    return this.entries.get(key);
  }

  /**
   * Whether a cached result is still valid: already checked in this generation, or the stamps of its
   * files (`signature`, computed only when needed) are the ones it was made with. Reads of last analyses
   * see other stamps, so they always compare and never mark.
   */
  isValid(cached: Cached<T> | undefined, signature: () => string): cached is Cached<T> {
    if (!cached) return false;
    const files = this.files;
    if (!files.staleReads && cached.checkedAt === files.generation) return true;
    if (cached.signature !== signature()) return false;
    if (!files.staleReads) cached.checkedAt = files.generation;
    return true;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  set(key: string, signature: string, value: T): void {
    const files = this.files;
    this.entries.set(key, { signature, value, ...(files.staleReads ? {} : { checkedAt: files.generation }) });
  }
}
