import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizeUri } from '../core';

/** The URI of a path on this machine, spelled as the core spells URIs. */
export function pathToUri(path: string): string {
  return normalizeUri(pathToFileURL(path).href);
}

/** The path on this machine of a file URI; undefined for other URIs and for file URIs of other hosts. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
