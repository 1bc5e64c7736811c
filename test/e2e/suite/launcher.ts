// What the suite asks of the launcher that only the browser around the workbench can do: read the
// eligibility panel as its webview renders it, answer the workbench's file dialog as a user would, read its
// notifications, and take screenshots of the workbench. The code-server launcher answers (it sets
// LADDER_E2E_BRIDGE); under desktop VS Code there is no one to ask, `launcherBridge()` is undefined, and the
// tests skip what needs it.
//
// The questions and answers are files in the bridge folder, like the suite's result: the suite writes
// request-<id>.json, the launcher polls the folder, does what is asked and writes response-<id>.json, which
// the suite polls for. Each file is written under a temporary name and renamed, so no one reads half of it.
// Nothing here imports `vscode`: the launcher shares these types.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Environment variable with the bridge folder; set by the code-server launcher for the extension host. */
export const BRIDGE_ENV = 'LADDER_E2E_BRIDGE';
/** Environment variable with the folder where the launcher writes the workbench screenshots (e.g.
 * docs/images); when set, the suite arranges the workbench and asks for them after every test passed. */
export const SCREENSHOTS_ENV = 'LADDER_E2E_SCREENSHOTS';

/** The suite that runs when the launcher starts the workbench in a display language (`--locale`). */
export const LOCALE_SUITES: Record<string, string> = { de: 'in German' };

export type ThemeKind = 'light' | 'dark';

/** The eligibility panel as its webview shows it. */
export interface RenderedPanel {
  /** The header's heading: the person, or "Self-assessment". */
  heading: string;
  /** The word above it ("Eligibility"), and the page's language (`lang`). */
  eyebrow: string;
  lang: string;
  /** Level id → the status word its card shows ("Eligible"). */
  badges: Record<string, string>;
  /** Level id → the status its card shows. */
  statuses: Record<string, string>;
  /** The webview's theme kind (from VS Code's class on its body). */
  theme: string;
}

export interface RenderedPanelRequest {
  type: 'renderedPanel';
}

/** Take a screenshot of the whole workbench as `<name>.png` once it shows `theme`, the panel, the code
 * lenses and no notification; with `sideBarName`, the side bar alone too. */
export interface ScreenshotRequest {
  type: 'screenshot';
  name: string;
  theme: ThemeKind;
  sideBarName?: string;
}

/** Arrange the side bar where the API cannot: collapse the view panes with these titles (e.g. the folder's
 * name for the files view), and drag its edge until it is `width` pixels wide. */
export interface SideBarRequest {
  type: 'sideBar';
  collapse?: string[];
  width?: number;
}

/** Answer the file dialog the workbench shows (VS Code's simple file dialog, a quick input in code-server):
 * type `path` as the file's path and accept it, and confirm when the dialog asks to overwrite. */
export interface FileDialogRequest {
  type: 'fileDialog';
  path: string;
}

export interface FileDialogAnswer {
  title: string;
  /** The dialog said the file exists and asked to overwrite it (and was told yes). */
  confirmedOverwrite: boolean;
}

/** The texts of the notifications shown at the bottom right of the workbench. */
export interface NotificationsRequest {
  type: 'notifications';
}

/** The labels of the items the open quick input (the command palette, a quick pick) shows. */
export interface QuickInputRequest {
  type: 'quickInput';
}

export type LauncherRequest =
  | RenderedPanelRequest
  | ScreenshotRequest
  | SideBarRequest
  | FileDialogRequest
  | NotificationsRequest
  | QuickInputRequest;

/** What each request is answered with: the panel (null when there is none), the files written. */
export interface LauncherAnswers {
  renderedPanel: RenderedPanel | null;
  screenshot: string[];
  sideBar: null;
  fileDialog: FileDialogAnswer;
  notifications: string[];
  quickInput: string[];
}

export type LauncherResponse = { ok: true; value: unknown } | { ok: false; error: string };

export const requestFile = (dir: string, id: number): string => join(dir, `request-${id}.json`);
export const responseFile = (dir: string, id: number): string => join(dir, `response-${id}.json`);
export const REQUEST_FILE = /^request-(\d+)\.json$/;

export function writeJsonAtomically(path: string, value: unknown): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(value));
  renameSync(`${path}.tmp`, path);
}

export interface LauncherBridge {
  /** Asks the launcher and waits for its answer; fails with the launcher's error or after `timeoutMs`. */
  ask<R extends LauncherRequest>(request: R, timeoutMs?: number): Promise<LauncherAnswers[R['type']]>;
}

let nextId = 1;

/** The launcher, when it answers questions (the code-server launcher does), else undefined. */
export function launcherBridge(): LauncherBridge | undefined {
  const fromEnv = process.env[BRIDGE_ENV];
  if (!fromEnv || !existsSync(fromEnv)) return undefined;
  const dir: string = fromEnv;
  async function ask<R extends LauncherRequest>(request: R, timeoutMs = 60_000): Promise<LauncherAnswers[R['type']]> {
    const id = nextId++;
    const response = responseFile(dir, id);
    writeJsonAtomically(requestFile(dir, id), request);
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(response)) {
      if (Date.now() > deadline)
        throw new Error(`the launcher did not answer ${JSON.stringify(request)} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const answer = JSON.parse(readFileSync(response, 'utf8')) as LauncherResponse;
    rmSync(response, { force: true });
    if (!answer.ok) throw new Error(`the launcher could not do ${request.type}: ${answer.error}`);
    return answer.value as LauncherAnswers[R['type']];
  }
  return { ask };
}
