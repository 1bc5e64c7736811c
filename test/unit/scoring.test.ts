// Scoring (spec section 5): every requirement type, any-of/all-of, time at level, statuses, readiness and the report.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { focusLevelIds } from '../../server/src/core/score/scoreAssessment';
import type { LevelScore, RequirementResult, RequirementStatus } from '../../server/src/core/score/types';
import { BASE_LADDER, NOW, diagnosticsOf, edit, errors, scoreOf, uri, workspaceOf, yaml } from './helpers';

/** A ladder whose one level `goal` has the given requirements (YAML list items, indented by 6). */
function ladderWithRequirements(requirements: string, expectations = '{}'): string {
  return yaml`
    kind: Ladder
    id: scoring
    name: Scoring
    scale: [{id: 1}, {id: 2}, {id: 3}]
    competencies:
      - {id: troubleshooting, group: core}
      - {id: networking, group: core}
      - {id: databases, group: core}
      - {id: writing, group: soft}
    metrics:
      - {id: resolution, name: Resolution rate, unit: percent}
      - {id: handle-time, name: Handle time, unit: hours, better: lower}
    checks:
      - {id: peer-review, name: Peer review}
      - {id: documented-need}
    tracks: [{id: core}, {id: ic}]
    levels:
      - {id: associate, name: Associate, track: core, rank: 1}
      - {id: engineer, name: Engineer, track: core, rank: 1}
      - {id: lead, name: Team Lead, track: ic, rank: 2}
      - id: goal
        name: Goal
        track: ic
        rank: 3
        expectations: ${expectations}
        requirements:
  ` + requirements;
}

/** Scores level `goal` and returns its requirements' results. */
function evaluate(requirements: string, assessment: string, valid = true): RequirementResult[] {
  const ladder = ladderWithRequirements(requirements);
  if (valid) assert.deepEqual(errors(diagnosticsOf({ 'ladder.ladder.yaml': ladder }, 'ladder.ladder.yaml')), [], 'the test ladder is valid');
  const text = `kind: SelfAssessment\nladder: ladder.ladder.yaml\ndate: 2026-11-01\n${assessment}`;
  const report = scoreOf(ladder, text, {}, 'goal');
  return report.levels[0]!.requirements;
}

function one(requirement: string, assessment: string, valid = true): RequirementResult {
  const results = evaluate(`      - ${requirement}\n`, assessment, valid);
  assert.equal(results.length, 1);
  return results[0]!;
}

function statusAndDetail(result: RequirementResult): [RequirementStatus, string] {
  return [result.status, result.detail];
}

