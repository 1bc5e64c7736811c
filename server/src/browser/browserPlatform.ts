import type { ServerPlatform } from '../lsp/platform';
import { ReadDirectoryRequest } from '../protocol';
import { ClientFileHost } from './clientFileHost';
import { scanThroughClient } from './clientScanner';
import { webPacketStamp } from './webPacketStamp';

/** The language server in a web worker: every file through the client, no git. */
export const browserPlatform: ServerPlatform = (options) => ({
  host: new ClientFileHost(options),
  scanFolders: (folders) =>
    scanThroughClient(folders, options.uris, (uri) => options.connection.sendRequest(ReadDirectoryRequest, { uri })),
  stampPacket: webPacketStamp,
});
