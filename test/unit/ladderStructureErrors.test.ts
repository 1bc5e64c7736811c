// The Career Ladders view marks what has errors: the ladder structure carries the messages of the errors
// inside each level, expectation and requirement, and an id-less requirement reads as words, not YAML.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ladderStructure } from '../../server/src/lsp/structureHandler';
import { UriMap } from '../../server/src/lsp/uriMap';
import { edit } from './features/support';
import { BASE_LADDER, NOW, uri, workspaceOf } from './helpers';

const LADDER = edit(BASE_LADDER, '      - check: peer-review', '      - check: peer-reveiw');

describe('the ladder view marks items with errors', () => {
  const { ws } = workspaceOf({ 'l.ladder.yaml': LADDER });
  const structure = ladderStructure(ws, uri('l.ladder.yaml'), new UriMap(), NOW())!;
  const levels = structure.tracks.flatMap((track) => track.levels);
  const senior = levels.find((level) => level.id === 'senior')!;
  const unknownCheck = ws.diagnostics(uri('l.ladder.yaml')).find((d) => d.severity === 'error')!;

  it('names a requirement without an id by what it asks, and gives it the error reported in it', () => {
    assert.equal(structure.errorCount, 1);
    assert.deepEqual(
      senior.requirements.map(({ id, label, errors }) => ({ id, label, errors })),
      [
        { id: 'tenure', label: 'At least 1 year at rank 1', errors: undefined },
        { id: undefined, label: 'peer-reveiw recorded as passed', errors: [unknownCheck.message] },
      ],
    );
  });

  it('marks the level holding it, and nothing else', () => {
    assert.deepEqual(senior.errors, [unknownCheck.message]);
    assert.deepEqual(
      levels.filter((level) => level.errors).map((level) => level.id),
      ['senior'],
    );
    assert.equal(senior.expectations.filter((expectation) => expectation.errors).length, 0);
  });
});
