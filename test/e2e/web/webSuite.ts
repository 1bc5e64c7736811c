// The web end-to-end checks, run by the workbench in its web worker extension host (extensionTestsPath),
// next to the extension's browser entry, on the `memfs:` workspace of memfsExtension.ts. Each check's
// outcome is a console line the launcher reads; `run` rejects when one failed, which the workbench reports
// as the exit code of the run. Nothing here activates the extension: opening a ladder file does.
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';
import { activatedBySomethingElse, equal, expectInactive, log, NO_GIT, poll, runChecks, type Check } from './webChecks';
import { webBridge } from './webBridge';

declare const MEMFS_ROOT: string;

const LADDER = `${MEMFS_ROOT}/support.ladder.yaml`;
const CATALOGUE = `${MEMFS_ROOT}/core.competencies.yaml`;
const ASSESSMENT = `${MEMFS_ROOT}/people/alex.assessment.yaml`;
/** Alex's assessment without its error: a packet is made only of an assessment without errors. */
const CLEAN_ASSESSMENT = `${MEMFS_ROOT}/people/sam.assessment.yaml`;
const PACKET = `${MEMFS_ROOT}/people/sam.senior.packet.html`;

const read = async (uri: string): Promise<string> =>
  new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Waits until the workbench shows a notification that starts with `start`, and returns its text. */
const notification = (start: string): Promise<string> =>
  poll(`a notification "${start}…"`, async () =>
    (await webBridge.ask({ type: 'notifications' })).find((message) => message.startsWith(start)),
  );

