// The server tells the client what its index is doing (the language status item shows it): the files
// it is about to index after start-up, then that it is ready and how many files it knows.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { IndexingNotification, type IndexingParams } from '../../server/src/protocol';
import { LspClient, pollFor } from './lspClient';

const LADDER = `kind: Ladder
id: team
name: Team
scale: [{id: 1}, {id: 2}]
competencies: [{id: writing, name: Writing}]
tracks: [{id: ic, name: IC}]
levels:
  - {id: junior, name: Junior, track: ic, rank: 1, expectations: {writing: 1}}
`;

describe('ladder/indexing', () => {
  const root = mkdtempSync(join(tmpdir(), 'ladder-indexing-'));
  mkdirSync(join(root, 'team'));
  writeFileSync(join(root, 'team', 'team.ladder.yaml'), LADDER);
  writeFileSync(
    join(root, 'team', 'alex.assessment.yaml'),
    'kind: SelfAssessment\nperson: Alex\nladder: team.ladder.yaml\nlevel: junior\ndate: "2026-11-01"\nratings: {writing: 2}\n',
  );
  writeFileSync(join(root, 'notes.yaml'), 'not: a ladder file\n');
  const client = new LspClient();
  const seen: IndexingParams[] = [];
  client.connection.onNotification(IndexingNotification.method, (params: IndexingParams) => seen.push(params));
  after(async () => {
    await client.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('says indexing with the files found, then ready with the files known', async () => {
    await client.initialize(pathToFileURL(root).href);
    await pollFor(() => (seen.some((params) => params.state === 'ready') ? true : undefined), 'the ready notification');
    assert.deepEqual(seen, [
      { state: 'indexing', files: 2 },
      { state: 'ready', files: 2 },
    ]);
  });
});
