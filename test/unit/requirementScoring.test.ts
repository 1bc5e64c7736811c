// Scoring each requirement type (spec section 5): time at level, experience, competencies, checks, metrics, any-of and all-of.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RequirementResult, RequirementStatus } from '../../server/src/core/score/types';
import { scoreOf, yaml } from './helpers';
import { evaluate, one, statusAndDetail } from './scoringFixtures';

describe('time-at-level', () => {
  it('counts since → date at the current level of the rank', () => {
    const result = one('{id: tenure, time-at-level: {years: 1, rank: 1}}', 'level: engineer\nsince: 2025-09-01\n');
    assert.deepEqual(result, {
      id: 'tenure',
      type: 'time-at-level',
      status: 'met',
      detail: '1.2 years at rank 1 (needs 1)',
    });
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
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1.3, rank: 1}', assessment)), [
      'met',
      '1.3 years at rank 1 (needs 1.3)',
    ]);
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1.5, rank: 1}', assessment)), [
      'unmet',
      '1.3 years at rank 1 (needs 1.5)',
    ]);
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 0.5, rank: 2}', assessment)), [
      'met',
      '0.5 years at rank 2 (needs 0.5)',
    ]);
  });

  it('counts a named level by its name, and only that level', () => {
    const assessment =
      'level: engineer\nsince: 2025-11-01\nhistory:\n  - {level: associate, from: 2020-01-01, to: 2025-11-01}\n';
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 2, level: engineer}', assessment)), [
      'unmet',
      '1 year at Engineer (needs 2)',
    ]);
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 5, level: associate}', assessment)), [
      'met',
      '5.8 years at Associate (needs 5)',
    ]);
  });

  it('stops history at the assessment date', () => {
    const assessment =
      'level: lead\nsince: 2026-01-01\nhistory:\n  - {level: engineer, from: 2026-05-01, to: 2027-05-01}\n';
    // 2026-05-01 → 2026-11-01 counts (184 days), the rest of the period is after the date.
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 0.5, rank: 1}', assessment)), [
      'met',
      '0.5 years at rank 1 (needs 0.5)',
    ]);
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 0.6, rank: 1}', assessment)), [
      'unmet',
      '0.5 years at rank 1 (needs 0.6)',
    ]);
  });

  it('counts nothing when since is after the date', () => {
    assert.deepEqual(
      statusAndDetail(one('time-at-level: {years: 0.1, rank: 1}', 'level: engineer\nsince: 2026-12-01\n')),
      ['unmet', '0 years at rank 1 (needs 0.1)'],
    );
  });

  it('is unknown when the current level counts but since is missing', () => {
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1, rank: 1}', 'level: engineer\n')), [
      'unknown',
      '0 years at rank 1 (needs 1); a start date is missing',
    ]);
    const history = 'level: engineer\nhistory:\n  - {level: associate, from: 2024-01-01, to: 2025-06-01}\n';
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1, rank: 1}', history)), [
      'met',
      '1.4 years at rank 1 (needs 1)',
    ]);
  });

  it('is unmet when neither history nor the current level match', () => {
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1, rank: 1}', 'level: lead\n')), [
      'unmet',
      '0 years at rank 1 (needs 1)',
    ]);
    assert.deepEqual(statusAndDetail(one('time-at-level: {years: 1, rank: 1}', '')), [
      'unmet',
      '0 years at rank 1 (needs 1)',
    ]);
  });

  it('divides days by 365.25, so one calendar year without 29 February is just short of a year', () => {
    // 2025-11-01 → 2026-11-01 is 365 days = 0.9993 years: shown rounded as "1 year", but not yet 1.
    assert.deepEqual(
      statusAndDetail(one('time-at-level: {years: 1, rank: 1}', 'level: engineer\nsince: 2025-11-01\n')),
      ['unmet', '0.99 years at rank 1 (needs 1)'],
    );
    assert.deepEqual(
      statusAndDetail(one('time-at-level: {years: 1, rank: 1}', 'level: engineer\nsince: 2025-10-31\n')),
      ['met', '1 year at rank 1 (needs 1)'],
    );
  });

  it('is waived with the facts kept in the detail', () => {
    const result = one(
      '{id: tenure, time-at-level: {years: 3, rank: 1}}',
      'level: engineer\nsince: 2025-09-01\nwaivers:\n  - {requirement: tenure, reason: Urgent.}\n',
    );
    assert.deepEqual(result, {
      id: 'tenure',
      type: 'time-at-level',
      status: 'waived',
      detail: 'waived (1.2 years at rank 1 (needs 3))',
    });
  });
});