export async function run(): Promise<void> {
  let api: CareerLadderApi | undefined;
  /** The assessment's diagnostics each time they changed to some, from before it was opened. */
  const shown: string[][] = [];
  const extension = (): CareerLadderApi => {
    if (!api) throw new Error('the extension did not activate');
    return api;
  };
  const checks: Check[] = [
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
      'the extension starts by itself when a ladder file is opened (onLanguage), with no search on memfs:',
      async () => {
        expectInactive();
        vscode.languages.onDidChangeDiagnostics(({ uris }) => {
          if (!uris.some((uri) => uri.toString() === ASSESSMENT)) return;
          const messages = vscode.languages.getDiagnostics(vscode.Uri.parse(ASSESSMENT)).map((d) => d.message);
          // The same set published again (the assessment re-diagnosed once its ladder was read, with the
          // same result) shows nothing new: a set is counted when it differs from the one before.
          if (messages.length > 0 && JSON.stringify(messages) !== JSON.stringify(shown.at(-1))) shown.push(messages);
        });
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(ASSESSMENT));
        equal(document.languageId, 'career-ladder-yaml', 'language');
        await vscode.window.showTextDocument(document);
        api = await activatedBySomethingElse();
      },
    ],
    [
      'the assessment gets its diagnostics (the files it needs read through workspace.fs), and no interim ones',
      async () => {
        const expected = [
          'Not rated yet, but expected by your next or target levels: networking.',
          "Unknown competency 'netwrking'. Did you mean 'networking'?",
        ];
        await poll('the diagnostics', () =>
          JSON.stringify(shown.at(-1)) === JSON.stringify(expected) ? true : undefined,
        ).catch(() => undefined);
        // Every set shown since the file was opened: none about the ladder or catalogue being read meanwhile.
        equal(shown, [expected], 'the diagnostics shown, in turn');
      },
    ],
    [
      'ladder/score answers with the verdict',
      async () => {
        const score = (await extension().client.sendRequest('ladder/score', { uri: ASSESSMENT })) as {
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
        const roots = await poll('the tree', async () => {
          const nodes = await extension().treeProvider.getChildren();
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
      'the impact lenses and Show Ladder Impact step aside and say why: no git',
      async () => {
        const impact = (await extension().client.sendRequest('ladder/impact', { uri: LADDER })) as {
          unavailable?: string;
        };
        equal(impact.unavailable, NO_GIT, 'unavailable');
        await vscode.commands.executeCommand('ladder.showImpact', vscode.Uri.parse(LADDER));
        equal(await notification('Ladder impact'), `Ladder impact is not available: ${NO_GIT}.`, 'the notification');
        await vscode.commands.executeCommand('notifications.clearAll');
      },
    ],
    [
      "the eligibility panel's webview shows the verdict; its timeline steps aside (no git)",
      async () => {
        await vscode.commands.executeCommand('ladder.showEligibility', vscode.Uri.parse(ASSESSMENT));
        await poll('the panel on Alex Kim', () =>
          extension().eligibilityPanel.snapshot()?.person === 'Alex Kim' ? true : undefined,
        );
        const theme = vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Light ? 'light' : 'dark';
        // In the order the launcher reads them (the comparison is of JSON text).
        const expected = {
          heading: 'Alex Kim',
          eyebrow: 'Eligibility',
          lang: 'en',
          statuses: { senior: 'incomplete', engineer: 'eligible' },
          badges: { senior: 'Incomplete', engineer: 'Eligible' },
          theme,
        };
        let rendered: unknown;
        await poll(
          'the webview to render the verdict',
          async () => {
            rendered = await webBridge.ask({ type: 'renderedPanel' }, 10_000);
            return JSON.stringify(rendered) === JSON.stringify(expected) ? true : undefined;
          },
          45_000,
        ).catch(() => undefined);
        equal(rendered, expected, 'the rendered panel');
        const history = (await extension().client.sendRequest('ladder/history', { uri: ASSESSMENT })) as {
          points: unknown[];
          unavailable?: string;
        };
        equal([history.points, history.unavailable], [[], NO_GIT], 'the timeline');
      },
    ],
    [
      'Export Promotion Packet writes to memfs: through the save dialog, stamped without a commit',
      async () => {
        const exported = vscode.commands.executeCommand<vscode.Uri | undefined>(
          'ladder.exportPacket',
          vscode.Uri.parse(CLEAN_ASSESSMENT),
          'senior',
        );
        const dialog = await webBridge
          .ask({ type: 'fileDialog', path: vscode.Uri.parse(PACKET).path })
          .catch(async (error: Error) => {
            throw new Error(
              `${error.message}; notifications: ${JSON.stringify(await webBridge.ask({ type: 'notifications' }))}`,
            );
          });
        equal(
          dialog,
          { title: 'Export the Senior Support Engineer promotion packet', confirmedOverwrite: false },
          'dialog',
        );
        equal((await exported)?.toString(), PACKET, 'the file written');
        equal(
          await notification('Promotion packet'),
          'Promotion packet written to people/sam.senior.packet.html.',
          'the notification',
        );
        const html = await read(PACKET);
        const stamp = [
          ['assessment', 'sam.assessment.yaml', await sha256(await read(CLEAN_ASSESSMENT))],
          ['ladder', '../support.ladder.yaml', await sha256(await read(LADDER))],
          ['catalogue', '../core.competencies.yaml', await sha256(await read(CATALOGUE))],
        ].map(
          ([role, path, sha]) => `<tr><td>${role}</td><td><code>${path}</code></td><td><code>${sha}</code></td></tr>`,
        );
        equal(
          {
            doctype: html.startsWith('<!DOCTYPE html>'),
            person: html.includes('Sam Rivera'),
            stamp: stamp.map((row) => html.includes(row)),
            noCommit: html.includes('<p class="muted">Not in a git repository: no commit recorded.</p>'),
          },
          { doctype: true, person: true, stamp: [true, true, true], noCommit: true },
          'the packet',
        );
      },
    ],
  ];
  log(
    `host: process ${typeof (globalThis as { process?: unknown }).process}, extensions ${vscode.extensions.all.map((e) => e.id).join(' ')}`,
  );
  await runChecks(checks);
}
