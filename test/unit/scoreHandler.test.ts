// The score request's answer names the focus level closest to a promotion, so that the client shows the
// server's choice instead of ranking levels itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { handleScore } from '../../server/src/lsp/scoreHandler';
import { uri, workspaceOf, yaml } from './helpers';

const LADDER = yaml`
  kind: Ladder
  id: paths
  name: Paths
  scale: [{id: 1}, {id: 2}, {id: 3}]
  competencies:
    - {id: alpha}
    - {id: beta}
  tracks: [{id: ic}]
  levels:
    - {id: one, name: One, track: ic, rank: 1, next: [deep, wide]}
    - {id: deep, name: Deep, track: ic, rank: 2, expectations: {alpha: 3, beta: 3}}
    - {id: wide, name: Wide, track: ic, rank: 2, expectations: {alpha: 2}}
`;

function score(assessment: string, overrides?: Record<string, number | null>) {
  const { service } = workspaceOf({
    'paths.ladder.yaml': LADDER,
    'a.assessment.yaml': `kind: SelfAssessment\nladder: paths.ladder.yaml\ndate: 2026-11-01\n${assessment}`,
  });
  const key = uri('a.assessment.yaml');
  const result = handleScore(service, key, { uri: key, ...(overrides ? { overrides } : {}) });
  return {
    focus: result.focus,
    closest: result.closestFocusLevel,
    statuses: result.report?.levels.map((level) => [level.id, level.status, level.readiness]),
  };
}

describe('the score answer names the closest focus level', () => {
  it('picks the best status over the order of the next levels', () => {
    assert.deepEqual(score('level: one\nratings: {alpha: 2, beta: 1}\n'), {
      focus: ['deep', 'wide'],
      closest: 'wide',
      statuses: [
        ['one', 'eligible', 1],
        ['deep', 'not-yet', 0],
        ['wide', 'eligible', 1],
      ],
    });
  });

  it('picks the first listed between equals, with what-if ratings in place', () => {
    assert.deepEqual(score('level: one\nratings: {alpha: 2, beta: 1}\n', { alpha: 3, beta: 3 }), {
      focus: ['deep', 'wide'],
      closest: 'deep',
      statuses: [
        ['one', 'eligible', 1],
        ['deep', 'eligible', 1],
        ['wide', 'eligible', 1],
      ],
    });
  });

  it('names none when nothing is in focus', () => {
    assert.deepEqual(score('ratings: {alpha: 2}\n'), {
      focus: [],
      closest: undefined,
      statuses: [
        ['one', 'eligible', 1],
        ['deep', 'not-yet', 0],
        ['wide', 'eligible', 1],
      ],
    });
  });
});