describe('time-at-level', () => {
  it('counts since → date at the current level of the rank', () => {
    const result = one('{id: tenure, time-at-level: {years: 1, rank: 1}}', 'level: engineer\nsince: 2025-09-01\n');
    assert.deepEqual(result, { id: 'tenure', type: 'time-at-level', status: 'met', detail: '1.2 years at rank 1 (needs 1)' });
  });

  it('sums history at any level of the rank with the current level', () => {
    const assessment = yaml`
      level: engineer
      since: 2026-03-01
      history:
        - {level: associate, from: 2025-01-01, to: 2025-05-01}
        - {level: lead, from: 2025-05-01, to: 2025-11-01}
        - {level: engineer, from: 2025-11-01, to: 2026-03-01}
    `;
    // 120 + 120 + 245 days at rank 1 = 485 days = 1.33 years.
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1.3, rank: 1}', assessment)), ['met', '1.3 years at rank 1 (needs 1.3)']);
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1.5, rank: 1}', assessment)), ['unmet', '1.3 years at rank 1 (needs 1.5)']);
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 0.5, rank: 2}', assessment)), ['met', '0.5 years at rank 2 (needs 0.5)']);
  });

  it('counts a named level by its name, and only that level', () => {
    const assessment = 'level: engineer\nsince: 2025-11-01\nhistory:\n  - {level: associate, from: 2020-01-01, to: 2025-11-01}\n';
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 2, level: engineer}', assessment)), ['unmet', '1 year at Engineer (needs 2)']);
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 5, level: associate}', assessment)), ['met', '5.8 years at Associate (needs 5)']);
  });

  it('stops history at the assessment date', () => {
    const assessment = 'level: lead\nsince: 2026-01-01\nhistory:\n  - {level: engineer, from: 2026-05-01, to: 2027-05-01}\n';
    // 2026-05-01 → 2026-11-01 counts (184 days), the rest of the period is after the date.
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 0.5, rank: 1}', assessment)), ['met', '0.5 years at rank 1 (needs 0.5)']);
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 0.6, rank: 1}', assessment)), ['unmet', '0.5 years at rank 1 (needs 0.6)']);
  });

  it('counts nothing when since is after the date', () => {
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 0.1, rank: 1}', 'level: engineer\nsince: 2026-12-01\n')), ['unmet', '0 years at rank 1 (needs 0.1)']);
  });

  it('is unknown when the current level counts but since is missing', () => {
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1, rank: 1}', 'level: engineer\n')), ['unknown', '0 years at rank 1 (needs 1); a start date is missing']);
    const history = 'level: engineer\nhistory:\n  - {level: associate, from: 2024-01-01, to: 2025-06-01}\n';
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1, rank: 1}', history)), ['met', '1.4 years at rank 1 (needs 1)']);
  });

  it('is unmet when neither history nor the current level match', () => {
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1, rank: 1}', 'level: lead\n')), ['unmet', '0 years at rank 1 (needs 1)']);
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1, rank: 1}', '')), ['unmet', '0 years at rank 1 (needs 1)']);
  });

  it('divides days by 365.25, so one calendar year without 29 February is just short of a year', () => {
    // 2025-11-01 → 2026-11-01 is 365 days = 0.9993 years: shown rounded as "1 year", but not yet 1.
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1, rank: 1}', 'level: engineer\nsince: 2025-11-01\n')), ['unmet', '0.99 years at rank 1 (needs 1)']);
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1, rank: 1}', 'level: engineer\nsince: 2025-10-31\n')), ['met', '1 year at rank 1 (needs 1)']);
  });

  it('is waived with the facts kept in the detail', () => {
    const result = one('{id: tenure, time-at-level: {years: 3, rank: 1}}', 'level: engineer\nsince: 2025-09-01\nwaivers:\n  - {requirement: tenure, reason: Urgent.}\n');
    assert.deepEqual(result, { id: 'tenure', type: 'time-at-level', status: 'waived', detail: 'waived (1.2 years at rank 1 (needs 3))' });
  });
});

describe('experience', () => {
  it('compares experience-years', () => {
    assert.deepEqual(statusAndDetail(one('experience: {years: 3}', 'experience-years: 4\n')), ['met', '4 years of experience (needs 3)']);
    assert.deepEqual(statusAndDetail(one('experience: {years: 3}', 'experience-years: 3\n')), ['met', '3 years of experience (needs 3)']);
    assert.deepEqual(statusAndDetail(one('experience: {years: 3}', 'experience-years: 2.5\n')), ['unmet', '2.5 years of experience (needs 3)']);
    assert.deepEqual(statusAndDetail(one('experience: {years: 3}', 'experience-years: 1\n')), ['unmet', '1 year of experience (needs 3)']);
  });

  it('is unknown without experience-years', () => {
    assert.deepEqual(statusAndDetail(one('experience: {years: 3}', '')), ['unknown', 'experience-years not given (needs 3)']);
  });

  it('is waived', () => {
    assert.deepEqual(statusAndDetail(one('{id: exp, experience: {years: 3}}', 'waivers: [{requirement: exp}]\n')), ['waived', 'waived (experience-years not given (needs 3))']);
  });
});

