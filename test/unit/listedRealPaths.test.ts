// `ladder check` reads the files it listed through the real paths the listing resolved (collectFiles), not
// resolving each again; on a real temporary folder, a file swapped for a link since the listing is still
// refused, and a file the listing did not resolve (a link) is resolved when read.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { collectFiles } from '../../server/src/cli/collectFiles';
import { createCliService } from '../../server/src/cli/createService';
import { pathToUri } from '../../server/src/node/fileUris';
import { RealRoots } from '../../server/src/node/realRoots';
import { BASE_LADDER } from './helpers';

describe('real paths from the listing', () => {
  let base: string;
  let ws: string;
  let realWs: string;

  before(() => {
    base = mkdtempSync(join(tmpdir(), 'ladder-listed-'));
    ws = join(base, 'ws');
    mkdirSync(join(ws, 'ladders'), { recursive: true });
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'secret.ladder.yaml'), BASE_LADDER);
    writeFileSync(join(ws, 'ladders', 'base.ladder.yaml'), BASE_LADDER);
    writeFileSync(join(ws, 'ladders', 'swapped.ladder.yaml'), BASE_LADDER);
    symlinkSync(join(ws, 'ladders', 'base.ladder.yaml'), join(ws, 'alias.ladder.yaml'));
    realWs = realpathSync(ws);
  });

  after(() => rmSync(base, { recursive: true, force: true }));

  it("are the folder's real path and the name, for files only, not for links", () => {
    const { files, realPaths } = collectFiles([ws], ws, new RealRoots([ws]));
    assert.deepEqual(files, [
      join(ws, 'alias.ladder.yaml'),
      join(ws, 'ladders', 'base.ladder.yaml'),
      join(ws, 'ladders', 'swapped.ladder.yaml'),
    ]);
    assert.deepEqual(
      [...realPaths],
      [
        [join(ws, 'ladders', 'base.ladder.yaml'), join(realWs, 'ladders', 'base.ladder.yaml')],
        [join(ws, 'ladders', 'swapped.ladder.yaml'), join(realWs, 'ladders', 'swapped.ladder.yaml')],
      ],
    );
  });

  it('read the listed files, resolve a link when it is read, and refuse a file swapped for a link since', () => {
    const { realPaths } = collectFiles([ws], ws, new RealRoots([ws]));
    const swapped = join(ws, 'ladders', 'swapped.ladder.yaml');
    unlinkSync(swapped);
    symlinkSync(join(base, 'outside', 'secret.ladder.yaml'), swapped);
    const { workspace } = createCliService([ws], realPaths);
    assert.equal(workspace.file(pathToUri(join(ws, 'ladders', 'base.ladder.yaml'))).analyzed?.kind, 'Ladder');
    assert.equal(workspace.file(pathToUri(join(ws, 'alias.ladder.yaml'))).analyzed?.kind, 'Ladder');
    assert.deepEqual(workspace.file(pathToUri(swapped)).failure, {
      reason: 'unreadable',
      message: 'it was replaced by a symbolic link while being read',
    });
    // Without the listing's answer, the link is resolved, and leads outside.
    assert.deepEqual(createCliService([ws]).workspace.file(pathToUri(swapped)).failure, {
      reason: 'outside-workspace',
      message: 'it leads outside the current folder and the paths given through a symbolic link',
    });
  });
});
