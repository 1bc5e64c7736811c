// The language server in a web worker (VS Code for the Web): the same server, its files read through the client.
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createConnection,
  ProposedFeatures,
} from 'vscode-languageserver/browser';
import { browserPlatform } from './browser/browserPlatform';
import { startServer } from './lsp/startServer';

// The worker's global scope: it receives the client's messages and posts the server's.
declare const self: Worker;

startServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self)), {
  platform: browserPlatform,
});
