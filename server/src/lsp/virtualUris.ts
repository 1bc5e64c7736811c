/**
 * The core resolves references between `file:` URIs only. A file of a virtual workspace (`vscode-vfs:`
 * on github.dev, any file system provider's scheme) is given a file URI on a host that cannot exist
 * (`.invalid` is reserved), so references resolve in it as on disk and never reach a real file:
 * `vscode-vfs://github/o/r/a.yaml` ⇄ `file://virtual.invalid/vscode-vfs/@github/o/r/a.yaml`.
 * `untitled:` documents keep their own URI, as before.
 */
export const VIRTUAL_HOST = 'virtual.invalid';

const SCHEME_AUTHORITY_PATH = /^([A-Za-z][A-Za-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)$/;
const KEPT_SCHEMES = new Set(['file', 'untitled']);

/** The file URI standing for a URI of another scheme; undefined for file and untitled URIs (and queries). */
export function virtualToFileUri(uri: string): string | undefined {
  const match = SCHEME_AUTHORITY_PATH.exec(uri);
  if (!match) return undefined;
  const [, scheme, authority = '', path = ''] = match;
  if (KEPT_SCHEMES.has(scheme!.toLowerCase())) return undefined;
  const rest = path.startsWith('/') ? path : `/${path}`;
  return `file://${VIRTUAL_HOST}/${scheme}/@${authority}${rest}`;
}

/** The URI a file URI from virtualToFileUri stands for; undefined for any other URI. */
export function fileToVirtualUri(uri: string): string | undefined {
  const prefix = `file://${VIRTUAL_HOST}/`;
  if (!uri.startsWith(prefix)) return undefined;
  const [scheme, authority, ...path] = uri.slice(prefix.length).split('/');
  if (!scheme || authority === undefined || !authority.startsWith('@')) return undefined;
  return `${scheme}://${authority.slice(1)}/${path.join('/')}`;
}
