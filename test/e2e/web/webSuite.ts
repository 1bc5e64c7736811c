// The web end-to-end checks, run by the workbench in its web worker extension host (extensionTestsPath),
// next to the extension's browser entry, on the `memfs:` workspace of memfsExtension.ts. Each check's
// outcome is a console line the launcher reads; `run` rejects when one failed, which the workbench reports
// as the exit code of the run.
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';

declare const MEMFS_ROOT: string;

const LADDER = `${MEMFS_ROOT}/support.ladder.yaml`;
const ASSESSMENT = `${MEMFS_ROOT}/people/alex.assessment.yaml`;
const NO_GIT = 'VS Code for the Web has no git to read commits from';

const log = (line: string): void => console.log(`[web e2e] ${line}`);

async function poll<T>(what: string, get: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

function equal(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<CareerLadderApi>('career-ladder.career-ladder');
  let api: CareerLadderApi | undefined;
  const checks: [string, () => Promise<void>][] = [
    [
      'the workbench runs this suite in a web worker, on the memfs: folder',
      async () => {
        equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'importScripts');
        equal(vscode.env.uiKind, vscode.UIKind.Web, 'uiKind');
        equal(
          vscode.workspace.workspaceFolders?.map((folder) => folder.uri.toString()),
          [MEMFS_ROOT],
          'workspace folders',
        );
      },
    ],
    [
      'the extension activates: by workspaceContains, or else when a command of its runs',
      async () => {
        if (!extension) throw new Error('the extension is not installed');
        const deadline = Date.now() + 10_000;
        while (!extension.isActive && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
        if (!extension.isActive) {
          log('note: workspaceContains did not activate the extension on the memfs: folder; running ladder.refresh');
          await vscode.commands.executeCommand('ladder.refresh');
        }
        await poll('activation', () => (extension.isActive ? true : undefined), 20_000);
        api = extension.exports;
      },
    ],
    [
      'the assessment gets its diagnostics, read through workspace.fs by the worker server',
      async () => {
        api ??= await extension!.activate();
        const uri = vscode.Uri.parse(ASSESSMENT);
        const messages = await poll('diagnostics', () => {
          const found = vscode.languages.getDiagnostics(uri).map((d) => d.message);
          return found.length > 0 ? found : undefined;
        });
        equal(
          messages,
          [
            'Not rated yet, but expected by your next or target levels: networking.',
            "Unknown competency 'netwrking'. Did you mean 'networking'?",
          ],
          'diagnostics',
        );
      },
    ],
    [
      'ladder/score answers with the verdict',
      async () => {
        api ??= await extension!.activate();
        const score = (await api.client.sendRequest('ladder/score', { uri: ASSESSMENT })) as {
          ladderName?: string;
          report?: { levels: { id: string; status: string; readiness: number }[] };
        };
        equal(score.ladderName, 'Support Ladder', 'ladder name');
        const senior = score.report?.levels.find((level) => level.id === 'senior');
        equal([senior?.status, senior?.readiness], ['incomplete', 0.75], 'senior');
      },
    ],
    [
      'the Career Ladders view lists the ladder',
      async () => {
        api ??= await extension!.activate();
        const roots = await poll('the tree', async () => {
          const nodes = await api!.treeProvider.getChildren();
          return nodes.some((node) => node.kind === 'ladder') ? nodes : undefined;
        });
        equal(
          roots.filter((node) => node.kind === 'ladder').map((node) => (node.kind === 'ladder' ? node.name : '')),
          ['Support Ladder'],
          'ladders',
        );
      },
    ],
    [
      'the impact lenses step aside: no git',
      async () => {
        api ??= await extension!.activate();
        const impact = (await api.client.sendRequest('ladder/impact', { uri: LADDER })) as { unavailable?: string };
        equal(impact.unavailable, NO_GIT, 'unavailable');
      },
    ],
  ];
  log(
    `host: process ${typeof (globalThis as { process?: unknown }).process}, extensions ${vscode.extensions.all.map((e) => e.id).join(' ')}`,
  );
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