describe('competencies', () => {
  it('counts a group', () => {
    const requirement = 'competencies: {count: 2, min: 2, group: core}';
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {troubleshooting: 3, networking: 2, databases: 1, writing: 3}\n')), ['met', '2 rated 2 or higher in core (needs 2)']);
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {troubleshooting: 3, networking: 1, databases: 1, writing: 3}\n')), ['unmet', '1 rated 2 or higher in core (needs 2)']);
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {troubleshooting: 3, networking: 1, writing: 3}\n')), ['unknown', '1 rated 2 or higher in core (needs 2); 1 not rated yet']);
  });

  it('counts a list', () => {
    const requirement = 'competencies: {count: 2, min: 3, of: [troubleshooting, writing]}';
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {troubleshooting: 3, writing: 3}\n')), ['met', '2 rated 3 or higher of troubleshooting, writing (needs 2)']);
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {troubleshooting: 3, writing: 2}\n')), ['unmet', '1 rated 3 or higher of troubleshooting, writing (needs 2)']);
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {writing: 3}\n')), ['unknown', '1 rated 3 or higher of troubleshooting, writing (needs 2); 1 not rated yet']);
  });

  it('counts every competency without group or list', () => {
    const requirement = 'competencies: {count: 3, min: 2}';
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {troubleshooting: 2, networking: 2, databases: 1, writing: 3}\n')), ['met', '3 rated 2 or higher (needs 3)']);
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {troubleshooting: 2, networking: 1, databases: 1, writing: 1}\n')), ['unmet', '1 rated 2 or higher (needs 3)']);
    assert.deepEqual(statusAndDetail(one(requirement, '')), ['unknown', '0 rated 2 or higher (needs 3); 4 not rated yet']);
  });

  it('treats a rating off the scale as not rated', () => {
    assert.deepEqual(statusAndDetail(one('competencies: {count: 1, min: 1, of: [writing]}', 'ratings: {writing: 9}\n')), ['unknown', '0 rated 1 or higher of writing (needs 1); 1 not rated yet']);
  });

  it('is waived', () => {
    assert.equal(one('{id: sme, competencies: {count: 4, min: 3}}', 'ratings: {writing: 1}\nwaivers: [{requirement: sme}]\n').status, 'waived');
  });
});

describe('check', () => {
  const requirement = '{id: review, check: peer-review}';
  for (const [value, status, detail] of [
    ['passed', 'met', 'Peer review: passed'],
    ['true', 'met', 'Peer review: passed'],
    ['failed', 'unmet', 'Peer review: failed'],
    ['false', 'unmet', 'Peer review: failed'],
    ['pending', 'unknown', 'Peer review: pending'],
  ] as const) {
    it(`is ${status} when recorded as ${value}`, () => {
      assert.deepEqual(one(requirement, `checks: {peer-review: ${value}}\n`), { id: 'review', type: 'check', status, detail });
    });
  }

  it('is unknown when not recorded, and uses the id when the check has no name', () => {
    assert.deepEqual(statusAndDetail(one(requirement, '')), ['unknown', 'Peer review: not recorded']);
    assert.deepEqual(statusAndDetail(one('check: documented-need', 'checks: {peer-review: passed}\n')), ['unknown', 'documented-need: not recorded']);
  });

  it('is waived even when failed', () => {
    assert.deepEqual(statusAndDetail(one(requirement, 'checks: {peer-review: failed}\nwaivers: [{requirement: review}]\n')), ['waived', 'waived (Peer review: failed)']);
  });
});

