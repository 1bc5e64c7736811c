// The URIs of a virtual workspace inside the language server: a file URI on a host that cannot exist, so
// references resolve in it as on disk, and back to the client's URI in every answer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UriMap } from '../../server/src/lsp/uriMap';
import { fileToVirtualUri, virtualToFileUri } from '../../server/src/lsp/virtualUris';

describe('virtual workspace URIs', () => {
  it('stands a URI of another scheme as a file URI on virtual.invalid, and back', () => {
    const github = 'vscode-vfs://github/owner/repo/team/alex.assessment.yaml';
    assert.equal(
      virtualToFileUri(github),
      'file://virtual.invalid/vscode-vfs/@github/owner/repo/team/alex.assessment.yaml',
    );
    assert.equal(fileToVirtualUri(virtualToFileUri(github)!), github);
    assert.equal(virtualToFileUri('memfs:/team/a.ladder.yaml'), 'file://virtual.invalid/memfs/@/team/a.ladder.yaml');
    assert.equal(fileToVirtualUri('file://virtual.invalid/memfs/@/team/a.ladder.yaml'), 'memfs:///team/a.ladder.yaml');
  });

  it('leaves file and untitled URIs, and URIs with a query, as they are', () => {
    assert.equal(virtualToFileUri('file:///home/a/x.ladder.yaml'), undefined);
    assert.equal(virtualToFileUri('untitled:Untitled-1'), undefined);
    assert.equal(virtualToFileUri('git:/a/x.ladder.yaml?ref=HEAD'), undefined);
    assert.equal(fileToVirtualUri('file:///home/a/x.ladder.yaml'), undefined);
  });

  it('answers in the spelling the client used', () => {
    const uris = new UriMap();
    const core = uris.fromClient('memfs:/team/support.ladder.yaml');
    assert.equal(core, 'file://virtual.invalid/memfs/@/team/support.ladder.yaml');
    assert.equal(uris.toClient(core), 'memfs:/team/support.ladder.yaml');
    // A file the client never named (a reference the server resolved) gets the URI it stands for.
    assert.equal(
      uris.toClient('file://virtual.invalid/memfs/@/team/core.competencies.yaml'),
      'memfs:///team/core.competencies.yaml',
    );
    assert.equal(uris.fromClient('file:///home/a/x.ladder.yaml'), 'file:///home/a/x.ladder.yaml');
  });
});
