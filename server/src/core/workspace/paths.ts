import { fileURLToPath, pathToFileURL } from 'node:url';
import { basename, dirname, relative, resolve, sep } from 'node:path';

// normalizeUri and resolveReference are pure and called for every file on every workspace query (the
// dependents of a ladder, the ladders including a catalogue), so their results are remembered.
const MAX_REMEMBERED = 50_000;
const normalized = new Map<string, string>();
const resolved = new Map<string, Map<string, string | undefined>>();
let resolvedCount = 0;

/** One spelling for every file URI, so that the editor's and the disk's names of a file compare equal. */
export function normalizeUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  let result = normalized.get(uri);
  if (result === undefined) {
    try {
      result = pathToFileURL(fileURLToPath(uri)).href;
    } catch {
      result = uri;
    }
    if (normalized.size >= MAX_REMEMBERED) normalized.clear();
    normalized.set(uri, result);
  }
  return result;
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Resolves a path written in a file relative to that file's directory. */
export function resolveReference(fromUri: string, written: string): string | undefined {
  let byWritten = resolved.get(fromUri);
  if (byWritten?.has(written)) return byWritten.get(written);
  const result = resolveUncached(fromUri, written);
  if (resolvedCount >= MAX_REMEMBERED) {
    resolved.clear();
    resolvedCount = 0;
  }
  if (!byWritten || !resolved.has(fromUri)) resolved.set(fromUri, (byWritten = new Map()));
  byWritten.set(written, result);
  resolvedCount++;
  return result;
}

function resolveUncached(fromUri: string, written: string): string | undefined {
  const fromPath = uriToPath(fromUri);
  if (!fromPath || written.includes('\u0000')) return undefined;
  try {
    // A path, not a URL: '#', '?' and '%' are parts of file names. Backslashes separate folders too.
    return normalizeUri(pathToFileURL(resolve(dirname(fromPath), written.replace(/\\/g, '/'))).href);
  } catch {
    return undefined;
  }
}

/** A short name for messages: the path relative to `fromUri`'s directory, or the file name. */
export function displayName(uri: string, fromUri?: string): string {
  const path = uriToPath(uri);
  if (!path) return uri;
  const fromPath = fromUri ? uriToPath(fromUri) : undefined;
  return fromPath ? relative(dirname(fromPath), path) || basename(path) : basename(path);
}

/** The relative path to write in `fromUri` to reach `toUri`, with forward slashes. */
export function relativeReference(fromUri: string, toUri: string): string {
  const fromPath = uriToPath(fromUri);
  const toPath = uriToPath(toUri);
  if (!fromPath || !toPath) return toUri;
  return relative(dirname(fromPath), toPath).split(sep).join('/');
}

export function isInside(uri: string, rootUri: string): boolean {
  const root = rootUri.endsWith('/') ? rootUri : `${rootUri}/`;
  return uri.startsWith(root);
}