describe('metric', () => {
  it('checks a minimum, with % for percentages', () => {
    const requirement = 'metric: {id: resolution, min: 90}';
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {resolution: 92}\n')), ['met', 'Resolution rate: 92% (needs at least 90%)']);
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {resolution: 90}\n')), ['met', 'Resolution rate: 90% (needs at least 90%)']);
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {resolution: 89.5}\n')), ['unmet', 'Resolution rate: 89.5% (needs at least 90%)']);
  });

  it('checks a maximum', () => {
    const requirement = 'metric: {id: handle-time, max: 4}';
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {handle-time: 4}\n')), ['met', 'Handle time: 4 hours (needs at most 4 hours)']);
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {handle-time: 5}\n')), ['unmet', 'Handle time: 5 hours (needs at most 4 hours)']);
  });

  it('checks both bounds', () => {
    const requirement = 'metric: {id: handle-time, min: 1, max: 4}';
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {handle-time: 0.5}\n')), ['unmet', 'Handle time: 0.5 hours (needs at least 1 hours and at most 4 hours)']);
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {handle-time: 2}\n')), ['met', 'Handle time: 2 hours (needs at least 1 hours and at most 4 hours)']);
  });

  it('is unknown without a value', () => {
    assert.deepEqual(statusAndDetail(one('metric: {id: resolution, min: 90}', 'metrics: {handle-time: 2}\n')), ['unknown', 'Resolution rate: no value (needs at least 90%)']);
  });

  it('is waived', () => {
    assert.equal(one('{id: kpi, metric: {id: resolution, min: 90}}', 'metrics: {resolution: 10}\nwaivers: [{requirement: kpi}]\n').status, 'waived');
  });
});

