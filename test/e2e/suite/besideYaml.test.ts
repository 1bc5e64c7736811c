// Beside a YAML extension (the launchers load yaml-standin/, which runs the real yaml-language-server for the
// `yaml` language as Red Hat's YAML extension does): ladder files have a language of their own, so the YAML
// server never sees them, and every problem, completion item, hover, outline, lens and format is ours alone.
// A plain YAML file with a `$schema` modeline shows that the YAML server is running and would have answered.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { isLadderFileUri, LADDER_LANGUAGE_ID } from '../../../client/src/ladderFiles';
import type { YamlStandinApi } from '../yaml-standin/extension';
import { closeAllEditors, deleteFiles, extensionApi, openFile, waitFor, workspaceFile } from './extensionHelpers';

const STANDIN_ID = 'career-ladder-tests.yaml-standin';
/** The source of this extension's diagnostics. */
const OURS = 'ladder';

const LADDER = [
  'kind: Ladder',
  'id: coexist',
  'name: Coexisting Ladder',
  'scale:',
  '  - id: 1',
  '    name: Learning',
  '  - id: 2',
  '    name: Practising',
  'competencies:',
  '  - id: writing',
  '    name: Writing',
  'tracks:',
  '  - { id: ic, name: IC }',
  'levels:',
  '  - id: engineer',
  '    name: Engineer',
  '    track: ic',
  '    rank: 1',
  '',
].join('\n');

/** One problem that both servers know from the schema: a key a ladder does not have. */
const LADDER_WITH_UNKNOWN_KEY = LADDER.replace('name: Coexisting Ladder\n', 'name: Coexisting Ladder\ncolour: blue\n');

const PLAIN_SCHEMA = JSON.stringify({
  title: 'Plain settings',
  type: 'object',
  properties: { name: { type: 'string', description: 'What the settings are called.' }, items: { type: 'object' } },
  additionalProperties: false,
});

/** Not a ladder file: the YAML server serves it, with the schema its modeline names. */
const PLAIN = [
  '# yaml-language-server: $schema=./plain.schema.json',
  'name: settings',
  'colour: blue',
  'items: {id: ic, name: IC}',
  '',
].join('\n');

const labelOf = (item: vscode.CompletionItem): string =>
  typeof item.label === 'string' ? item.label : item.label.label;

/** Labels offered more than once. */
const repeated = (labels: string[]): string[] => [
  ...new Set(labels.filter((label, index) => labels.indexOf(label) !== index)),
];

/** The document's text after the edits Format Document would make. */
async function formatted(uri: vscode.Uri): Promise<string> {
  const document = await vscode.workspace.openTextDocument(uri);
  const text = document.getText();
  const edits =
    (await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', uri, {
      tabSize: 2,
      insertSpaces: true,
    })) ?? [];
  const offsets = edits
    .map((edit) => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), edit }))
    .sort((a, b) => b.start - a.start);
  return offsets.reduce(
    (result, { start, end, edit }) => result.slice(0, start) + edit.newText + result.slice(end),
    text,
  );
}

