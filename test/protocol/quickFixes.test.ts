import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { LineMap } from '../../server/src/core';
import { LADDER, rangeOf, writeWorkspace } from './fixtures';
import { LspClient } from './lspClient';

function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const map = new LineMap(text);
  return [...edits]
    .sort((a, b) => map.offset(b.range.start) - map.offset(a.range.start))
    .reduce(
      (result, edit) =>
        result.slice(0, map.offset(edit.range.start)) + edit.newText + result.slice(map.offset(edit.range.end)),
      text,
    );
}

describe('quick fixes over stdio', () => {
  const files = writeWorkspace();
  const client = new LspClient();

  before(async () => {
    await client.initialize(files.root);
    client.open(files.ladder, LADDER);
    await client.diagnostics(files.ladder, (list) => list.length === 0);
  });

  after(() => client.close());

  /** Replaces the ladder's text and waits for its diagnostics to satisfy `accept`. */
  async function show(text: string, accept: (list: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    const since = client.published.length;
    client.replace(files.ladder, text);
    return client.diagnostics(files.ladder, accept, since);
  }

  async function actionsAt(diagnostic: Diagnostic): Promise<CodeAction[]> {
    return (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: files.ladder },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
  }

  it('creates the level a next names, in one edit that leaves no finding', async () => {
    const text = LADDER.replace('    next: [senior]', '    next: [senior, lead]');
    const [unknown] = await show(text, (list) => list.length > 0);
    assert.equal(unknown?.message, "Unknown level 'lead'.");
    assert.deepEqual(unknown.range, rangeOf(text, 'lead'));
    const actions = await actionsAt(unknown);
    assert.deepEqual(
      actions.map((a) => a.title),
      ["Remove 'lead' from next", "Create level 'lead'"],
    );
    const create = actions[1]!;
    assert.deepEqual(create.diagnostics?.[0]?.code, 'unknown-reference');
    const edits = create.edit?.changes?.[files.ladder] ?? [];
    assert.equal(edits.length, 1);
    const fixed = applyTextEdits(text, edits);
    assert.equal(fixed, `${text}  - id: lead\n    name: Lead\n    track: ic\n    rank: 2\n`);
    assert.deepEqual(await show(fixed, (list) => list.length === 0), []);
  });

  it('reports one mis-indented line once, and re-indents it', async () => {
    const text = LADDER.replace('    track: ic\n    rank: 2', '    track: ic\n   rank: 2');
    const diagnostics = await show(text, (list) => list.length > 0);
    assert.deepEqual(
      diagnostics.map((d) => ({ code: d.code, message: d.message, range: d.range })),
      [
        {
          code: 'bad-indentation',
          message: 'Line 30 is indented 3 spaces; its siblings use 4.',
          range: rangeOf(text, '   rank: 2'),
        },
      ],
    );
    const [fix] = await actionsAt(diagnostics[0]!);
    assert.equal(fix?.title, 'Indent line 30 by 4 spaces');
    assert.equal(fix.isPreferred, true);
    assert.equal(applyTextEdits(text, fix.edit?.changes?.[files.ladder] ?? []), LADDER);
  });
});
