// Scoring (spec section 5): statuses, readiness, scales, the report and the focus levels.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { focusLevelIds } from '../../server/src/core/score/scoreAssessment';
import type { LevelScore } from '../../server/src/core/score/types';
import { BASE_LADDER, NOW, edit, scoreOf, uri, workspaceOf, yaml } from './helpers';
import { ladderWithRequirements, statusAndDetail } from './scoringFixtures';

describe('status and readiness', () => {
  function level(expectations: string, requirements: string, assessment: string): LevelScore {
    const ladder = ladderWithRequirements(requirements, expectations);
    return scoreOf(
      ladder,
      `kind: SelfAssessment\nladder: ladder.ladder.yaml\ndate: 2026-11-01\n${assessment}`,
      {},
      'goal',
    ).levels[0]!;
  }

  it('is eligible with everything met or waived, readiness 1', () => {
    const score = level(
      '{troubleshooting: 2}',
      '      - {id: a, check: peer-review}\n      - {id: b, check: documented-need}\n',
      'ratings: {troubleshooting: 3}\nchecks: {peer-review: passed}\nwaivers: [{requirement: b}]\n',
    );
    assert.deepEqual([score.status, score.readiness], ['eligible', 1]);
    assert.deepEqual(score.expectations, [{ competency: 'troubleshooting', expected: 2, rated: 3, status: 'met' }]);
  });

  it('is incomplete with an unrated expectation', () => {
    const score = level(
      '{troubleshooting: 2, writing: 1}',
      '      - check: peer-review\n',
      'ratings: {troubleshooting: 2}\nchecks: {peer-review: passed}\n',
    );
    assert.deepEqual([score.status, score.readiness], ['incomplete', 2 / 3]);
    assert.equal(score.readiness, 0.6666666666666666);
    assert.deepEqual(score.expectations[1], { competency: 'writing', expected: 1, rated: null, status: 'unrated' });
  });

  it('is incomplete with an unknown requirement', () => {
    const score = level(
      '{troubleshooting: 2}',
      '      - check: peer-review\n',
      'ratings: {troubleshooting: 2}\nchecks: {peer-review: pending}\n',
    );
    assert.deepEqual([score.status, score.readiness], ['incomplete', 0.5]);
  });

  it('is not-yet with a gap, even when something is also unknown', () => {
    const score = level(
      '{troubleshooting: 3, writing: 1}',
      '      - check: peer-review\n',
      'ratings: {troubleshooting: 2}\n',
    );
    assert.deepEqual([score.status, score.readiness], ['not-yet', 0]);
    assert.deepEqual(score.expectations[0], { competency: 'troubleshooting', expected: 3, rated: 2, status: 'gap' });
  });

  it('is not-yet with an unmet requirement', () => {
    const score = level(
      '{troubleshooting: 1}',
      '      - check: peer-review\n      - experience: {years: 1}\n      - metric: {id: resolution, min: 1}\n',
      'ratings: {troubleshooting: 1}\nchecks: {peer-review: failed}\nexperience-years: 2\n',
    );
    assert.deepEqual([score.status, score.readiness], ['not-yet', 2 / 4]);
  });

  it('keeps exact fractions', () => {
    const requirements = Array.from({ length: 6 }, () => '      - check: peer-review\n').join('');
    const score = level('{troubleshooting: 1}', requirements, 'ratings: {troubleshooting: 1}\n');
    assert.equal(score.readiness, 1 / 7);
    assert.equal(score.readiness, 0.14285714285714285);
  });

  it('counts an any-of once however many children it has', () => {
    const score = level(
      '{}',
      '      - any-of: [{check: peer-review}, {check: documented-need}, {experience: {years: 1}}]\n      - experience: {years: 10}\n',
      'checks: {peer-review: passed}\nexperience-years: 2\n',
    );
    assert.deepEqual([score.status, score.readiness], ['not-yet', 1 / 2]);
  });

  it('is eligible with readiness 1 for a level with neither expectations nor requirements', () => {
    const score = scoreOf(
      ladderWithRequirements(''),
      'kind: SelfAssessment\nladder: ladder.ladder.yaml\n',
      {},
      'associate',
    ).levels[0]!;
    assert.deepEqual([score.status, score.readiness, score.expectations, score.requirements], ['eligible', 1, [], []]);
  });
  it('reads a repeated rating the same way for expectations and requirements', () => {
    const ladder = edit(
      BASE_LADDER,
      '      - check: peer-review\n',
      '      - competencies: {count: 1, min: 2, of: [troubleshooting]}\n',
    );
    const level = scoreOf(
      ladder,
      'kind: SelfAssessment\nladder: ladder.ladder.yaml\nratings:\n  troubleshooting: 1\n  troubleshooting: 3\n',
      {},
      'senior',
    ).levels[0]!;
    assert.deepEqual(level.expectations[0], { competency: 'troubleshooting', expected: 2, rated: 1, status: 'gap' });
    assert.deepEqual(statusAndDetail(level.requirements[1]!), [
      'unmet',
      '0 rated 2 or higher of troubleshooting (needs 1)',
    ]);
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
    const report = scoreOf(
      ROMAN,
      'kind: SelfAssessment\nladder: ladder.ladder.yaml\nratings: {writing: I, sql: {rating: III}}\n',
    );
    const level = report.levels[0]!;
    assert.deepEqual(level.expectations, [
      { competency: 'writing', expected: 'II', rated: 'I', status: 'gap' },
      { competency: 'sql', expected: 'I', rated: 'III', status: 'met' },
    ]);
    assert.deepEqual(statusAndDetail(level.requirements[0]!), ['unmet', '1 rated II or higher (needs 2)']);
    assert.equal(level.readiness, 1 / 3);
  });

  it('keeps numeric scale ids as numbers in JSON, even when a rating is quoted', () => {
    const report = scoreOf(
      BASE_LADDER,
      "kind: SelfAssessment\nladder: ladder.ladder.yaml\nratings: {troubleshooting: '2', networking: 3}\n",
      {},
      'senior',
    );
    const json = JSON.stringify(report.levels[0]!.expectations);
    assert.equal(
      json,
      '[{"competency":"troubleshooting","expected":2,"rated":2,"status":"met"},{"competency":"networking","expected":2,"rated":3,"status":"met"}]',
    );
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
    const score = (rating: number) =>
      scoreOf(ladder, `kind: SelfAssessment\nladder: ladder.ladder.yaml\nratings: {writing: ${rating}}\n`).levels[0]!
        .expectations[0]!.status;
    assert.deepEqual([score(10), score(2), score(7)], ['gap', 'met', 'met']);
  });
});