describe('any-of and all-of', () => {
  type ChildStatus = 'met' | 'unmet' | 'unknown' | 'waived';
  const CHILD_STATUSES: ChildStatus[] = ['met', 'unmet', 'unknown', 'waived'];

  /** Spec section 5, written out independently of the implementation. */
  function expected(kind: 'any-of' | 'all-of', children: ChildStatus[]): RequirementStatus {
    const satisfied = (s: ChildStatus) => s === 'met' || s === 'waived';
    if (kind === 'any-of') return children.some(satisfied) ? 'met' : children.every((s) => s === 'unmet') ? 'unmet' : 'unknown';
    return children.some((s) => s === 'unmet') ? 'unmet' : children.every(satisfied) ? 'met' : 'unknown';
  }

  /** Each child is a check c<i> of the base requirement list; its status comes from the assessment. */
  function combine(kind: 'any-of' | 'all-of', children: ChildStatus[]): RequirementResult {
    const ladder = yaml`
      kind: Ladder
      id: combos
      name: Combos
      scale: [{id: 1}]
      checks: [${children.map((_, i) => `{id: c${i}}`).join(', ')}]
      tracks: [{id: t}]
      levels:
        - id: goal
          name: Goal
          track: t
          rank: 1
          requirements:
            - ${kind}: [${children.map((_, i) => `{id: r${i}, check: c${i}}`).join(', ')}]
    `;
    const checks = children.map((status, i) => {
      if (status === 'met') return `  c${i}: passed\n`;
      if (status === 'unmet' || status === 'waived') return `  c${i}: failed\n`;
      return `  c${i}: pending\n`;
    }).join('');
    const waivers = children.map((status, i) => (status === 'waived' ? `  - requirement: r${i}\n` : '')).join('');
    const assessment = `kind: SelfAssessment\nladder: ladder.ladder.yaml\ndate: 2026-11-01\nchecks:\n${checks}${waivers ? `waivers:\n${waivers}` : ''}`;
    return scoreOf(ladder, assessment).levels[0]!.requirements[0]!;
  }

  for (const kind of ['any-of', 'all-of'] as const) {
    it(`${kind} follows the spec for every combination of up to three children`, () => {
      const combinations: ChildStatus[][] = [];
      for (const a of CHILD_STATUSES) {
        combinations.push([a]);
        for (const b of CHILD_STATUSES) {
          combinations.push([a, b]);
          for (const c of CHILD_STATUSES) combinations.push([a, b, c]);
        }
      }
      for (const children of combinations) {
        const result = combine(kind, children);
        assert.deepEqual(result.children!.map((c) => c.status), children, `children of ${kind} ${children.join(',')}`);
        assert.equal(result.status, expected(kind, children), `${kind} of ${children.join(', ')}`);
      }
    });
  }

  it('explains how many options are satisfied', () => {
    assert.equal(combine('any-of', ['unmet', 'unknown', 'waived']).detail, '1 of 3 options satisfied (needs 1)');
    assert.equal(combine('all-of', ['met', 'waived', 'unknown']).detail, '2 of 3 satisfied (needs all)');
  });

  it('reports children with their ids, types and details', () => {
    const result = combine('any-of', ['met', 'unmet']);
    assert.deepEqual(result, {
      type: 'any-of',
      status: 'met',
      detail: '1 of 2 options satisfied (needs 1)',
      children: [
        { id: 'r0', type: 'check', status: 'met', detail: 'c0: passed' },
        { id: 'r1', type: 'check', status: 'unmet', detail: 'c1: failed' },
      ],
    });
  });

  it('mixes requirement types and nests', () => {
    const results = evaluate(yaml`
      - id: path
        description: Tenure or a strong case.
        any-of:
          - time-at-level: {years: 2, rank: 1}
          - all-of:
              - check: documented-need
              - metric: {id: resolution, min: 90}
    `.replace(/^/gm, '      ').replace(/ +$/, ''), 'level: engineer\nsince: 2026-01-01\nchecks: {documented-need: true}\nmetrics: {resolution: 95}\n');
    assert.deepEqual(results, [{
      id: 'path',
      type: 'any-of',
      description: 'Tenure or a strong case.',
      status: 'met',
      detail: '1 of 2 options satisfied (needs 1)',
      children: [
        { type: 'time-at-level', status: 'unmet', detail: '0.8 years at rank 1 (needs 2)' },
        {
          type: 'all-of',
          status: 'met',
          detail: '2 of 2 satisfied (needs all)',
          children: [
            { type: 'check', status: 'met', detail: 'documented-need: passed' },
            { type: 'metric', status: 'met', detail: 'Resolution rate: 95% (needs at least 90%)' },
          ],
        },
      ],
    }]);
  });

  it('waives a whole any-of and keeps its children', () => {
    const results = evaluate('      - id: either\n        any-of: [{check: peer-review}, {check: documented-need}]\n', 'checks: {peer-review: failed, documented-need: false}\nwaivers: [{requirement: either}]\n');
    assert.equal(results[0]!.status, 'waived');
    assert.equal(results[0]!.detail, 'waived (0 of 2 options satisfied (needs 1))');
    assert.deepEqual(results[0]!.children!.map((c) => c.status), ['unmet', 'unmet']);
  });

  it('treats an empty any-of as unmet and an empty all-of as met', () => {
    assert.deepEqual(evaluate('      - any-of: []\n      - all-of: []\n', '').map(statusAndDetail), [
      ['unmet', '0 of 0 options satisfied (needs 1)'],
      ['met', '0 of 0 satisfied (needs all)'],
    ]);
  });

  it('cannot evaluate a requirement without exactly one type', () => {
    assert.deepEqual(one('{id: odd, description: nothing}', '', false), { id: 'odd', type: 'invalid', description: 'nothing', status: 'unknown', detail: 'this requirement has no single type, so it cannot be evaluated' });
  });
});

