// Big documents go to the worker thread only in a workspace on disk: the worker reads the disk itself,
// and the files of a virtual workspace come through the client, which only the server's thread asks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inThreadRunner, type AnalysisRunner } from '../../server/src/lsp/analysisRunner';
import { diskOnlyAnalyses } from '../../server/src/lsp/nodePlatform';

describe('analyses off the server thread', () => {
  const elsewhere: AnalysisRunner = { ...inThreadRunner, handles: () => true };
  const analyses = diskOnlyAnalyses(() => elsewhere);

  it('go elsewhere for folders on disk', () => {
    assert.equal(analyses({ maxFileChars: 1000, roots: ['file:///home/team'] }), elsewhere);
  });

  it('stay on the server thread when a folder is virtual', () => {
    const roots = ['file:///home/team', 'file://virtual.invalid/vscode-vfs/@github/o/r'];
    assert.equal(analyses({ maxFileChars: 1000, roots }), inThreadRunner);
  });
});