describe('the report', () => {
  it('scores every level in file order', () => {
    const report = scoreOf(BASE_LADDER, 'kind: SelfAssessment\nladder: ladder.ladder.yaml\n');
    assert.deepEqual(
      report.levels.map((l) => l.id),
      ['engineer', 'senior', 'staff'],
    );
  });

  it('scores one level on request, and none for an unknown id', () => {
    assert.deepEqual(
      scoreOf(BASE_LADDER, 'kind: SelfAssessment\nladder: ladder.ladder.yaml\n', {}, 'staff').levels.map((l) => l.id),
      ['staff'],
    );
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
          id: 'senior-engineer',
          name: 'Senior Engineer',
          track: 'ic',
          rank: 2,
          status: 'not-yet',
          readiness: 0.8,
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
  it("lists the current level's next levels, then the target, without repeats or unknown ids", () => {
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
      const { ws } = workspaceOf({
        'f.ladder.yaml': ladder,
        'a.assessment.yaml': `kind: SelfAssessment\nladder: f.ladder.yaml\n${assessment}`,
      });
      const outcome = ws.score(uri('a.assessment.yaml'));
      return focusLevelIds(outcome.assessment!, outcome.context!);
    };
    assert.deepEqual(focus('level: a\ntarget: d\n'), ['c', 'b', 'd']);
    assert.deepEqual(focus('level: a\ntarget: b\n'), ['c', 'b']);
    assert.deepEqual(focus('target: d\n'), ['d']);
    assert.deepEqual(focus('level: zzz\ntarget: yyy\n'), []);
  });
});
