import { normalizeUri } from '../core';
import { fileToVirtualUri, virtualToFileUri } from './virtualUris';

/**
 * Remembers how the client spells each URI, so answers use the client's spelling. URIs of virtual
 * workspaces are file URIs inside the server (see virtualUris.ts).
 */
export class UriMap {
  private readonly clientSpelling = new Map<string, string>();

  fromClient(uri: string): string {
    const key = normalizeUri(virtualToFileUri(uri) ?? uri);
    if (key !== uri) this.clientSpelling.set(key, uri);
    return key;
  }

  toClient(uri: string): string {
    return this.clientSpelling.get(uri) ?? fileToVirtualUri(uri) ?? uri;
  }
}
