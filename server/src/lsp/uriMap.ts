import { normalizeUri } from '../core';

/** Remembers how the client spells each URI, so answers use the client's spelling. */
export class UriMap {
  private readonly clientSpelling = new Map<string, string>();

  fromClient(uri: string): string {
    const key = normalizeUri(uri);
    if (key !== uri) this.clientSpelling.set(key, uri);
    return key;
  }

  toClient(uri: string): string {
    return this.clientSpelling.get(uri) ?? uri;
  }
}
