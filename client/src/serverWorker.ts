import * as vscode from 'vscode';

/** The language server's web worker bundle (built from server/src/browserServer.ts by esbuild.mjs). */
const SERVER_WORKER = 'dist/browserServer.js';

/** The message that hands the worker its script's blob URL (see LOAD_WHEN_TOLD). */
const SCRIPT_MESSAGE = 'career-ladder/serverScript';

// A worker that loads the server once it is told its URL, and keeps the messages that came before for it.
const LOAD_WHEN_TOLD = `
const early = [];
self.onmessage = (event) => {
  if (event.data && event.data.type === '${SCRIPT_MESSAGE}') {
    self.onmessage = null;
    importScripts(event.data.url);
    for (const data of early) self.dispatchEvent(new MessageEvent('message', { data }));
  } else early.push(event.data);
};`;

/**
 * Starts the language server's web worker. The web worker extension host starts a worker from an http(s)
 * URL (vscode.dev, github.dev) but not from a remote extension's `vscode-remote:` URL (code-server, an
 * extension under development in a remote): then the script is read through `workspace.fs` and started
 * from a blob, and the client's first messages wait in the worker until it has loaded.
 */
export function startServerWorker(context: vscode.ExtensionContext): Worker {
  const script = vscode.Uri.joinPath(context.extensionUri, SERVER_WORKER);
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const worker = new Worker(URL.createObjectURL(new Blob([LOAD_WHEN_TOLD], { type: 'text/javascript' })));
  void vscode.workspace.fs.readFile(script).then(
    (bytes) =>
      worker.postMessage({
        type: SCRIPT_MESSAGE,
        url: URL.createObjectURL(new Blob([new TextDecoder().decode(bytes)], { type: 'text/javascript' })),
      }),
    (error: unknown) =>
      worker.dispatchEvent(new ErrorEvent('error', { message: `${SERVER_WORKER}: ${String(error)}` })),
  );
  return worker;
}
