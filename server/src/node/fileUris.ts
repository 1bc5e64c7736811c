import { fileURLToPath, pathToFileURL } from 'node:url';
import { isPlainFileUri, normalizeUri, PLAIN_POSIX_PATH } from '../core';

/**
 * The URI of a path on this machine, spelled as the core spells URIs. A plain POSIX path (most of them:
 * a command line names thousands) is its own URI after `file://`; anything else goes through Node's
 * conversion and the core's spelling.
 */
export function pathToUri(path: string): string {
  if (process.platform !== 'win32' && PLAIN_POSIX_PATH.test(path)) return `file://${path}`;
  return normalizeUri(pathToFileURL(path).href);
}

/** The path on this machine of a file URI; undefined for other URIs and for file URIs of other hosts. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  // The URI pathToUri spells for a plain POSIX path: the path after `file://`, without parsing a URL.
  if (process.platform !== 'win32' && isPlainFileUri(uri)) return uri.slice('file://'.length);
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
