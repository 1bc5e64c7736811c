// File URIs as plain strings and URL parsing, with no file system and no platform path module: the core
// must run where there is neither (a browser worker). Turning URIs into paths of this machine, and back,
// is the edge's job (server/src/node/fileUris.ts).

// normalizeUri and resolveReference are called for every file on every workspace query (the dependents of
// a ladder, the ladders including a catalogue), so their results are remembered.
const MAX_REMEMBERED = 50_000;
const normalized = new Map<string, string>();
/** Resolutions by the folder of the file they are written in (see folderOf), or else by the file. */
const resolvedByFolder = new Map<string, Map<string, string | undefined>>();
const resolvedByFile = new Map<string, Map<string, string | undefined>>();
let resolvedCount = 0;

/** A file URI taken apart: its host ('' for this machine) and its path segments, decoded. */
interface FileUriParts {
  host: string;
  segments: string[];
}

const DRIVE = /^[A-Za-z]:$/;

function fileUriParts(uri: string): FileUriParts | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let url: URL;
  try {
    // The URL parser removes `.` and `..` segments and spells `file://localhost/` as `file:///`.
    url = new URL(uri);
  } catch {
    return undefined;
  }
  const segments: string[] = [];
  for (const segment of url.pathname.split('/')) {
    if (segment === '') continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return undefined;
    }
    // Node 20's parser leaves `..` after a segment that starts with a dot (`/ws/.x/../a`): removed here,
    // as the URL standard removes them (never a Windows drive).
    if (decoded === '..') {
      if (!(segments.length === 1 && DRIVE.test(segments[0]!))) segments.pop();
    } else if (decoded !== '.') segments.push(decoded);
  }
  return { host: url.host, segments };
}

/**
 * Percent-encodes everything in a segment but letters, digits and `-._~!$&'()*+,;=:@`: one spelling for
 * every name, in which `#`, `?`, `%` and spaces are parts of the name.
 */
