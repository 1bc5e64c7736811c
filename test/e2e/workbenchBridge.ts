// The launcher's side of suite/launcher.ts (and of web/webBridge.ts): answers the suite's questions about the
// workbench page that code-server serves to headless Chromium (the eligibility panel as rendered, its file
// dialog and notifications, screenshots).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import {
  REQUEST_FILE,
  requestFile,
  responseFile,
  writeJsonAtomically,
  type FileDialogAnswer,
  type FileDialogRequest,
  type LauncherRequest,
  type LauncherResponse,
  type RenderedPanel,
  type ScreenshotRequest,
  type SideBarRequest,
} from './suite/launcher';

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
const SIDE_BAR = '[id="workbench.parts.sidebar"]';

/** Polls `probe` until it returns true; fails with `what` after `timeoutMs`. */
async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Reads the eligibility panel in one frame, or null when the frame does not hold it. Runs in the page. */
function readPanel(): RenderedPanel | null {
  const heading = document.querySelector('.panel-header h1');
  if (!heading) return null;
  const statuses: Record<string, string> = {};
  const badges: Record<string, string> = {};
  for (const card of document.querySelectorAll<HTMLElement>('.card[data-level]')) {
    statuses[card.dataset.level ?? ''] = card.dataset.status ?? '';
    badges[card.dataset.level ?? ''] = card.querySelector('summary .badge')?.textContent ?? '';
  }
  const kind = document.body.dataset.vscodeThemeKind ?? '';
  const theme =
    kind.replace(/^vscode-/, '') ||
    ([...document.body.classList].find((name) => name.startsWith('vscode-'))?.replace(/^vscode-/, '') ?? '');
  return {
    heading: heading.textContent ?? '',
    eyebrow: document.querySelector('.panel-header .eyebrow')?.textContent ?? '',
    lang: document.documentElement.lang,
    statuses,
    badges,
    theme,
  };
}

/** The eligibility panel in whichever webview frame holds it (webviews are nested iframes of the page). */
async function renderedPanel(page: Page): Promise<{ panel: RenderedPanel; frame: Frame } | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    try {
      const panel = await frame.evaluate(readPanel);
      if (panel) return { panel, frame };
    } catch {
      // a frame that is loading or went away
    }
  }
  return undefined;
}

/** Why the workbench is not ready for a screenshot yet, or undefined when it is. */
async function notReady(page: Page, request: ScreenshotRequest): Promise<string | undefined> {
  const workbench = await page.evaluate(() => ({
    classes: document.querySelector('.monaco-workbench')?.className ?? '',
    lenses: document.querySelectorAll('.monaco-editor .codelens-decoration a').length,
    toasts: document.querySelectorAll('.notification-toast-container').length,
    progress: [...document.querySelectorAll<HTMLElement>('.monaco-progress-container.active')].filter(
      (bar) => bar.offsetParent !== null,
    ).length,
  }));
  const workbenchTheme = request.theme === 'light' ? /\bvs\b/ : /\bvs-dark\b/;
  if (!workbenchTheme.test(workbench.classes))
    return `the workbench is not in a ${request.theme} theme yet (${workbench.classes})`;
  if (workbench.lenses === 0) return 'no code lens is shown';
  if (workbench.toasts > 0) return `${workbench.toasts} notification(s) are shown`;
  if (workbench.progress > 0) return 'a progress bar runs';
  const found = await renderedPanel(page);
  if (!found) return 'the eligibility panel is not rendered';
  if (found.panel.theme !== request.theme) return `the panel is in the ${found.panel.theme} theme`;
  if (Object.keys(found.panel.statuses).length === 0) return 'the panel shows no level';
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await found.frame.evaluate(() => document.fonts.ready.then(() => undefined));
  return undefined;
}

