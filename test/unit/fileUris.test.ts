import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { normalizeUri } from '../../server/src/core';
import { pathToUri } from '../../server/src/node/fileUris';

describe('pathToUri', () => {
  it("spells every path as Node's conversion and the core's spelling do, plain paths by the short way", () => {
    const paths = [
      '/tmp/ws/people/team-01/person-0001.assessment.yaml',
      '/a/.hidden/x.yaml',
      '/a/./b',
      '/a/../b',
      '/a/b/',
      '//a/b',
      '/',
      '/a/.',
      '/a/..',
      '/a/...',
      '/a/.b.',
      '/-x/_y/~z/+w',
      '/a b/c',
      '/a/é',
      '/a/b%20c',
      '/a/x?y',
      '/a/#',
      '/a/b:c',
    ];
    for (const path of paths) assert.equal(pathToUri(path), normalizeUri(pathToFileURL(path).href), path);
  });
});