function encodeSegment(segment: string): string | undefined {
  try {
    return encodeURIComponent(segment).replace(/%(24|26|2B|2C|3B|3D|3A|40)/g, (_match, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  } catch {
    return undefined; // a lone surrogate
  }
}

function toUri(parts: FileUriParts): string | undefined {
  const encoded: string[] = [];
  for (const segment of parts.segments) {
    const spelled = encodeSegment(segment);
    if (spelled === undefined) return undefined;
    encoded.push(spelled);
  }
  return `file://${parts.host}/${encoded.join('/')}`;
}

/**
 * An absolute POSIX path whose segments are all letters, digits and `._~+-`, none starting with a dot: a
 * file URI spells it as it is (`file://` + path), and toUri spells such a URI unchanged. Most paths and
 * URIs of a workspace are plain (`ladder check` meets thousands), so they skip the URL conversions.
 */
export const PLAIN_POSIX_PATH = /^(?:\/[A-Za-z0-9_~+-][A-Za-z0-9._~+-]*)+$/;

/** A file URI of this machine whose path is plain (see PLAIN_POSIX_PATH). */
export function isPlainFileUri(uri: string): boolean {
  return uri.startsWith('file:///') && PLAIN_POSIX_PATH.test(uri.slice('file://'.length));
}

/** One spelling for every file URI, so that the editor's and the disk's names of a file compare equal. */
export function normalizeUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  let result = normalized.get(uri);
  if (result === undefined) {
    const parts = isPlainFileUri(uri) ? undefined : fileUriParts(uri);
    result = (parts && toUri(parts)) ?? uri;
    if (normalized.size >= MAX_REMEMBERED) normalized.clear();
    normalized.set(uri, result);
  }
  return result;
}

/**
 * Resolves a path written in a file relative to that file's directory. The result depends only on the
 * folder, so it is remembered by folder: every assessment of a team names the same ladder.
 */
export function resolveReference(fromUri: string, written: string): string | undefined {
  const folder = folderOf(fromUri);
  const resolved = folder === undefined ? resolvedByFile : resolvedByFolder;
  const key = folder ?? fromUri;
  let byWritten = resolved.get(key);
  if (byWritten?.has(written)) return byWritten.get(written);
  const result = resolveUncached(fromUri, written);
  if (resolvedCount >= MAX_REMEMBERED) {
    resolvedByFolder.clear();
    resolvedByFile.clear();
    resolvedCount = 0;
  }
  if (!byWritten || !resolved.has(key)) resolved.set(key, (byWritten = new Map()));
  byWritten.set(written, result);
  resolvedCount++;
  return result;
}

/**
 * The text of a file URI up to its last slash, when that is surely its folder: a file name of characters
 * the URL parser takes as they are (not `.` or `..`; no `%`, `:` or `|`, so no drive letter such as
 * `C:`; no backslash or control character, which it rewrites or drops), and no query or fragment.
 */
function folderOf(uri: string): string | undefined {
  const slash = uri.lastIndexOf('/');
  const pathStart = uri.indexOf('/', 'file://'.length);
  const name = uri.slice(slash + 1);
  const plainName = PLAIN_NAME.test(name) && name !== '.' && name !== '..';
  return plainName && pathStart !== -1 && !/[?#]/.test(uri) ? uri.slice(0, slash + 1) : undefined;
}
const PLAIN_NAME = /^[A-Za-z0-9._~!$&'()*+,;=@-]+$/;

function resolveUncached(fromUri: string, written: string): string | undefined {
  if (isPlainFileUri(fromUri) && PLAIN_WRITTEN_PATH.test(written)) return resolvePlain(fromUri, written);
  const from = fileUriParts(fromUri);
  if (!from || written.includes('\u0000')) return undefined;
  // A path, not a URL: '#', '?' and '%' are parts of file names. Backslashes separate folders too.
  const path = written.replace(/\\/g, '/');
  const drive = from.segments[0] !== undefined && DRIVE.test(from.segments[0]) ? from.segments[0] : undefined;
  let base: string[];
  if (DRIVE.test(path.split('/')[0]!))
    base = []; // C:/x, absolute on Windows
  else if (path.startsWith('/'))
    base = drive ? [drive] : []; // the root (of the same drive)
  else base = from.segments.slice(0, -1);
  const segments: string[] = [];
  for (const segment of [...base, ...path.split('/')]) {
    if (segment === '' || segment === '.') continue;
    if (segment !== '..') segments.push(segment);
    // Not above the root, nor above a drive.
    else if (segments.length > 1 || (segments.length === 1 && !DRIVE.test(segments[0]!))) segments.pop();
  }
  return toUri({ host: from.host, segments });
}

/** A written path whose every character a file URI spells as it is: no backslash, drive, `%`, `#`, `?` or space. */
const PLAIN_WRITTEN_PATH = /^[A-Za-z0-9._~+/-]*$/;

/**
 * resolveUncached for a plain file URI and a plain written path: the same segments, without parsing
 * the URI or spelling each segment again (a workspace of many folders resolves each ladder path from
 * each of them).
 */
function resolvePlain(fromUri: string, written: string): string {
  const segments = written.startsWith('/') ? [] : fromUri.slice('file:///'.length).split('/').slice(0, -1);
  for (const segment of written.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `file:///${segments.join('/')}`;
}

/** The path from the folder of `from` to `to`, with forward slashes; `to`'s whole path when they share no root. */
function relativePath(from: FileUriParts, to: FileUriParts): string {
  const fromFolder = from.segments.slice(0, -1);
  // Drive letters compare without case, as Windows names them.
  const same = (index: number) => {
    const [a, b] = [fromFolder[index], to.segments[index]];
    return (
      a === b ||
      (index === 0 && a !== undefined && b !== undefined && DRIVE.test(a) && a.toLowerCase() === b.toLowerCase())
    );
  };
  const onOtherDrive = DRIVE.test(to.segments[0] ?? '') && !same(0);
  if (from.host !== to.host || onOtherDrive) return to.segments.join('/');
  let common = 0;
  while (common < fromFolder.length && common < to.segments.length && same(common)) common++;
  return [...fromFolder.slice(common).map(() => '..'), ...to.segments.slice(common)].join('/');
}

/** A short name for messages: the path relative to `fromUri`'s directory, or the file name. */
export function displayName(uri: string, fromUri?: string): string {
  const parts = fileUriParts(uri);
  if (!parts) return uri;
  const from = fromUri !== undefined ? fileUriParts(fromUri) : undefined;
  const name = parts.segments[parts.segments.length - 1] ?? '';
  return (from && relativePath(from, parts)) || name || uri;
}

/** The relative path to write in `fromUri` to reach `toUri`, with forward slashes. */
export function relativeReference(fromUri: string, toUri: string): string {
  const from = fileUriParts(fromUri);
  const to = fileUriParts(toUri);
  if (!from || !to) return toUri;
  return relativePath(from, to);
}

export function isInside(uri: string, rootUri: string): boolean {
  const root = rootUri.endsWith('/') ? rootUri : `${rootUri}/`;
  return uri.startsWith(root);
}

/**
 * The decoded path of a file URI (`file:///home/a%20b/x.yaml` → `/home/a b/x.yaml`), without the file
 * system: for ordering and naming files in reports. Undefined for other URIs.
 */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return undefined;
  }
}

/** The file URI of a path written with forward slashes, each segment percent-encoded. */
export function fileUriOf(path: string): string {
  return normalizeUri(`file://${path.split('/').map(encodeURIComponent).join('/')}`);
}
