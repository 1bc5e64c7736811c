// The Career Ladders tree, read through the tree provider the extension exports.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { CareerLadderApi } from '../../../client/src/api';
import type { LadderTreeNode } from '../../../client/src/view/nodes';
import { extensionApi, openFile, replaceText, waitFor } from './extensionHelpers';

const SAMPLE_LADDERS = [
  'customer-engineering',
  'customer-support-ic',
  'lead-support-specialist',
  'support-engineering',
];

const label = (item: vscode.TreeItem): string =>
  typeof item.label === 'string' ? item.label : (item.label?.label ?? '');

suite('Career Ladders view', () => {
  let api: CareerLadderApi;
  let ladders: LadderTreeNode[];

  suiteSetup(async () => {
    api = await extensionApi();
    ladders = await waitFor('the ladders of the samples', async () => {
      const roots = await api.treeProvider.getChildren();
      const ids = roots.map((node) => (node.kind === 'ladder' ? node.id : node.kind));
      if (SAMPLE_LADDERS.every((id) => ids.includes(id))) return roots;
      throw new Error(ids.join(', '));
    });
  });

  /** Read from the view each time: a workspace change refreshes it and replaces its nodes. */
  const customerEngineering = async (): Promise<LadderTreeNode> => {
    const ladder = (await api.treeProvider.getChildren()).find(
      (node) => node.kind === 'ladder' && node.id === 'customer-engineering',
    );
    assert.ok(ladder, 'the customer-engineering ladder is listed');
    return ladder;
  };

  test('lists every ladder of the workspace by name, sorted', () => {
    const names = ladders.map((node) => label(api.treeProvider.getTreeItem(node)));
    assert.ok(names.includes('Customer Engineering Career Ladder'), names.join(', '));
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b)),
    );
    assert.ok(ladders.every((node) => api.treeProvider.getTreeItem(node).contextValue === 'ladder'));
  });

  test('a ladder holds its tracks, then its assessments', async () => {
    const children = await api.treeProvider.getChildren(await customerEngineering());
    const labels = children.map((node) => label(api.treeProvider.getTreeItem(node)));
    assert.deepEqual(labels, ['Core Role', 'IC Path', 'Management Path', 'Alternative Path', 'Assessments']);
  });

  test('levels show their rank and name; they hold expectations and requirements that open their definition', async () => {
    const [core] = await api.treeProvider.getChildren(await customerEngineering());
    assert.ok(core);
    const levels = await api.treeProvider.getChildren(core);
    const level = levels[0];
    assert.ok(level);
    const levelItem = api.treeProvider.getTreeItem(level);
    assert.equal(label(levelItem), 'rank 1 · Customer Engineer');
    assert.equal(levelItem.command, undefined, 'a click expands the level');

    const items = (await api.treeProvider.getChildren(level)).map((node) => ({
      node,
      item: api.treeProvider.getTreeItem(node),
    }));
    assert.equal(items.filter(({ node }) => node.kind === 'expectation').length, 4);
    assert.equal(items.filter(({ node }) => node.kind === 'requirement').length, 4);
    const expectation = items.find(({ node }) => node.kind === 'expectation');
    assert.ok(expectation);
    const [uri, options] = expectation.item.command?.arguments ?? [];
    assert.ok(uri instanceof vscode.Uri && uri.path.endsWith('/customer-engineering.ladder.yaml'));
    const selection = (options as vscode.TextDocumentShowOptions).selection;
    assert.ok(selection, 'the expectation opens at its range');

    await vscode.commands.executeCommand(
      expectation.item.command?.command ?? '',
      ...(expectation.item.command?.arguments ?? []),
    );
    const editor = await waitFor('the ladder to open at the expectation', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()
        ? vscode.window.activeTextEditor
        : undefined,
    );
    assert.equal(editor.selection.start.line, selection.start.line);
    assert.match(
      editor.document.lineAt(selection.start.line).text,
      /customer-communication|support-tooling|collaboration|time-management/,
    );
  });

  test('selecting an expandable node opens its definition', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await waitFor('the ladder to open at the level', async () => {
      // Fresh nodes each time: a workspace change refreshes the view and replaces them.
      const [core] = await api.treeProvider.getChildren(await customerEngineering());
      const [level] = core ? await api.treeProvider.getChildren(core) : [];
      if (!level) throw new Error('no level under the first track');
      await api.treeView.reveal(level, { select: true, focus: true });
      const opened = vscode.window.visibleTextEditors.find((candidate) =>
        candidate.document.uri.path.endsWith('/customer-engineering.ladder.yaml'),
      );
      if (opened && opened.selection.start.line > 0) return opened;
      throw new Error(
        `view visible: ${api.treeView.visible}, selected: ${api.treeView.selection.map((node) => node.kind).join() || 'nothing'}`,
      );
    });
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /customer-engineer/);
  });

  test('assessments show the verdict on their focus level with a status icon', async () => {
    const children = await api.treeProvider.getChildren(await customerEngineering());
    const folder = children.find((node) => node.kind === 'assessments');
    assert.ok(folder);
    const assessments = await api.treeProvider.getChildren(folder);
    const items = new Map(
      assessments.map((node) => [label(api.treeProvider.getTreeItem(node)), api.treeProvider.getTreeItem(node)]),
    );
    for (const person of ['Alex Kim', 'Jordan Lee', 'Priya Nair'])
      assert.ok(items.has(person), `${person} is listed: ${[...items.keys()].join(', ')}`);
    const alex = items.get('Alex Kim');
    assert.ok(alex);
    assert.equal(alex.contextValue, 'assessment');
    assert.ok(alex.iconPath instanceof vscode.ThemeIcon);
    assert.equal(alex.description, 'Senior Engineer: eligible · 100%');
  });

  test('a requirement without an id reads as words, and items with errors are marked', async () => {
    const { document } = await openFile('customer-engineering.ladder.yaml');
    await replaceText(document, '    requirements:\n', '    requirements:\n      - check: peer-reveiw\n');
    const found = await waitFor('the misspelt check in the view', async () => {
      const [core] = await api.treeProvider.getChildren(await customerEngineering());
      const [level] = core ? await api.treeProvider.getChildren(core) : [];
      if (!level) throw new Error('no level under the first track');
      const requirement = (await api.treeProvider.getChildren(level))
        .map((node) => api.treeProvider.getTreeItem(node))
        .find((item) => label(item) === 'peer-reveiw recorded as passed');
      if (!requirement) throw new Error('not listed yet');
      return { level: api.treeProvider.getTreeItem(level), requirement };
    });
    assert.equal(found.requirement.description, '1 error');
    assert.ok(found.requirement.iconPath instanceof vscode.ThemeIcon);
    assert.equal(found.requirement.iconPath.id, 'error');
    assert.match(String(found.requirement.tooltip), /^peer-reveiw recorded as passed\nError: .*peer-reveiw/);
    assert.ok(found.level.iconPath instanceof vscode.ThemeIcon);
    assert.equal(found.level.iconPath.id, 'error');
    assert.match(String(found.level.description), /^1 error · → /);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('refresh asks the view to reload', async () => {
    const changed = new Promise<void>((resolve) => {
      const listener = api.treeProvider.onDidChangeTreeData(() => {
        listener.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('ladder.refresh');
    await changed;
    const roots = await api.treeProvider.getChildren();
    assert.equal(roots.length, ladders.length);
  });
});
