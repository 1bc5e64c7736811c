import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizeUri } from '../../server/src/core';
import { pathToUri, uriToPath } from '../../server/src/node/fileUris';

const PATHS = [
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

describe('pathToUri', () => {
  it("spells every path as Node's conversion and the core's spelling do, plain paths by the short way", () => {
    for (const path of PATHS) assert.equal(pathToUri(path), normalizeUri(pathToFileURL(path).href), path);
  });
});

describe('uriToPath', () => {
  it("reads every URI as Node's conversion does, those of plain paths by the short way", () => {
    const uris = [
      ...PATHS.flatMap((path) => [pathToUri(path), pathToFileURL(path).href]),
      'file:///a/b%2Fc',
      'file:///a/%2e%2e/b',
      'file:///a//b',
      'file:///a/b?x=1',
      'file:///a/b#c',
      'file://host/a/b',
      'file:/a/b',
    ];
    for (const uri of uris) {
      let expected: string | undefined;
      try {
        expected = fileURLToPath(uri);
      } catch {
        expected = undefined;
      }
      assert.equal(uriToPath(uri), expected, uri);
    }
    assert.equal(uriToPath('untitled:Untitled-1'), undefined);
  });
});