describe('status and readiness', () => {
  function level(expectations: string, requirements: string, assessment: string): LevelScore {
    const ladder = ladderWithRequirements(requirements, expectations);
    return scoreOf(ladder, `kind: SelfAssessment\nladder: ladder.ladder.yaml\ndate: 2026-11-01\n${assessment}`, {}, 'goal').levels[0]!;
  }

  it('is eligible with everything met or waived, readiness 1', () => {
    const score = level('{troubleshooting: 2}', '      - {id: a, check: peer-review}\n      - {id: b, check: documented-need}\n', 'ratings: {troubleshooting: 3}\nchecks: {peer-review: passed}\nwaivers: [{requirement: b}]\n');
    assert.deepEqual([score.status, score.readiness], ['eligible', 1]);
    assert.deepEqual(score.expectations, [{ competency: 'troubleshooting', expected: 2, rated: 3, status: 'met' }]);
  });

  it('is incomplete with an unrated expectation', () => {
    const score = level('{troubleshooting: 2, writing: 1}', '      - check: peer-review\n', 'ratings: {troubleshooting: 2}\nchecks: {peer-review: passed}\n');
    assert.deepEqual([score.status, score.readiness], ['incomplete', 2 / 3]);
    assert.equal(score.readiness, 0.6666666666666666);
    assert.deepEqual(score.expectations[1], { competency: 'writing', expected: 1, rated: null, status: 'unrated' });
  });

  it('is incomplete with an unknown requirement', () => {
    const score = level('{troubleshooting: 2}', '      - check: peer-review\n', 'ratings: {troubleshooting: 2}\nchecks: {peer-review: pending}\n');
    assert.deepEqual([score.status, score.readiness], ['incomplete', 0.5]);
  });

  it('is not-yet with a gap, even when something is also unknown', () => {
    const score = level('{troubleshooting: 3, writing: 1}', '      - check: peer-review\n', 'ratings: {troubleshooting: 2}\n');
    assert.deepEqual([score.status, score.readiness], ['not-yet', 0]);
    assert.deepEqual(score.expectations[0], { competency: 'troubleshooting', expected: 3, rated: 2, status: 'gap' });
  });

  it('is not-yet with an unmet requirement', () => {
    const score = level('{troubleshooting: 1}', '      - check: peer-review\n      - experience: {years: 1}\n      - metric: {id: resolution, min: 1}\n', 'ratings: {troubleshooting: 1}\nchecks: {peer-review: failed}\nexperience-years: 2\n');
    assert.deepEqual([score.status, score.readiness], ['not-yet', 2 / 4]);
  });

  it('keeps exact fractions', () => {
    const requirements = Array.from({ length: 6 }, () => '      - check: peer-review\n').join('');
    const score = level('{troubleshooting: 1}', requirements, 'ratings: {troubleshooting: 1}\n');
    assert.equal(score.readiness, 1 / 7);
    assert.equal(score.readiness, 0.14285714285714285);
  });

  it('counts an any-of once however many children it has', () => {
    const score = level('{}', '      - any-of: [{check: peer-review}, {check: documented-need}, {experience: {years: 1}}]\n      - experience: {years: 10}\n', 'checks: {peer-review: passed}\nexperience-years: 2\n');
    assert.deepEqual([score.status, score.readiness], ['not-yet', 1 / 2]);
  });

  it('is eligible with readiness 1 for a level with neither expectations nor requirements', () => {
    const score = scoreOf(ladderWithRequirements(''), 'kind: SelfAssessment\nladder: ladder.ladder.yaml\n', {}, 'associate').levels[0]!;
    assert.deepEqual([score.status, score.readiness, score.expectations, score.requirements], ['eligible', 1, [], []]);
  });
  it('reads a repeated rating the same way for expectations and requirements', () => {
    const ladder = edit(BASE_LADDER, '      - check: peer-review\n', '      - competencies: {count: 1, min: 2, of: [troubleshooting]}\n');
    const level = scoreOf(ladder, 'kind: SelfAssessment\nladder: ladder.ladder.yaml\nratings:\n  troubleshooting: 1\n  troubleshooting: 3\n', {}, 'senior').levels[0]!;
    assert.deepEqual(level.expectations[0], { competency: 'troubleshooting', expected: 2, rated: 1, status: 'gap' });
    assert.deepEqual(statusAndDetail(level.requirements[1]!), ['unmet', '0 rated 2 or higher of troubleshooting (needs 1)']);
  });
});

