// Renamed ids over a real stdio connection: the renamed-id warning, its one code action, and the
// workspace-wide edits of "Fix Renamed Ids in Workspace" (versioned for open files, annotated for preview).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { RenamedIdEditsRequest } from '../../server/src/protocol';
import { rangeOf } from './fixtures';
import { LspClient } from './lspClient';

const LADDER = `kind: Ladder
id: team
name: Team
scale: [{id: 1}, {id: 2}, {id: 3}]
competencies:
  - {id: writing, name: Writing, formerly: [docs]}
tracks: [{id: ic, name: IC}]
levels:
  - {id: junior, name: Junior, track: ic, rank: 1, expectations: {docs: 1}, next: [mid]}
  - {id: mid, name: Mid, track: ic, rank: 2, formerly: [intermediate], expectations: {writing: 2}}
`;

const OPEN_ASSESSMENT = `kind: SelfAssessment
person: Alex Kim
ladder: team.ladder.yaml
level: junior
target: intermediate
date: 2026-11-01
ratings:
  docs: 2
`;

const CLOSED_ASSESSMENT = `kind: SelfAssessment
person: Sam Ortiz
ladder: team.ladder.yaml
level: intermediate
date: 2026-11-01
ratings: {docs: 3}
`;

describe('renamed ids over stdio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-renamed-'));
  writeFileSync(join(dir, 'team.ladder.yaml'), LADDER);
  writeFileSync(join(dir, 'alex.assessment.yaml'), OPEN_ASSESSMENT);
  writeFileSync(join(dir, 'sam.assessment.yaml'), CLOSED_ASSESSMENT);
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const client = new LspClient();

  before(async () => {
    await client.initialize(pathToFileURL(dir).href);
    client.open(uri('alex.assessment.yaml'), OPEN_ASSESSMENT);
  });

  after(() => client.close());

  it('warns about each former id and offers one code action that replaces them all in one edit', async () => {
    const diagnostics = await client.diagnostics(uri('alex.assessment.yaml'), (list) =>
      list.some((d) => d.code === 'renamed-id'),
    );
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'renamed-id').map((d) => [d.message, d.severity]),
      [
        ["Level 'intermediate' was renamed to 'mid'.", 2],
        ["Competency 'docs' was renamed to 'writing'.", 2],
      ],
    );
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: uri('alex.assessment.yaml') },
      range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => a.title),
      [
        "Replace 'intermediate' with 'mid'",
        'Replace all 2 former ids in this file with the current ones',
        "Replace 'docs' with 'writing'",
      ],
    );
    assert.deepEqual(actions[1]!.edit, {
      changes: {
        [uri('alex.assessment.yaml')]: [
          { range: rangeOf(OPEN_ASSESSMENT, 'intermediate'), newText: 'mid' },
          { range: rangeOf(OPEN_ASSESSMENT, 'docs'), newText: 'writing' },
        ],
      },
    });
  });

  it("answers the workspace request with every file's edits, annotated for confirmation, open files versioned", async () => {
    const edit = (await client.connection.sendRequest(RenamedIdEditsRequest.method, {})) as WorkspaceEdit;
    assert.deepEqual(edit.changeAnnotations, {
      'docs -> writing': {
        label: "Rename 'docs' to 'writing'",
        needsConfirmation: true,
        description: '3 references to the former id',
      },
      'intermediate -> mid': {
        label: "Rename 'intermediate' to 'mid'",
        needsConfirmation: true,
        description: '2 references to the former id',
      },
    });
    const changes = edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(
      changes.map((change) => [change.textDocument.uri, change.textDocument.version]),
      [
        [uri('alex.assessment.yaml'), 1],
        [uri('sam.assessment.yaml'), null],
        [uri('team.ladder.yaml'), null],
      ],
    );
    assert.deepEqual(changes[1]!.edits, [
      { range: rangeOf(CLOSED_ASSESSMENT, 'intermediate'), newText: 'mid', annotationId: 'intermediate -> mid' },
      { range: rangeOf(CLOSED_ASSESSMENT, 'docs'), newText: 'writing', annotationId: 'docs -> writing' },
    ]);
    assert.deepEqual(changes[2]!.edits, [
      { range: rangeOf(LADDER, 'docs', 2), newText: 'writing', annotationId: 'docs -> writing' },
    ]);
  });
});

describe('renamed ids over stdio, asked for at start-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-renamed-start-'));
  const people = 300;
  writeFileSync(join(dir, 'team.ladder.yaml'), LADDER);
  for (let index = 0; index < people; index++)
    writeFileSync(join(dir, `person-${index}.assessment.yaml`), CLOSED_ASSESSMENT);
  const client = new LspClient();

  after(() => client.close());

  it('waits for the workspace to be indexed, so that no file is left out', async () => {
    await client.initialize(pathToFileURL(dir).href);
    const edit = (await client.connection.sendRequest(RenamedIdEditsRequest.method, {})) as WorkspaceEdit;
    assert.equal((edit.documentChanges as TextDocumentEdit[]).length, people + 1);
    assert.equal(edit.changeAnnotations?.['docs -> writing']?.description, `${people + 1} references to the former id`);
  });
});
