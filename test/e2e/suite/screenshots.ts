// Screenshots of the workbench for the README, taken after the suite passed when SCREENSHOTS_ENV is set:
// the samples' workspace, the Career Ladders view expanded, an assessment with its code lenses and the
// eligibility panel beside it, in the Light+ and Dark+ themes. The suite arranges the workbench through
// the API; the launcher takes the pictures (see launcher.ts).
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';
import { closeAllEditors, extensionApi, openFile, waitFor } from './extensionHelpers';
import type { LauncherBridge, ThemeKind } from './launcher';
import { arrangeEditors, arrangeView, SCREENSHOT_ASSESSMENT, setGlobalSetting } from '../screenshotLayout';

const THEMES: { kind: ThemeKind; name: string; colorTheme: string; vscodeKind: vscode.ColorThemeKind }[] = [
  { kind: 'light', name: 'editor-light', colorTheme: 'Default Light+', vscodeKind: vscode.ColorThemeKind.Light },
  { kind: 'dark', name: 'editor-dark', colorTheme: 'Default Dark+', vscodeKind: vscode.ColorThemeKind.Dark },
];

const exists = (uri: string): Thenable<boolean> =>
  vscode.workspace.fs.stat(vscode.Uri.parse(uri)).then(
    () => true,
    () => false,
  );

/** Waits until the view lists only files on disk: the samples, not what earlier tests created and deleted. */
async function waitForSamplesOnly(api: CareerLadderApi): Promise<void> {
  await waitFor('the view to list only files on disk', async () => {
    const missing: string[] = [];
    for (const ladder of await api.treeProvider.getChildren()) {
      if (ladder.kind !== 'ladder') continue;
      if (!(await exists(ladder.uri))) missing.push(ladder.uri);
      const folder = (await api.treeProvider.getChildren(ladder)).find((node) => node.kind === 'assessments');
      for (const node of folder ? await api.treeProvider.getChildren(folder) : []) {
        if (node.kind === 'assessment' && !(await exists(node.assessment.uri))) missing.push(node.assessment.uri);
      }
    }
    if (missing.length > 0) throw new Error(`listed but not on disk: ${missing.join(', ')}`);
    return true;
  });
}

/** Arranges the workbench and asks the launcher for the screenshots; returns the files written. */
export async function takeScreenshots(bridge: LauncherBridge): Promise<string[]> {
  const api = await extensionApi();
  await closeAllEditors();
  await setGlobalSetting('editor.minimap.enabled', false);
  await setGlobalSetting('editor.cursorBlinking', 'solid');
  await setGlobalSetting('workbench.tips.enabled', false);
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  await waitForSamplesOnly(api);
  await arrangeView(api, waitFor, (collapse, width) => bridge.ask({ type: 'sideBar', collapse, width }));
  await arrangeEditors(api, (await openFile(SCREENSHOT_ASSESSMENT)).document, waitFor);
  await vscode.commands.executeCommand('notifications.clearAll');

  const written: string[] = [];
  for (const [index, theme] of THEMES.entries()) {
    await setGlobalSetting('workbench.colorTheme', theme.colorTheme);
    await waitFor(`the ${theme.colorTheme} theme`, () => vscode.window.activeColorTheme.kind === theme.vscodeKind);
    const files = await bridge.ask({
      type: 'screenshot',
      name: theme.name,
      theme: theme.kind,
      ...(index === 0 ? { sideBarName: 'view' } : {}),
    });
    written.push(...files);
  }
  return written;
}