describe('scales', () => {
  const ROMAN = yaml`
    kind: Ladder
    id: roman
    name: Roman
    scale: [{id: I}, {id: II}, {id: III}]
    competencies: [{id: writing}, {id: sql}]
    tracks: [{id: t}]
    levels:
      - id: one
        name: One
        track: t
        rank: 1
        expectations: {writing: II, sql: I}
        requirements:
          - competencies: {count: 2, min: II}
  `;

  it('orders string scale ids by their position and keeps them as strings', () => {
    const report = scoreOf(ROMAN, 'kind: SelfAssessment\nladder: ladder.ladder.yaml\nratings: {writing: I, sql: {rating: III}}\n');
    const level = report.levels[0]!;
    assert.deepEqual(level.expectations, [
      { competency: 'writing', expected: 'II', rated: 'I', status: 'gap' },
      { competency: 'sql', expected: 'I', rated: 'III', status: 'met' },
    ]);
    assert.deepEqual(statusAndDetail(level.requirements[0]!), ['unmet', '1 rated II or higher (needs 2)']);
    assert.equal(level.readiness, 1 / 3);
  });

  it('keeps numeric scale ids as numbers in JSON, even when a rating is quoted', () => {
    const report = scoreOf(BASE_LADDER, "kind: SelfAssessment\nladder: ladder.ladder.yaml\nratings: {troubleshooting: '2', networking: 3}\n", {}, 'senior');
    const json = JSON.stringify(report.levels[0]!.expectations);
    assert.equal(json, '[{"competency":"troubleshooting","expected":2,"rated":2,"status":"met"},{"competency":"networking","expected":2,"rated":3,"status":"met"}]');
  });

  it('orders a scale by its list, not by its values', () => {
    const ladder = yaml`
      kind: Ladder
      id: odd
      name: Odd
      scale: [{id: 10}, {id: 2}, {id: 7}]
      competencies: [{id: writing}]
      tracks: [{id: t}]
      levels:
        - {id: one, name: One, track: t, rank: 1, expectations: {writing: 2}}
    `;
    const score = (rating: number) => scoreOf(ladder, `kind: SelfAssessment\nladder: ladder.ladder.yaml\nratings: {writing: ${rating}}\n`).levels[0]!.expectations[0]!.status;
    assert.deepEqual([score(10), score(2), score(7)], ['gap', 'met', 'met']);
  });
});

