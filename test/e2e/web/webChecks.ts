// What the web suites share: their console lines (the launcher reads them), waiting by polling, exact
// comparisons, and running a list of checks in order. No Node here: this runs in the web worker
// extension host.
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';

export const EXTENSION_ID = 'career-ladder.career-ladder';

/** Why the features that read commits step aside in a browser (the browser server's answer). */
export const NO_GIT = 'VS Code for the Web has no git to read commits from';

export const log = (line: string): void => console.log(`[web e2e] ${line}`);

/** Polls `get` until it returns something other than undefined; fails with `what` after `timeoutMs`. */
export async function poll<T>(
  what: string,
  get: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await get();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${last instanceof Error ? ` (last: ${last.message})` : ''}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

export function equal(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function ladderExtension(): vscode.Extension<CareerLadderApi> {
  const extension = vscode.extensions.getExtension<CareerLadderApi>(EXTENSION_ID);
  if (!extension) throw new Error('the extension is not installed');
  return extension;
}

/**
 * The extension is not running yet: nothing in a workspace without search activates it before the user
 * does something (workspaceContains needs file search, which a bare file system provider lacks).
 */
export function expectInactive(): void {
  equal(ladderExtension().isActive, false, 'the extension is active before anything asked for it');
}

/** Waits until something other than the suite activated the extension, then until its server runs. */
export async function activatedBySomethingElse(): Promise<CareerLadderApi> {
  const extension = ladderExtension();
  await poll('the extension to activate', () => (extension.isActive ? true : undefined), 20_000);
  const api = extension.exports;
  await api.ready;
  return api;
}

export type Check = [name: string, run: () => Promise<void>];

/** Runs the checks in order, one console line each, then a summary line; rejects when one failed. */
export async function runChecks(checks: readonly Check[]): Promise<void> {
  let failed = 0;
  for (const [name, check] of checks) {
    try {
      await check();
      log(`ok - ${name}`);
    } catch (error) {
      failed++;
      log(`not ok - ${name}: ${(error as Error).message}`);
    }
  }
  log(`${checks.length - failed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} web end-to-end checks failed`);
}