/** The side bar down to a little below its last row. */
async function sideBarContent(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const sideBar = await page.locator(SIDE_BAR).boundingBox();
  if (!sideBar) throw new Error('the side bar is not shown');
  const bottom = await page
    .locator(`${SIDE_BAR} .monaco-list-row`)
    .evaluateAll((rows) => Math.max(0, ...rows.map((row) => row.getBoundingClientRect().bottom)));
  const height = Math.min(sideBar.height, Math.max(bottom - sideBar.y + 16, 100));
  return { x: sideBar.x, y: sideBar.y, width: sideBar.width, height };
}

/** Waits until the workbench is ready and two screenshots in a row are the same, then writes the files. */
async function screenshot(page: Page, outDir: string | undefined, request: ScreenshotRequest): Promise<string[]> {
  if (!outDir) throw new Error('no folder for screenshots: run the launcher with --screenshots DIR');
  if (
    !/^[\w.-]+$/.test(request.name) ||
    (request.sideBarName !== undefined && !/^[\w.-]+$/.test(request.sideBarName))
  ) {
    throw new Error(`not a file name: ${request.name} ${request.sideBarName ?? ''}`);
  }
  const deadline = Date.now() + 45_000;
  let reason: string | undefined;
  let previous: Buffer | undefined;
  for (;;) {
    reason = await notReady(page, request);
    if (!reason) {
      const shot = await page.screenshot({ animations: 'disabled', caret: 'hide' });
      if (previous?.equals(shot)) break;
      previous = shot;
      reason = 'the workbench is still changing';
    } else {
      previous = undefined;
    }
    if (Date.now() > deadline) throw new Error(`the workbench was not ready for a screenshot: ${reason}`);
    await sleep(250);
  }
  mkdirSync(outDir, { recursive: true });
  const written = [join(outDir, `${request.name}.png`)];
  await page.screenshot({ path: written[0], animations: 'disabled', caret: 'hide' });
  if (request.sideBarName) {
    const file = join(outDir, `${request.sideBarName}.png`);
    await page.screenshot({ path: file, clip: await sideBarContent(page), animations: 'disabled', caret: 'hide' });
    written.push(file);
  }
  return written;
}

async function arrangeSideBar(page: Page, request: SideBarRequest): Promise<null> {
  for (const title of request.collapse ?? []) {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const exact = new RegExp(`^${escaped}$`, 'i');
    const header = page.locator(`${SIDE_BAR} .pane-header`).filter({ has: page.locator('.title', { hasText: exact }) });
    if ((await header.count()) !== 1) throw new Error(`no view pane titled ${title} in the side bar`);
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
    await until(`the ${title} pane to collapse`, async () => (await header.getAttribute('aria-expanded')) === 'false');
  }
  if (request.width !== undefined) {
    const width = request.width;
    const sideBar = await page.locator(SIDE_BAR).boundingBox();
    if (!sideBar) throw new Error('the side bar is not shown');
    const edge = sideBar.x + sideBar.width;
    // The sash that resizes the side bar lies over its right edge.
    const sashes = await page.locator('.monaco-sash.vertical').evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { x: box.x + box.width / 2, top: box.top, bottom: box.bottom };
      }),
    );
    const y = sideBar.y + sideBar.height / 2;
    const sash = sashes.find(
      (candidate) => Math.abs(candidate.x - edge) <= 4 && candidate.top < y && candidate.bottom > y,
    );
    if (!sash) throw new Error(`no sash at the side bar's edge (x ${edge}) among ${JSON.stringify(sashes)}`);
    await page.mouse.move(sash.x, y);
    await page.mouse.down();
    await page.mouse.move(sideBar.x + width, y, { steps: 10 });
    await page.mouse.up();
    // Away from the sash, which stays highlighted under the pointer: to the empty part of the activity bar.
    await page.mouse.move(sideBar.x / 2, sideBar.y + sideBar.height * 0.6);
    await until(
      `the side bar to be ${width} px wide`,
      async () => Math.abs(((await page.locator(SIDE_BAR).boundingBox())?.width ?? 0) - width) <= 2,
    );
  }
  return null;
}