describe('experience', () => {
  it('compares experience-years', () => {
    assert.deepEqual(statusAndDetail(one('experience: {years: 3}', 'experience-years: 4\n')), [
      'met',
      '4 years of experience (needs 3)',
    ]);
    assert.deepEqual(statusAndDetail(one('experience: {years: 3}', 'experience-years: 3\n')), [
      'met',
      '3 years of experience (needs 3)',
    ]);
    assert.deepEqual(statusAndDetail(one('experience: {years: 3}', 'experience-years: 2.5\n')), [
      'unmet',
      '2.5 years of experience (needs 3)',
    ]);
    assert.deepEqual(statusAndDetail(one('experience: {years: 3}', 'experience-years: 1\n')), [
      'unmet',
      '1 year of experience (needs 3)',
    ]);
  });

  it('is unknown without experience-years', () => {
    assert.deepEqual(statusAndDetail(one('experience: {years: 3}', '')), [
      'unknown',
      'experience-years not given (needs 3)',
    ]);
  });

  it('is waived', () => {
    assert.deepEqual(statusAndDetail(one('{id: exp, experience: {years: 3}}', 'waivers: [{requirement: exp}]\n')), [
      'waived',
      'waived (experience-years not given (needs 3))',
    ]);
  });
});

describe('competencies', () => {
  it('counts a group', () => {
    const requirement = 'competencies: {count: 2, min: 2, group: core}';
    assert.deepEqual(
      statusAndDetail(one(requirement, 'ratings: {troubleshooting: 3, networking: 2, databases: 1, writing: 3}\n')),
      ['met', '2 rated 2 or higher in core (needs 2)'],
    );
    assert.deepEqual(
      statusAndDetail(one(requirement, 'ratings: {troubleshooting: 3, networking: 1, databases: 1, writing: 3}\n')),
      ['unmet', '1 rated 2 or higher in core (needs 2)'],
    );
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {troubleshooting: 3, networking: 1, writing: 3}\n')), [
      'unknown',
      '1 rated 2 or higher in core (needs 2); 1 not rated yet',
    ]);
  });

  it('counts a list', () => {
    const requirement = 'competencies: {count: 2, min: 3, of: [troubleshooting, writing]}';
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {troubleshooting: 3, writing: 3}\n')), [
      'met',
      '2 rated 3 or higher of troubleshooting, writing (needs 2)',
    ]);
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {troubleshooting: 3, writing: 2}\n')), [
      'unmet',
      '1 rated 3 or higher of troubleshooting, writing (needs 2)',
    ]);
    assert.deepEqual(statusAndDetail(one(requirement, 'ratings: {writing: 3}\n')), [
      'unknown',
      '1 rated 3 or higher of troubleshooting, writing (needs 2); 1 not rated yet',
    ]);
  });

  it('counts every competency without group or list', () => {
    const requirement = 'competencies: {count: 3, min: 2}';
    assert.deepEqual(
      statusAndDetail(one(requirement, 'ratings: {troubleshooting: 2, networking: 2, databases: 1, writing: 3}\n')),
      ['met', '3 rated 2 or higher (needs 3)'],
    );
    assert.deepEqual(
      statusAndDetail(one(requirement, 'ratings: {troubleshooting: 2, networking: 1, databases: 1, writing: 1}\n')),
      ['unmet', '1 rated 2 or higher (needs 3)'],
    );
    assert.deepEqual(statusAndDetail(one(requirement, '')), [
      'unknown',
      '0 rated 2 or higher (needs 3); 4 not rated yet',
    ]);
  });

  it('treats a rating off the scale as not rated', () => {
    assert.deepEqual(
      statusAndDetail(one('competencies: {count: 1, min: 1, of: [writing]}', 'ratings: {writing: 9}\n')),
      ['unknown', '0 rated 1 or higher of writing (needs 1); 1 not rated yet'],
    );
  });

  it('is waived', () => {
    assert.equal(
      one('{id: sme, competencies: {count: 4, min: 3}}', 'ratings: {writing: 1}\nwaivers: [{requirement: sme}]\n')
        .status,
      'waived',
    );
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
      assert.deepEqual(one(requirement, `checks: {peer-review: ${value}}\n`), {
        id: 'review',
        type: 'check',
        status,
        detail,
      });
    });
  }

  it('is unknown when not recorded, and uses the id when the check has no name', () => {
    assert.deepEqual(statusAndDetail(one(requirement, '')), ['unknown', 'Peer review: not recorded']);
    assert.deepEqual(statusAndDetail(one('check: documented-need', 'checks: {peer-review: passed}\n')), [
      'unknown',
      'documented-need: not recorded',
    ]);
  });

  it('is waived even when failed', () => {
    assert.deepEqual(
      statusAndDetail(one(requirement, 'checks: {peer-review: failed}\nwaivers: [{requirement: review}]\n')),
      ['waived', 'waived (Peer review: failed)'],
    );
  });
});