suite('beside the YAML extension', () => {
  const ladder = workspaceFile('coexist.ladder.yaml');
  const problem = workspaceFile('coexist-problem.ladder.yaml');
  const plain = workspaceFile('plain-settings.yaml');
  const plainSchema = workspaceFile('plain.schema.json');
  let standin: YamlStandinApi;

  suiteSetup(async () => {
    const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
    await vscode.workspace.fs.writeFile(ladder, encode(LADDER));
    await vscode.workspace.fs.writeFile(problem, encode(LADDER_WITH_UNKNOWN_KEY));
    await vscode.workspace.fs.writeFile(plainSchema, encode(PLAIN_SCHEMA));
    await vscode.workspace.fs.writeFile(plain, encode(PLAIN));
    await extensionApi();
    const extension = vscode.extensions.getExtension<YamlStandinApi>(STANDIN_ID);
    if (!extension) throw new Error(`${STANDIN_ID} is not installed: the launcher loads it beside the extension`);
    standin = await extension.activate();
    await standin.ready;
  });

  teardown(closeAllEditors);

  suiteTeardown(() => deleteFiles(ladder, problem, plain, plainSchema));

  test('ladder files have the Career Ladder language and never reach the YAML server; plain YAML does', async () => {
    for (const name of ['coexist.ladder.yaml', 'customer-engineering.ladder.yaml', 'alex-kim.assessment.yaml']) {
      assert.equal((await openFile(name)).document.languageId, LADDER_LANGUAGE_ID, name);
    }
    const { document } = await openFile('plain-settings.yaml');
    assert.equal(document.languageId, 'yaml');
    await waitFor('the YAML server to have the plain file', () => standin.servedDocuments().includes(plain.toString()));
    assert.deepEqual(
      standin.servedDocuments().filter((uri) => isLadderFileUri(vscode.Uri.parse(uri))),
      [],
    );
  });

  test('a problem in a ladder file is reported once, by this extension', async () => {
    const { document } = await openFile('coexist-problem.ladder.yaml');
    const line = document.getText().split('\n').indexOf('colour: blue');
    const onLine = (): vscode.Diagnostic[] =>
      vscode.languages.getDiagnostics(problem).filter((diagnostic) => diagnostic.range.start.line === line);
    await waitFor('our report of the unknown key', () => onLine().length > 0);
    // The YAML server reports the same kind of problem in the plain file, opened afterwards.
    await openFile('plain-settings.yaml');
    const yamlReports = await waitFor('the YAML server’s report of the unknown key in the plain file', () => {
      const reports = vscode.languages.getDiagnostics(plain).filter((diagnostic) => diagnostic.range.start.line === 2);
      return reports.length > 0 ? reports : undefined;
    });
    assert.deepEqual(
      yamlReports.map((diagnostic) => [diagnostic.source, diagnostic.message]),
      [['yaml-schema: Plain settings', 'Property colour is not allowed.']],
    );
    assert.deepEqual(
      onLine().map((diagnostic) => [diagnostic.source, diagnostic.message]),
      [[OURS, "Unknown key 'colour' in the document."]],
    );
    assert.deepEqual(
      vscode.languages.getDiagnostics(problem).filter((diagnostic) => diagnostic.source !== OURS),
      [],
    );
  });

  test('completion offers each item once', async () => {
    const { document } = await openFile('coexist.ladder.yaml');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(ladder, new vscode.Position(3, 0), '\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const labels = await waitFor('completion of the keys a ladder has not used', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
          'vscode.executeCompletionItemProvider',
          ladder,
          new vscode.Position(3, 0),
        );
        const found = list.items.map(labelOf);
        return found.includes('description') ? found : undefined;
      });
      assert.deepEqual(repeated(labels), [], labels.join(', '));
    } finally {
      await vscode.commands.executeCommand('undo');
      await waitFor('the inserted line to be undone', () => !document.isDirty);
    }
  });

  test('a hover has one part', async () => {
    await openFile('coexist.ladder.yaml');
    const hovers = await waitFor('a hover on `tracks`', async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        ladder,
        new vscode.Position(11, 2),
      );
      return found.length > 0 ? found : undefined;
    });
    assert.equal(hovers.length, 1);
    assert.equal(hovers[0]!.contents.length, 1);
  });

  test('the outline has one group', async () => {
    await openFile('coexist.ladder.yaml');
    const symbols = await waitFor('the outline', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        ladder,
      );
      return found.length > 0 ? found : undefined;
    });
    const names = symbols.map((symbol) => symbol.name);
    assert.deepEqual(repeated(names), [], names.join(', '));
  });

  test('no code lens in a ladder file is the YAML server’s', async () => {
    // The YAML server puts its schema's lens at the top of a file it serves.
    await openFile('plain-settings.yaml');
    const plainLenses = await waitFor('the YAML server’s schema lens on the plain file', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', plain);
      return found.length > 0 ? found : undefined;
    });
    assert.deepEqual(
      plainLenses.map((lens) => [lens.range.start.line, lens.command?.command, lens.command?.title]),
      [[1, 'jumpToSchema', 'Plain settings (plain.schema.json)']],
    );
    await openFile('coexist.ladder.yaml');
    const lenses = await waitFor('our lenses on the ladder', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', ladder);
      return found.length > 0 ? found : undefined;
    });
    assert.deepEqual(
      lenses.filter((lens) => lens.command?.command && !lens.command.command.startsWith('ladder.')),
      [],
    );
  });

  test('Format Document formats a ladder file in this extension’s style, not the YAML server’s', async () => {
    await openFile('plain-settings.yaml');
    const plainFormatted = await waitFor('the YAML server’s formatting of the plain file', async () => {
      const text = await formatted(plain);
      return text !== PLAIN ? text : undefined;
    });
    assert.equal(plainFormatted, PLAIN.replace('{id: ic, name: IC}', '{ id: ic, name: IC }'));

    // With two formatters for the file and no default one, Format Document would ask which to use instead.
    const { document } = await openFile('coexist.ladder.yaml');
    const tidy = LADDER.replace('{ id: ic, name: IC }', '{id: ic, name: IC}');
    await waitFor('our formatting of the ladder', async () => {
      await vscode.commands.executeCommand('editor.action.formatDocument');
      return document.getText() === tidy || undefined;
    });
    await vscode.commands.executeCommand('undo');
    await waitFor('the ladder as written after one undo', () => document.getText() === LADDER || undefined);
  });
});
