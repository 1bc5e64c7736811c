/** The webview's handle on its host: messages out, state kept across reloads. */
import type { PanelState, WebviewToHostMessage } from '../panel/messages';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** The eligibility panel's messages and state by default; the team view passes its own. */
export interface Host<Out = WebviewToHostMessage, State = PanelState> {
  post(message: Out): void;
  getState(): unknown;
  setState(state: State): void;
}

export function connectHost<Out = WebviewToHostMessage, State = PanelState>(): Host<Out, State> {
  const api = acquireVsCodeApi();
  return {
    post: (message) => api.postMessage(message),
    getState: () => api.getState(),
    setState: (state) => api.setState(state),
  };
}