describe('metric', () => {
  it('checks a minimum, with % for percentages', () => {
    const requirement = 'metric: {id: resolution, min: 90}';
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {resolution: 92}\n')), [
      'met',
      'Resolution rate: 92% (needs at least 90%)',
    ]);
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {resolution: 90}\n')), [
      'met',
      'Resolution rate: 90% (needs at least 90%)',
    ]);
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {resolution: 89.5}\n')), [
      'unmet',
      'Resolution rate: 89.5% (needs at least 90%)',
    ]);
  });

  it('checks a maximum', () => {
    const requirement = 'metric: {id: handle-time, max: 4}';
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {handle-time: 4}\n')), [
      'met',
      'Handle time: 4 hours (needs at most 4 hours)',
    ]);
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {handle-time: 5}\n')), [
      'unmet',
      'Handle time: 5 hours (needs at most 4 hours)',
    ]);
  });

  it('checks both bounds', () => {
    const requirement = 'metric: {id: handle-time, min: 1, max: 4}';
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {handle-time: 0.5}\n')), [
      'unmet',
      'Handle time: 0.5 hours (needs at least 1 hours and at most 4 hours)',
    ]);
    assert.deepEqual(statusAndDetail(one(requirement, 'metrics: {handle-time: 2}\n')), [
      'met',
      'Handle time: 2 hours (needs at least 1 hours and at most 4 hours)',
    ]);
  });

  it('is unknown without a value', () => {
    assert.deepEqual(statusAndDetail(one('metric: {id: resolution, min: 90}', 'metrics: {handle-time: 2}\n')), [
      'unknown',
      'Resolution rate: no value (needs at least 90%)',
    ]);
  });

  it('is waived', () => {
    assert.equal(
      one('{id: kpi, metric: {id: resolution, min: 90}}', 'metrics: {resolution: 10}\nwaivers: [{requirement: kpi}]\n')
        .status,
      'waived',
    );
  });
});

describe('any-of and all-of', () => {
  type ChildStatus = 'met' | 'unmet' | 'unknown' | 'waived';
  const CHILD_STATUSES: ChildStatus[] = ['met', 'unmet', 'unknown', 'waived'];

  /** Spec section 5, written out independently of the implementation. */
  function expected(kind: 'any-of' | 'all-of', children: ChildStatus[]): RequirementStatus {
    const satisfied = (s: ChildStatus) => s === 'met' || s === 'waived';
    if (kind === 'any-of')
      return children.some(satisfied) ? 'met' : children.every((s) => s === 'unmet') ? 'unmet' : 'unknown';
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
    const checks = children
      .map((status, i) => {
        if (status === 'met') return `  c${i}: passed\n`;
        if (status === 'unmet' || status === 'waived') return `  c${i}: failed\n`;
        return `  c${i}: pending\n`;
      })
      .join('');
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
        assert.deepEqual(
          result.children!.map((c) => c.status),
          children,
          `children of ${kind} ${children.join(',')}`,
        );
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
    const results = evaluate(
      yaml`
      - id: path
        description: Tenure or a strong case.
        any-of:
          - time-at-level: {years: 2, rank: 1}
          - all-of:
              - check: documented-need
              - metric: {id: resolution, min: 90}
    `
        .replace(/^/gm, '      ')
        .replace(/ +$/, ''),
      'level: engineer\nsince: 2026-01-01\nchecks: {documented-need: true}\nmetrics: {resolution: 95}\n',
    );
    assert.deepEqual(results, [
      {
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
      },
    ]);
  });

  it('waives a whole any-of and keeps its children', () => {
    const results = evaluate(
      '      - id: either\n        any-of: [{check: peer-review}, {check: documented-need}]\n',
      'checks: {peer-review: failed, documented-need: false}\nwaivers: [{requirement: either}]\n',
    );
    assert.equal(results[0]!.status, 'waived');
    assert.equal(results[0]!.detail, 'waived (0 of 2 options satisfied (needs 1))');
    assert.deepEqual(
      results[0]!.children!.map((c) => c.status),
      ['unmet', 'unmet'],
    );
  });

  it('treats an empty any-of as unmet and an empty all-of as met', () => {
    assert.deepEqual(evaluate('      - any-of: []\n      - all-of: []\n', '').map(statusAndDetail), [
      ['unmet', '0 of 0 options satisfied (needs 1)'],
      ['met', '0 of 0 satisfied (needs all)'],
    ]);
  });

  it('cannot evaluate a requirement without exactly one type', () => {
    assert.deepEqual(one('{id: odd, description: nothing}', '', false), {
      id: 'odd',
      type: 'invalid',
      description: 'nothing',
      status: 'unknown',
      detail: 'this requirement has no single type, so it cannot be evaluated',
    });
  });
});