const QUICK_INPUT = '.quick-input-widget';

/** Types `request.path` into the simple file dialog and accepts it, confirming an overwrite if it asks. */
async function answerFileDialog(page: Page, request: FileDialogRequest): Promise<FileDialogAnswer> {
  const widget = page.locator(QUICK_INPUT);
  await widget.waitFor({ state: 'visible', timeout: 20_000 });
  const title = (await widget.locator('.quick-input-title').textContent())?.trim() ?? '';
  const input = widget.locator('input.input');
  await input.fill(request.path);
  await until('the dialog to take the typed path', async () => (await input.inputValue()) === request.path);
  await input.press('Enter');
  // The dialog asks once more when the file exists ("already exists… overwrite?") and waits for another Enter.
  // Once only: a second Enter would reach whatever the extension shows next (a modal's default button).
  const deadline = Date.now() + 20_000;
  let confirmed = false;
  while (await widget.isVisible()) {
    if (Date.now() > deadline) throw new Error('the file dialog did not close');
    const shown = (await widget.textContent().catch(() => '')) ?? '';
    if (!confirmed && /already exists/i.test(shown)) {
      confirmed = true;
      await input.press('Enter');
    }
    await sleep(100);
  }
  return { title, confirmedOverwrite: confirmed };
}

/** The texts of the notifications the workbench shows (the toasts at its bottom right). */
async function notifications(page: Page): Promise<string[]> {
  return page
    .locator('.notification-toast .notification-list-item-message')
    .evaluateAll((items) => items.map((item) => item.textContent ?? ''));
}

/** The labels of the rows the open quick input shows, once it shows some. */
async function quickInputLabels(page: Page): Promise<string[]> {
  const rows = page.locator(`${QUICK_INPUT} .monaco-list-row .label-name`);
  await until('the quick input to show items', async () => (await rows.count()) > 0, 20_000);
  return rows.evaluateAll((labels) => labels.map((label) => label.textContent ?? ''));
}

/** Does what a suite asked of the page: the code-server launcher's requests through files (below), the
 * web launcher's through fetch (web/webBridge.ts). */
export async function answerRequest(
  page: Page,
  outDir: string | undefined,
  request: LauncherRequest,
): Promise<unknown> {
  switch (request.type) {
    case 'renderedPanel':
      return (await renderedPanel(page))?.panel ?? null;
    case 'screenshot':
      return screenshot(page, outDir, request);
    case 'sideBar':
      return arrangeSideBar(page, request);
    case 'fileDialog':
      return answerFileDialog(page, request);
    case 'notifications':
      return notifications(page);
    case 'quickInput':
      return quickInputLabels(page);
    default:
      throw new Error(`unknown request ${JSON.stringify(request)}`);
  }
}

export interface WorkbenchBridge {
  /** Answers every request waiting in the folder. */
  poll(): Promise<void>;
  /** Files written so far for screenshot requests. */
  screenshots: string[];
}

export function serveWorkbenchBridge(
  dir: string,
  page: () => Page | undefined,
  outDir: string | undefined,
): WorkbenchBridge {
  const screenshots: string[] = [];
  return {
    screenshots,
    async poll() {
      const current = page();
      if (!current || !existsSync(dir)) return;
      const ids = readdirSync(dir)
        .map((name) => REQUEST_FILE.exec(name)?.[1])
        .filter((id): id is string => id !== undefined)
        .map(Number)
        .sort((a, b) => a - b);
      for (const id of ids) {
        const file = requestFile(dir, id);
        const request = JSON.parse(readFileSync(file, 'utf8')) as LauncherRequest;
        rmSync(file);
        let response: LauncherResponse;
        try {
          const value = await answerRequest(current, outDir, request);
          if (request.type === 'screenshot') screenshots.push(...(value as string[]));
          response = { ok: true, value };
        } catch (error) {
          response = { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
        writeJsonAtomically(responseFile(dir, id), response);
      }
    },
  };
}
