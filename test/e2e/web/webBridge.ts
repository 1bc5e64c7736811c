// The web suites' way to ask the launcher what only the browser around the workbench can do (the rendered
// panel, the file dialog, notifications, screenshots): the same requests as the desktop suite's
// (suite/launcher.ts), but a web worker has no files to exchange them through, so each is a POST to
// BRIDGE_URL, a path of the workbench's own origin that the launcher intercepts in the page
// (launch-web.ts) and answers with workbenchBridge.ts.
import type { LauncherAnswers, LauncherBridge, LauncherRequest, LauncherResponse } from '../suite/launcher';

declare const BRIDGE_URL: string;

async function ask<R extends LauncherRequest>(request: R, timeoutMs = 60_000): Promise<LauncherAnswers[R['type']]> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    // text/plain keeps it a simple request: no preflight, whichever origin the extension host worker has.
    const response = await fetch(BRIDGE_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify(request),
      signal: abort.signal,
    });
    const answer = (await response.json()) as LauncherResponse;
    if (!answer.ok) throw new Error(`the launcher could not do ${request.type}: ${answer.error}`);
    return answer.value as LauncherAnswers[R['type']];
  } catch (error) {
    if (abort.signal.aborted)
      throw new Error(`the launcher did not answer ${JSON.stringify(request)} within ${timeoutMs} ms`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export const webBridge: LauncherBridge = { ask };
