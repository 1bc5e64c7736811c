// What-if ratings in the core: file ratings replaced or added for a preview, with competency ids named like
// Object.prototype members (`constructor`, `__proto__`) handled as ids like any other.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ScaleId } from '../../server/src/core/model/types';
import { scoreAssessment } from '../../server/src/core/score/scoreAssessment';
import type { LevelScore } from '../../server/src/core/score/types';
import { withRatingOverrides } from '../../server/src/core/score/whatIf';
import { handleScore } from '../../server/src/lsp/scoreHandler';
import { NOW, uri, workspaceOf, yaml } from './helpers';

const LADDER = yaml`
  kind: Ladder
  id: odd-ids
  name: Odd ids
  scale: [{id: 1}, {id: 2}, {id: 3}]
  competencies:
    - {id: constructor, name: Builder}
    - {id: __proto__, name: Prototyping}
    - {id: writing, name: Writing}
  tracks: [{id: ic}]
  levels:
    - {id: senior, name: Senior, track: ic, rank: 2, expectations: {constructor: 3, __proto__: 2, writing: 1}}
`;

const ASSESSMENT =
  'kind: SelfAssessment\nladder: ladder.ladder.yaml\ndate: 2026-11-01\nratings:\n  constructor: 2\n  __proto__: 1\n  writing: 1\n';

type Overrides = Readonly<Record<string, ScaleId | null>>;

function scored(overrides: Overrides, assessmentText = ASSESSMENT): Pick<LevelScore, 'status' | 'expectations'> {
  const { ws } = workspaceOf({ 'ladder.ladder.yaml': LADDER, 'a.assessment.yaml': assessmentText });
  const assessment = ws.assessment(uri('a.assessment.yaml'))!;
  const { context } = ws.assessmentLadder(assessment);
  const [level] = scoreAssessment(withRatingOverrides(assessment, overrides), context!, { today: NOW() }).levels;
  return { status: level!.status, expectations: level!.expectations };
}

/** Overrides as they arrive in a request: parsed from JSON, so `__proto__` is an own key. */
const fromJson = (text: string) => JSON.parse(text) as Overrides;

describe('what-if ratings for competencies called constructor and __proto__', () => {
  it('scores the file ratings when there is no what-if, reading nothing from Object.prototype', () => {
    assert.deepEqual(scored({}), {
      status: 'not-yet',
      expectations: [
        { competency: 'constructor', expected: 3, rated: 2, status: 'gap' },
        { competency: '__proto__', expected: 2, rated: 1, status: 'gap' },
        { competency: 'writing', expected: 1, rated: 1, status: 'met' },
      ],
    });
  });

  it('replaces both ratings and turns the verdict to eligible', () => {
    assert.deepEqual(scored(fromJson('{"constructor": 3, "__proto__": 2}')), {
      status: 'eligible',
      expectations: [
        { competency: 'constructor', expected: 3, rated: 3, status: 'met' },
        { competency: '__proto__', expected: 2, rated: 2, status: 'met' },
        { competency: 'writing', expected: 1, rated: 1, status: 'met' },
      ],
    });
  });

  it('previews __proto__ as not rated with null', () => {
    assert.deepEqual(scored(fromJson('{"constructor": 3, "__proto__": null}')), {
      status: 'incomplete',
      expectations: [
        { competency: 'constructor', expected: 3, rated: 3, status: 'met' },
        { competency: '__proto__', expected: 2, rated: null, status: 'unrated' },
        { competency: 'writing', expected: 1, rated: 1, status: 'met' },
      ],
    });
  });

  it('adds what-if ratings for competencies the file does not rate', () => {
    const unrated = 'kind: SelfAssessment\nladder: ladder.ladder.yaml\ndate: 2026-11-01\nratings:\n  writing: 1\n';
    assert.equal(scored({}, unrated).status, 'incomplete');
    assert.deepEqual(scored(fromJson('{"__proto__": 3, "constructor": 3}'), unrated), {
      status: 'eligible',
      expectations: [
        { competency: 'constructor', expected: 3, rated: 3, status: 'met' },
        { competency: '__proto__', expected: 2, rated: 3, status: 'met' },
        { competency: 'writing', expected: 1, rated: 1, status: 'met' },
      ],
    });
  });

  it('ignores ratings the overrides only inherit', () => {
    const inherited = Object.create({ constructor: 3, writing: null }) as Overrides;
    assert.equal(scored(inherited).status, 'not-yet');
    assert.deepEqual(
      scored(inherited).expectations.map((e) => e.rated),
      [2, 1, 1],
    );
  });

  it('answers a score request with overrides for both', () => {
    const { service } = workspaceOf({ 'ladder.ladder.yaml': LADDER, 'a.assessment.yaml': ASSESSMENT });
    const assessment = uri('a.assessment.yaml');
    const params = JSON.parse(
      `{"uri": ${JSON.stringify(assessment)}, "overrides": {"__proto__": 2, "constructor": 3}}`,
    ) as { uri: string; overrides: Overrides };
    const result = handleScore(service, assessment, params);
    assert.deepEqual(
      result.report?.levels.map((level) => [level.id, level.status, level.readiness]),
      [['senior', 'eligible', 1]],
    );
    assert.deepEqual(Object.keys(result.ratingRanges), ['constructor', '__proto__', 'writing']);
    assert.equal(Object.getPrototypeOf(result.ratingRanges), Object.prototype);
  });

  it('scores a what-if request once, through the workspace, with the overrides in place', () => {
    const { ws, service } = workspaceOf({ 'ladder.ladder.yaml': LADDER, 'a.assessment.yaml': ASSESSMENT });
    const assessment = uri('a.assessment.yaml');
    const score = ws.score.bind(ws);
    const calls: { overrides: unknown; outcome: ReturnType<typeof ws.score> }[] = [];
    ws.score = (...args) => {
      const outcome = score(...args);
      calls.push({ overrides: args[2], outcome });
      return outcome;
    };
    const result = handleScore(service, assessment, { uri: assessment, overrides: { constructor: 3 } });
    assert.equal(calls.length, 1);
    assert.equal(
      result.report!.levels,
      calls[0]!.outcome.report!.levels,
      'the verdict sent is the one the workspace computed',
    );
    assert.deepEqual(
      result.report!.levels.map((level) => level.expectations.map((e) => e.rated)),
      [[3, 1, 1]],
    );
  });
});
