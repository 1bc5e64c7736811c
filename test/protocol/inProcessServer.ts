// The language server started in this process on a pair of streams, with a client connection to it: the same
// wiring as over stdio, without a child process. The client records published diagnostics and accepts
// capability registrations; a test adds its own handlers (files read through the client…), then listens.
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { ServerPlatform } from '../../server/src/lsp/platform';
import { startServer } from '../../server/src/lsp/startServer';

export interface InProcessServer {
  /** Not listening yet: add handlers, then call `client.listen()`. */
  client: MessageConnection;
  /** Every publishDiagnostics notification, in order. */
  published: PublishDiagnosticsParams[];
}

export function startInProcessServer(platform: ServerPlatform): InProcessServer {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(
    createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)),
    { platform },
  );
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  client.onNotification(
    'textDocument/publishDiagnostics',
    (params: PublishDiagnosticsParams) => void published.push(params),
  );
  client.onRequest('client/registerCapability', () => null);
  return { client, published };
}
