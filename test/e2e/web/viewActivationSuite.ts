// The second way the extension starts by itself on a workspace without search: its Career Ladders view
// is shown (onView, which VS Code derives from the view's contribution). A fresh workbench of its own,
// since an extension that has started cannot be started again.
import * as vscode from 'vscode';
import { activatedBySomethingElse, equal, expectInactive, poll, runChecks } from './webChecks';

export async function run(): Promise<void> {
  await runChecks([
    [
      'the extension starts by itself when the Career Ladders view is shown (onView), and the view lists the ladder',
      async () => {
        expectInactive();
        // The workbench's own command that reveals a view (the view is collapsed in the Explorer at first).
        await vscode.commands.executeCommand('ladder.explorer.focus');
        const api = await activatedBySomethingElse();
        const ladders = await poll('the tree', async () => {
          const names = (await api.treeProvider.getChildren()).flatMap((node) =>
            node.kind === 'ladder' ? [node.name] : [],
          );
          return names.length > 0 ? names : undefined;
        });
        equal(ladders, ['Support Ladder'], 'ladders');
        equal(api.treeView.visible, true, 'the view is visible');
      },
    ],
  ]);
}
