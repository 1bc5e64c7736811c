// The shipped samples must stay clean: `ladder check samples` exits 0.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { kindFromFileName } from '../../server/src/core';
import { ladder, REPO } from './helpers';

const samples = join(REPO, 'samples');
const hasLadder = existsSync(samples) && readdirSync(samples).some((name) => kindFromFileName(name) === 'Ladder');

describe('ladder check samples', () => {
  it('exits 0 on the samples', { skip: hasLadder ? false : 'samples/ holds no ladder file yet' }, () => {
    const result = ladder(['check', 'samples'], REPO);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout, /: error: /);
    assert.match(result.stderr, /^\d+ files checked: (no problems|0 errors)/);
  });
});
