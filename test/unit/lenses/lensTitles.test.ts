// Where the verdict lenses of an assessment go: on the lines of `level:` and `target:` that the server
// reports, without the client reading the YAML.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { handleScore } from '../../../server/src/lsp/scoreHandler';
import type { ScoreResult } from '../../../server/src/protocol';
import { uri, workspaceOf, yaml } from '../helpers';
import { createFakeVscode, installFakeVscode } from '../panel/fakeVscode';

installFakeVscode(createFakeVscode().api);
let lenses: typeof import('../../../client/src/lenses/lensTitles');

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 5 } });
const level = (id: string, status: 'eligible' | 'not-yet', readiness: number) => ({
  id,
  name: id.toUpperCase(),
  track: 'ic',
  rank: 2,
  status,
  readiness,
  expectations: [],
  requirements: [],
});

function result(extra: Partial<ScoreResult>): ScoreResult {
  return {
    uri: 'file:///ws/a.assessment.yaml',
    report: {
      person: 'Ana',
      ladder: 'l',
      level: 'one',
      asOf: '2026-11-01',
      levels: [level('senior', 'eligible', 1), level('staff', 'not-yet', 0.5), level('other', 'eligible', 1)],
    },
    focus: ['senior', 'staff'],
    target: 'staff',
    scale: [],
    competencies: [],
    ratingRanges: {},
    levelRanges: {},
    readinessPercent: { senior: 100, staff: 50, other: 100 },
    errorCount: 0,
    ...extra,
  };
}

const LADDER = yaml`
  kind: Ladder
  id: l
  scale: [{id: 1}]
  competencies: [{id: a}]
  tracks: [{id: ic}]
  levels:
    - {id: one, track: ic, rank: 1, next: [two]}
    - {id: two, track: ic, rank: 2}
`;

describe('assessment lenses', () => {
  before(async () => {
    lenses = await import('../../../client/src/lenses/lensTitles');
  });

  it('puts the next levels above `level:` and the target above `target:`', () => {
    const specs = lenses.assessmentLenses(result({ levelRange: at(4), targetRange: at(7) }));
    assert.deepEqual(
      specs.map((s) => [s.line, s.opensPanel]),
      [
        [4, true],
        [7, true],
      ],
    );
    assert.match(specs[0]!.title, /^SENIOR/);
    assert.match(specs[1]!.title, /^STAFF/);
  });

  it('puts them all above `target:` when there is no `level:`, and on the first line when there is neither', () => {
    assert.deepEqual(
      lenses.assessmentLenses(result({ targetRange: at(3) })).map((s) => s.line),
      [3, 3],
    );
    assert.deepEqual(
      lenses.assessmentLenses(result({})).map((s) => s.line),
      [0, 0],
    );
  });

  it('says why there is no verdict, above `level:`', () => {
    const { report: _, ...unscored } = result({ levelRange: at(2), message: 'No ladder.' });
    assert.deepEqual(lenses.assessmentLenses(unscored), [
      { line: 2, title: 'Eligibility: No ladder.', opensPanel: false },
    ]);
  });

  it('are placed by the score request, which tells where the `level` and `target` values are', () => {
    const text = 'kind: SelfAssessment\nladder: l.ladder.yaml\nratings:\n  a: 1\n\nlevel: one\n# aiming\ntarget: two\n';
    const { service } = workspaceOf({ 'l.ladder.yaml': LADDER, 'a.assessment.yaml': text });
    const scored = handleScore(service, uri('a.assessment.yaml'), { uri: uri('a.assessment.yaml') });
    assert.deepEqual(
      [scored.levelRange, scored.targetRange],
      [
        { start: { line: 5, character: 7 }, end: { line: 5, character: 10 } },
        { start: { line: 7, character: 8 }, end: { line: 7, character: 11 } },
      ],
    );
    const unread = workspaceOf({
      'a.assessment.yaml': 'kind: SelfAssessment\nladder: missing.ladder.yaml\nlevel: x\n',
    }).service;
    assert.deepEqual(handleScore(unread, uri('a.assessment.yaml'), { uri: uri('a.assessment.yaml') }).levelRange, {
      start: { line: 2, character: 7 },
      end: { line: 2, character: 8 },
    });
  });
});
