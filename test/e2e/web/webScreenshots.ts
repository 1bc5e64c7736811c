// The README's screenshot of the web workbench (launch-web.ts --screenshots DIR, after the checks passed):
// the samples in a `memfs:` folder, the Career Ladders view on a ladder, Alex Kim's assessment with its code
// lenses and the eligibility panel beside it, Light+ theme. The suite arranges the workbench through the
// API; the launcher takes the picture (web.png).
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';
import { arrangeEditors, arrangeView, SCREENSHOT_ASSESSMENT, setGlobalSetting, type Wait } from '../screenshotLayout';
import { activatedBySomethingElse, equal, expectInactive, poll, runChecks } from './webChecks';
import { webBridge } from './webBridge';

/** The layout's waits through this run's polling helper. */
const wait: Wait = (what, probe) => poll(what, async () => ((await probe()) ? true : undefined));

export async function run(): Promise<void> {
  let api: CareerLadderApi | undefined;
  let document: vscode.TextDocument | undefined;
  await runChecks([
    [
      'the extension starts by itself on the samples when an assessment is opened',
      async () => {
        expectInactive();
        const folder = vscode.workspace.workspaceFolders?.[0];
        if (!folder) throw new Error('no workspace folder');
        document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, SCREENSHOT_ASSESSMENT));
        await vscode.window.showTextDocument(document);
        api = await activatedBySomethingElse();
      },
    ],
    [
      'the web workbench, arranged, is written to web.png',
      async () => {
        if (!api || !document) throw new Error('the extension did not start');
        await setGlobalSetting('editor.minimap.enabled', false);
        await setGlobalSetting('editor.cursorBlinking', 'solid');
        await setGlobalSetting('workbench.tips.enabled', false);
        await setGlobalSetting('workbench.colorTheme', 'Default Light+');
        await poll('the Light+ theme', () =>
          vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Light ? true : undefined,
        );
        await vscode.commands.executeCommand('workbench.action.closePanel');
        await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
        await arrangeView(api, wait, (collapse, width) => webBridge.ask({ type: 'sideBar', collapse, width }));
        await arrangeEditors(api, document, wait);
        await vscode.commands.executeCommand('notifications.clearAll');
        const written = await webBridge.ask({ type: 'screenshot', name: 'web', theme: 'light' });
        equal(
          written.map((file) => file.slice(file.lastIndexOf('/') + 1)),
          ['web.png'],
          'the files written',
        );
      },
    ],
  ]);
}