describe('the report', () => {
  it('scores every level in file order', () => {
    const report = scoreOf(BASE_LADDER, 'kind: SelfAssessment\nladder: ladder.ladder.yaml\n');
    assert.deepEqual(report.levels.map((l) => l.id), ['engineer', 'senior', 'staff']);
  });

  it('scores one level on request, and none for an unknown id', () => {
    assert.deepEqual(scoreOf(BASE_LADDER, 'kind: SelfAssessment\nladder: ladder.ladder.yaml\n', {}, 'staff').levels.map((l) => l.id), ['staff']);
    assert.deepEqual(scoreOf(BASE_LADDER, 'kind: SelfAssessment\nladder: ladder.ladder.yaml\n', {}, 'cto').levels, []);
  });

  it('uses today when the assessment has no date, and fills absent fields with empty strings', () => {
    const report = scoreOf(BASE_LADDER, 'kind: SelfAssessment\nladder: ladder.ladder.yaml\n');
    assert.deepEqual([report.person, report.ladder, report.level, report.asOf], ['', 'base', '', '2026-11-23']);
    assert.equal(NOW().toISOString().slice(0, 10), '2026-11-23');
  });

  it('uses the date over today for time at level', () => {
    const text = 'kind: SelfAssessment\nladder: ladder.ladder.yaml\nlevel: engineer\nsince: 2025-11-01\n';
    const without = scoreOf(BASE_LADDER, text, {}, 'senior').levels[0]!.requirements[0]!;
    const withDate = scoreOf(BASE_LADDER, `${text}date: 2026-05-01\n`, {}, 'senior').levels[0]!.requirements[0]!;
    assert.deepEqual([without.status, without.detail], ['met', '1.1 years at rank 1 (needs 1)']);
    assert.deepEqual([withDate.status, withDate.detail], ['unmet', '0.5 years at rank 1 (needs 1)']);
  });

  it('matches the spec example exactly', () => {
    const ladder = yaml`
      kind: Ladder
      id: customer-engineering
      name: Customer Engineering Career Ladder
      scale:
        - {id: 1, name: Learning}
        - {id: 2, name: Practising}
        - {id: 3, name: Expert (SME)}
      competencies:
        - {id: troubleshooting, name: Technical troubleshooting, group: core}
        - {id: networking, name: Networking, group: core}
        - {id: writing, name: Writing, group: soft}
      checks:
        - {id: peer-review, name: Successful peer review}
      tracks:
        - {id: core, name: Core Role}
        - {id: ic, name: IC Path}
      levels:
        - id: customer-engineer
          name: Customer Engineer
          track: core
          rank: 1
          expectations: {troubleshooting: 2}
          next: [senior-engineer]
        - id: senior-engineer
          name: Senior Engineer
          track: ic
          rank: 2
          expectations: {troubleshooting: 3, networking: 2, writing: 1}
          requirements:
            - id: senior-tenure
              time-at-level: {years: 1, rank: 1}
            - check: peer-review
    `;
    const assessment = yaml`
      kind: SelfAssessment
      ladder: customer-engineering.ladder.yaml
      person: Alex Kim
      date: 2026-11-01
      level: customer-engineer
      since: 2025-09-01
      target: senior-engineer
      ratings:
        troubleshooting: 2
        networking: {rating: 3, evidence: [led the SSO outage end to end]}
        writing: 1
      checks:
        peer-review: passed
    `;
    const { ws } = workspaceOf({ 'customer-engineering.ladder.yaml': ladder, 'alex.assessment.yaml': assessment });
    const outcome = ws.score(uri('alex.assessment.yaml'), { levelId: 'senior-engineer' });
    assert.deepEqual(outcome.errors, new Map());
    assert.deepEqual(JSON.parse(JSON.stringify(outcome.report)), {
      person: 'Alex Kim',
      ladder: 'customer-engineering',
      level: 'customer-engineer',
      asOf: '2026-11-01',
      levels: [
        {
          id: 'senior-engineer', name: 'Senior Engineer', track: 'ic', rank: 2,
          status: 'not-yet', readiness: 0.8,
          expectations: [
            { competency: 'troubleshooting', expected: 3, rated: 2, status: 'gap' },
            { competency: 'networking', expected: 2, rated: 3, status: 'met' },
            { competency: 'writing', expected: 1, rated: 1, status: 'met' },
          ],
          requirements: [
            { id: 'senior-tenure', type: 'time-at-level', status: 'met', detail: '1.2 years at rank 1 (needs 1)' },
            { type: 'check', status: 'met', detail: 'Successful peer review: passed' },
          ],
        },
      ],
    });
  });
});

describe('focus levels', () => {
  it('lists the current level\'s next levels, then the target, without repeats or unknown ids', () => {
    const ladder = yaml`
      kind: Ladder
      id: f
      name: F
      scale: [{id: 1}]
      tracks: [{id: t}]
      levels:
        - {id: a, name: A, track: t, rank: 1, next: [c, b, nowhere, b]}
        - {id: b, name: B, track: t, rank: 2}
        - {id: c, name: C, track: t, rank: 2}
        - {id: d, name: D, track: t, rank: 3}
    `;
    const focus = (assessment: string) => {
      const { ws } = workspaceOf({ 'f.ladder.yaml': ladder, 'a.assessment.yaml': `kind: SelfAssessment\nladder: f.ladder.yaml\n${assessment}` });
      const outcome = ws.score(uri('a.assessment.yaml'));
      return focusLevelIds(outcome.assessment!, outcome.context!);
    };
    assert.deepEqual(focus('level: a\ntarget: d\n'), ['c', 'b', 'd']);
    assert.deepEqual(focus('level: a\ntarget: b\n'), ['c', 'b']);
    assert.deepEqual(focus('target: d\n'), ['d']);
    assert.deepEqual(focus('level: zzz\ntarget: yyy\n'), []);
  });
});
