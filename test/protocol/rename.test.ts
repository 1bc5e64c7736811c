// Rename, Find All References and document highlights over a real stdio connection: prepareRename, a rename
// across the ladder, an open assessment and a closed review as one versioned workspace edit (asked at once
// after start-up: it waits for the index), the `ladder.rename.recordFormerly` setting read from the client,
// and refusals the editor shows.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { DocumentHighlight, Location, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { rangeOf } from './fixtures';
import { LspClient } from './lspClient';

const LADDER = `kind: Ladder
id: team
scale: [{id: 1}, {id: 2}, {id: 3}]
competencies:
  - id: writing
tracks: [{id: ic}]
levels:
  - id: junior
    track: ic
    rank: 1
    expectations: {writing: 1}
    next: [mid]
  - {id: mid, track: ic, rank: 2, expectations: {writing: 2}}
`;

const ASSESSMENT = `kind: SelfAssessment
person: Alex Kim
ladder: team.ladder.yaml
level: junior
target: mid
date: 2026-11-01
ratings:
  writing: 2
`;

const REVIEW = `kind: Review
assessment: alex.assessment.yaml
reviewer: Jordan Lee
role: manager
ratings:
  writing: 3
`;

describe('rename and references over stdio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-rename-'));
  writeFileSync(join(dir, 'team.ladder.yaml'), LADDER);
  writeFileSync(join(dir, 'alex.assessment.yaml'), ASSESSMENT);
  writeFileSync(join(dir, 'alex.manager.review.yaml'), REVIEW);
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const client = new LspClient();
  let settings: unknown = {};
  const settingsAsked: unknown[] = [];

  before(async () => {
    client.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      settingsAsked.push(...params.items);
      return params.items.map((item) => (item.section === 'ladder' ? settings : null));
    });
    await client.initialize(pathToFileURL(dir).href, {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
    });
    client.open(uri('alex.assessment.yaml'), ASSESSMENT);
  });

  after(() => client.close());

  const position = (text: string, needle: string, occurrence = 1) => rangeOf(text, needle, occurrence).start;

  it('prepares a rename on an id, and refuses elsewhere with a message', async () => {
    const prepared = await client.connection.sendRequest('textDocument/prepareRename', {
      textDocument: { uri: uri('alex.assessment.yaml') },
      position: position(ASSESSMENT, 'junior'),
    });
    assert.deepEqual(prepared, { range: rangeOf(ASSESSMENT, 'junior'), placeholder: 'junior' });
    await assert.rejects(
      client.connection.sendRequest('textDocument/prepareRename', {
        textDocument: { uri: uri('alex.assessment.yaml') },
        position: position(ASSESSMENT, 'Alex Kim'),
      }),
      {
        code: -32803,
        message:
          'Only ids can be renamed: put the cursor on a competency, level, track, scale, check, metric or requirement id, or on the id of a ladder or catalogue.',
      },
    );
  });

  it('renames a competency in the ladder, the open assessment and the closed review as one versioned edit, recording formerly', async () => {
    const edit = (await client.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: uri('alex.assessment.yaml') },
      position: position(ASSESSMENT, 'writing'),
      newName: 'clear-writing',
    })) as WorkspaceEdit;
    // The setting is read from the client (its default, true, here).
    assert.deepEqual(settingsAsked.at(-1), { section: 'ladder' });
    const changes = edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(
      changes.map((change) => [change.textDocument.uri, change.textDocument.version]),
      [
        [uri('alex.assessment.yaml'), 1],
        [uri('alex.manager.review.yaml'), null],
        [uri('team.ladder.yaml'), null],
      ],
    );
    assert.deepEqual(changes[0]!.edits, [{ range: rangeOf(ASSESSMENT, 'writing'), newText: 'clear-writing' }]);
    assert.deepEqual(changes[1]!.edits, [{ range: rangeOf(REVIEW, 'writing'), newText: 'clear-writing' }]);
    assert.deepEqual(changes[2]!.edits, [
      { range: rangeOf(LADDER, 'writing'), newText: 'clear-writing' },
      {
        range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } },
        newText: '    formerly: [writing]\n',
      },
      { range: rangeOf(LADDER, 'writing', 2), newText: 'clear-writing' },
      { range: rangeOf(LADDER, 'writing', 3), newText: 'clear-writing' },
    ]);
  });

  it('leaves formerly alone when the setting is off', async () => {
    settings = { rename: { recordFormerly: false } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const edit = (await client.connection.sendRequest('textDocument/rename', {
      textDocument: { uri: uri('team.ladder.yaml') },
      position: position(LADDER, 'mid', 2),
      newName: 'senior',
    })) as WorkspaceEdit;
    const changes = edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(
      changes.map((change) => [change.textDocument.uri, change.edits.map((e) => [e.range.start.line, e.newText])]),
      [
        [uri('alex.assessment.yaml'), [[4, 'senior']]],
        [
          uri('team.ladder.yaml'),
          [
            [11, 'senior'],
            [12, 'senior'],
          ],
        ],
      ],
    );
  });

  it('refuses an invalid or taken id with a message', async () => {
    const rename = (newName: string) =>
      client.connection.sendRequest('textDocument/rename', {
        textDocument: { uri: uri('team.ladder.yaml') },
        position: position(LADDER, 'junior'),
        newName,
      });
    await assert.rejects(rename('Junior'), {
      code: -32803,
      message:
        "'Junior' is not a valid id: ids are lower-case letters, digits and hyphens, starting with a letter or a digit (^[a-z0-9][a-z0-9-]*$).",
    });
    await assert.rejects(rename('mid'), { code: -32803, message: "The ladder already has a level 'mid'." });
  });

  it('finds every reference across files, and highlights those of the file', async () => {
    const locations = (await client.connection.sendRequest('textDocument/references', {
      textDocument: { uri: uri('team.ladder.yaml') },
      position: position(LADDER, 'writing'),
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(locations, [
      { uri: uri('alex.assessment.yaml'), range: rangeOf(ASSESSMENT, 'writing') },
      { uri: uri('alex.manager.review.yaml'), range: rangeOf(REVIEW, 'writing') },
      { uri: uri('team.ladder.yaml'), range: rangeOf(LADDER, 'writing') },
      { uri: uri('team.ladder.yaml'), range: rangeOf(LADDER, 'writing', 2) },
      { uri: uri('team.ladder.yaml'), range: rangeOf(LADDER, 'writing', 3) },
    ]);
    const highlights = (await client.connection.sendRequest('textDocument/documentHighlight', {
      textDocument: { uri: uri('team.ladder.yaml') },
      position: position(LADDER, 'ic', 2),
    })) as DocumentHighlight[];
    assert.deepEqual(highlights, [
      { range: rangeOf(LADDER, 'ic'), kind: 3 },
      { range: rangeOf(LADDER, 'ic', 2), kind: 2 },
      { range: rangeOf(LADDER, 'ic', 3), kind: 2 },
    ]);
  });
});
