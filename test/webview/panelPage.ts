// The eligibility panel in headless Chromium: the HTML shell the extension uses (same builder, a fresh nonce,
// the built dist/webview.js and dist/webview.css), with a stand-in for VS Code's acquireVsCodeApi that
// records posted messages and saved state.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createNonce, renderPanelHtml } from '../../client/src/panel/html';
import type { HostToWebviewMessage, PanelState, WebviewToHostMessage } from '../../client/src/panel/messages';
import type { ScoreResult } from '../../server/src/protocol';
import { openPage, type PageHarness, type PageOptions } from './browser';
import { THEMES, type ThemeName } from './themes';

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');

export function fixture(name: string): ScoreResult {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8')) as ScoreResult;
}

/** What the stand-in acquireVsCodeApi exposes to the tests. */
interface Recorder {
  __posted: WebviewToHostMessage[];
  __state: unknown;
}

// Runs before the panel's script and reads the state to restore from the URL's hash. Kept as source
// text: a compiled function could refer to helpers that exist only in Node.
const INSTALL_VSCODE_API = `(() => {
  const match = /[#&]state=([^&]*)/.exec(location.hash);
  let state = match ? JSON.parse(decodeURIComponent(match[1])) : undefined;
  window.__posted = [];
  window.__state = state;
  let acquired = false;
  window.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi called twice');
    acquired = true;
    return Object.freeze({
      postMessage: (message) => { window.__posted.push(JSON.parse(JSON.stringify(message))); },
      getState: () => state,
      setState: (next) => { state = JSON.parse(JSON.stringify(next)); window.__state = state; },
    });
  };
})();`;

export interface PanelPage {
  harness: PageHarness;
  /** Alert, confirm and prompt dialogs the page opened (there must be none). */
  dialogs: string[];
  /** Every URL the page requested since the last load. */
  requests: string[];
  /** Loads the panel afresh, optionally with a saved webview state and initial data-state, and in a display
   * language with its strings (what the extension passes: `vscode.env.language` and `vscode.l10n.bundle`). */
  load(options?: {
    savedState?: PanelState | object;
    initialState?: PanelState | object;
    theme?: ThemeName;
    language?: string;
    l10n?: Record<string, string>;
  }): Promise<void>;
  /** Switches to one of VS Code's default themes: its body class and its colour variables. */
  applyTheme(theme: ThemeName): Promise<void>;
  /** Sends a message as the extension host would: as JSON, so that a `__proto__` key arrives as an own key. */
  send(message: HostToWebviewMessage | Record<string, unknown>): Promise<void>;
  score(result: ScoreResult, whatIf?: Record<string, string | number | null>): Promise<void>;
  /** Sends a message as the host would and waits until the page has drawn it. */
  render(message: Record<string, unknown>): Promise<void>;
  posted(): Promise<WebviewToHostMessage[]>;
  savedState(): Promise<PanelState | undefined>;
  /** Polls an async condition until it holds. */
  until(condition: () => Promise<boolean>, timeoutMs?: number): Promise<void>;
  /** Clears recorded CSP violations, blocked requests, errors and dialogs. */
  resetRecords(): void;
  close(): Promise<void>;
}

/** Which webview: the eligibility panel (dist/webview.js) or the team view (dist/team.js). */
export type Bundle = 'webview' | 'team';

export async function openPanelPage(options: PageOptions & { bundle?: Bundle } = {}): Promise<PanelPage> {
  const bundle = options.bundle ?? 'webview';
  if (!existsSync(join(DIST, `${bundle}.js`)) || !existsSync(join(DIST, `${bundle}.css`))) {
    throw new Error(`dist/${bundle}.js is missing: run \`node esbuild.mjs\` first`);
  }
  const folder = mkdtempSync(join(tmpdir(), 'eligibility-panel-'));
  const harness = await openPage(options);
  await harness.context.addInitScript({ content: INSTALL_VSCODE_API });
  const dialogs: string[] = [];
  harness.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const requests: string[] = [];
  harness.page.on('request', (request) => requests.push(request.url()));
  let loads = 0;

  const panel: PanelPage = {
    harness,
    dialogs,
    requests,
    async load(loadOptions = {}) {
      requests.length = 0;
      const file = join(folder, `panel-${++loads}.html`);
      const html = renderPanelHtml({
        cspSource: 'file:',
        nonce: createNonce(),
        scriptUri: pathToFileURL(join(DIST, `${bundle}.js`)).href,
        styleUri: pathToFileURL(join(DIST, `${bundle}.css`)).href,
        ...(bundle === 'team' ? { title: 'Team', placeholder: 'Loading the team…' } : {}),
        ...(loadOptions.initialState ? { initialState: loadOptions.initialState } : {}),
        ...(loadOptions.language ? { language: loadOptions.language } : {}),
        ...(loadOptions.l10n ? { l10n: loadOptions.l10n } : {}),
      });
      writeFileSync(file, html);
      const hash = loadOptions.savedState ? `#state=${encodeURIComponent(JSON.stringify(loadOptions.savedState))}` : '';
      await harness.page.goto(pathToFileURL(file).href + hash);
      await panel.applyTheme(loadOptions.theme ?? 'dark');
      await panel.until(async () => (await panel.posted()).some((message) => message.type === 'ready'));
    },
    async applyTheme(theme) {
      await harness.page.evaluate(({ bodyClass, variables }) => {
        document.body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast');
        document.body.classList.add(bodyClass);
        for (const [name, value] of Object.entries(variables)) document.documentElement.style.setProperty(name, value);
      }, THEMES[theme]);
    },
    async send(message) {
      await harness.page.evaluate((json) => window.postMessage(JSON.parse(json), '*'), JSON.stringify(message));
    },
    async score(result, whatIf = {}) {
      await panel.render({ type: 'score', result, whatIf });
    },
    async render(message) {
      // A marker that the next render replaces: once it is gone, the message has been drawn.
      await harness.page.evaluate(() =>
        document.getElementById('app')?.appendChild(document.createElement('i')).setAttribute('data-test-marker', ''),
      );
      await panel.send(message);
      await panel.until(async () =>
        harness.page.evaluate(() => document.querySelector('#app [data-test-marker]') === null),
      );
    },
    // Both read as JSON text: Playwright's own transfer of values would drop a `__proto__` key.
    async posted() {
      return JSON.parse(
        await harness.page.evaluate(() => JSON.stringify((window as unknown as Recorder).__posted)),
      ) as WebviewToHostMessage[];
    },
    async savedState() {
      const json = await harness.page.evaluate(() => JSON.stringify((window as unknown as Recorder).__state));
      return json === undefined ? undefined : (JSON.parse(json) as PanelState);
    },
    async until(condition, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(await condition())) {
        if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
        await new Promise((done) => setTimeout(done, 25));
      }
    },
    resetRecords() {
      harness.cspViolations.length = 0;
      harness.blockedRequests.length = 0;
      harness.pageErrors.length = 0;
      dialogs.length = 0;
    },
    async close() {
      await harness.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  return panel;
}
