// Workspace folders added or removed after start-up, over a real stdio connection: the new folder's
// files are indexed and diagnosed, references into it resolve; a removed folder's files are dropped.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { LspClient } from './lspClient';

const LADDER = `kind: Ladder
id: team
name: Team
scale: [{id: 1}, {id: 2}]
competencies: [{id: writing, name: Writing}]
tracks: [{id: ic, name: IC}]
levels:
  - {id: junior, name: Junior, track: ic, rank: 1, expectations: {writing: 1}}
`;

const BROKEN_LADDER = `kind: Ladder
id: other
name: Other
scale: [{id: 1}]
levels:
  - {id: one, name: One, track: nowhere, rank: 1}
`;

const ASSESSMENT = `kind: SelfAssessment
person: Alex Kim
ladder: ../shared/team.ladder.yaml
level: junior
date: 2026-11-01
ratings: {writing: 2}
`;

function folders() {
  const root = mkdtempSync(join(tmpdir(), 'ladder-folders-'));
  mkdirSync(join(root, 'people'));
  mkdirSync(join(root, 'shared'));
  writeFileSync(join(root, 'people', 'alex.assessment.yaml'), ASSESSMENT);
  writeFileSync(join(root, 'shared', 'team.ladder.yaml'), LADDER);
  writeFileSync(join(root, 'shared', 'other.ladder.yaml'), BROKEN_LADDER);
  const uri = (path: string) => pathToFileURL(join(root, path)).href;
  return {
    people: uri('people'),
    shared: uri('shared'),
    assessment: uri('people/alex.assessment.yaml'),
    broken: uri('shared/other.ladder.yaml'),
  };
}

describe('workspace folders changed after start-up', () => {
  const paths = folders();
  const client = new LspClient();
  const codes = async (uri: string, accept: (codes: string[]) => boolean) =>
    (await client.diagnostics(uri, (list) => accept(list.map((d) => String(d.code))))).map((d) => String(d.code));
  const changeFolders = (added: string[], removed: string[]) =>
    client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: added.map((uri) => ({ uri, name: 'f' })), removed: removed.map((uri) => ({ uri, name: 'f' })) },
    });

  before(async () => {
    const result = (await client.initialize(paths.people)) as {
      capabilities: { workspace?: { workspaceFolders?: unknown } };
    };
    assert.deepEqual(result.capabilities.workspace?.workspaceFolders, { supported: true, changeNotifications: true });
  });

  after(() => client.close());

  it('refuses a ladder outside the only folder at start-up', async () => {
    const found = await client.diagnostics(paths.assessment, (list) => list.length > 0);
    assert.deepEqual(
      found.map((d) => [d.code, d.message]),
      [['ladder-not-found', "Cannot read ladder '../shared/team.ladder.yaml': it is outside the workspace folders."]],
    );
    assert.equal(
      client.published.some((entry) => entry.uri === paths.broken),
      false,
    );
  });

  it('indexes a folder added later: its files are diagnosed and references into it resolve', async () => {
    const before = client.published.length;
    await changeFolders([paths.shared], []);
    assert.deepEqual(await codes(paths.assessment, (list) => list.length === 0), []);
    const broken = await client.diagnostics(paths.broken, (list) => list.length > 0, before);
    assert.deepEqual(
      broken.map((d) => d.code),
      ['missing-key', 'unknown-reference'],
    );
  });

  it('drops a folder removed later: its diagnostics are cleared and references out of it fail again', async () => {
    const before = client.published.length;
    await changeFolders([], [paths.shared]);
    assert.deepEqual(await client.diagnostics(paths.broken, (list) => list.length === 0, before), []);
    assert.deepEqual(await codes(paths.assessment, (list) => list.length > 0), ['ladder-not-found']);
  });
});
