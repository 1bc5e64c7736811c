import * as l10n from '@vscode/l10n';
import type { ServerPlatform } from '../lsp/platform';
import { ReadDirectoryRequest } from '../protocol';
import { ClientFileHost } from './clientFileHost';
import { scanThroughClient } from './clientScanner';
import { webPacketStamp } from './webPacketStamp';

/** Why the features that compare with commits step aside in a browser. */
const noGit = () => l10n.t('VS Code for the Web has no git to read commits from');

/**
 * The language server in a web worker: every file through the client, no git (the live impact lenses and
 * the panel's timeline say so; the packet's stamp has no commit).
 */
export const browserPlatform: ServerPlatform = (options) => ({
  host: new ClientFileHost(options),
  committed: { forUri: () => Promise.resolve({ reason: noGit(), key: 'web' }) },
  history: (uri) => Promise.resolve({ uri: options.uris.toClient(uri), points: [], unavailable: noGit() }),
  scanFolders: (folders) =>
    scanThroughClient(folders, options.uris, (uri) => options.connection.sendRequest(ReadDirectoryRequest, { uri })),
  stampPacket: webPacketStamp,
});
