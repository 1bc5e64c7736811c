// The team report (spec section 10) over a small team: every count, flag and verdict computed by hand.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTeamReport, TeamCache, type TeamMember, type TeamReport } from '../../../server/src/core';
import { NOW, uri, workspaceOf, yaml } from '../helpers';
import { TEAM_FILES, TEAM_LADDER } from './teamFixtures';

function reportOf(
  files: Record<string, string>,
  cache?: TeamCache,
): { report: TeamReport; text: (uri: string) => string } {
  const { ws } = workspaceOf(files);
  const report = buildTeamReport(ws, Object.keys(files).map(uri), { today: NOW(), ...(cache ? { cache } : {}) });
  return { report, text: (fileUri) => ws.file(fileUri).analyzed!.text };
}

/** A member with each rating's span replaced by the text it covers ('' where a rating would be inserted). */
function plain(member: TeamMember, text: (uri: string) => string) {
  const source = text(member.uri);
  return {
    ...member,
    uri: member.uri.slice(uri('').length),
    ratings: member.ratings.map(({ span, ...cell }) => ({ ...cell, at: source.slice(span.start, span.end) })),
  };
}

describe('team report', () => {
  const { report, text } = reportOf(TEAM_FILES);
  const support = report.ladders[1]!;
  const roman = report.ladders[0]!;

  it('groups the assessments under their ladders, in path order', () => {
    assert.deepEqual(
      report.ladders.map((ladder) => [ladder.uri, ladder.id, ladder.name]),
      [
        [uri('roman.ladder.yaml'), 'roman', 'Roman Ladder'],
        [uri('support.ladder.yaml'), 'support', 'Support Ladder'],
      ],
    );
    assert.deepEqual(
      roman.people.map((m) => m.person),
      ['Fay Wu'],
    );
    assert.deepEqual(
      support.people.map((m) => m.person),
      ['Ana Diaz', 'ben  okoye', 'Ben Okoye', 'Cat Ng', 'Dan Roe'],
    );
    assert.equal(report.assessments, 7);
  });

  it('gives each person their next and target levels with status and exact readiness, and the ratings against the compared level', () => {
    assert.deepEqual(
      support.people.map((m) => plain(m, text)),
      [
        {
          uri: 'team/ana.assessment.yaml',
          person: 'Ana Diaz',
          alias: 'Person 2',
          level: 'junior',
          asOf: '2026-11-01',
          counted: true,
          focus: [{ level: 'senior', next: true, target: false, status: 'eligible', readiness: 1 }],
          compared: 'senior',
          ratings: [
            { competency: 'alpha', rated: 2, expected: 2, status: 'met', at: '2' },
            { competency: 'beta', rated: 3, expected: 3, status: 'met', at: '3' },
          ],
        },
        {
          uri: 'team/ben-old.assessment.yaml',
          person: 'ben  okoye',
          alias: 'Person 3',
          level: 'junior',
          asOf: '2025-06-01',
          counted: false,
          focus: [{ level: 'senior', next: true, target: false, status: 'not-yet', readiness: 0 }],
          compared: 'senior',
          ratings: [
            { competency: 'alpha', rated: 1, expected: 2, status: 'gap', at: '1' },
            { competency: 'beta', rated: null, expected: 3, status: 'unrated', at: '' },
          ],
        },
        {
          uri: 'team/ben.assessment.yaml',
          person: 'Ben Okoye',
          alias: 'Person 3',
          level: 'junior',
          asOf: '2026-11-01',
          counted: true,
          focus: [
            { level: 'senior', next: true, target: false, status: 'not-yet', readiness: 0.5 },
            { level: 'lead', next: false, target: true, status: 'not-yet', readiness: 0 },
          ],
          compared: 'lead',
          ratings: [
            { competency: 'alpha', rated: 1, expected: 3, status: 'gap', at: '1' },
            { competency: 'beta', rated: 3, expected: null, status: 'none', at: '3' },
            { competency: 'gamma', rated: 2, expected: null, status: 'none', at: '2' },
          ],
        },
        {
          uri: 'team/cat.assessment.yaml',
          person: 'Cat Ng',
          alias: 'Person 4',
          level: 'senior',
          asOf: '2026-11-01',
          counted: true,
          focus: [{ level: 'lead', next: true, target: false, status: 'eligible', readiness: 1 }],
          compared: 'lead',
          ratings: [{ competency: 'alpha', rated: 3, expected: 3, status: 'met', at: '3' }],
        },
        {
          uri: 'team/dan.assessment.yaml',
          person: 'Dan Roe',
          alias: 'Person 5',
          level: 'junior',
          asOf: '2026-11-01',
          counted: true,
          focus: [{ level: 'senior', next: true, target: false, status: 'incomplete', readiness: 0.5 }],
          compared: 'senior',
          ratings: [
            { competency: 'alpha', rated: 2, expected: 2, status: 'met', at: '2' },
            { competency: 'beta', rated: null, expected: 3, status: 'unrated', at: '' },
          ],
        },
      ],
    );
  });

  it('counts, per level, the counted people who have it as next or target level, by status', () => {
    assert.deepEqual(support.levels, [
      { id: 'junior', name: 'Junior', track: 'ic', rank: 1, candidates: 0, eligible: 0, incomplete: 0, notYet: 0 },
      { id: 'senior', name: 'Senior', track: 'ic', rank: 2, candidates: 3, eligible: 1, incomplete: 1, notYet: 1 },
      { id: 'lead', name: 'Lead', track: 'ic', rank: 3, candidates: 2, eligible: 1, incomplete: 0, notYet: 1 },
    ]);
    assert.deepEqual(roman.levels, [
      { id: 'one', name: 'One', track: 'ic', rank: 1, candidates: 0, eligible: 0, incomplete: 0, notYet: 0 },
      { id: 'two', name: 'Two', track: 'ic', rank: 2, candidates: 1, eligible: 1, incomplete: 0, notYet: 0 },
    ]);
  });

  it('counts the ratings of each competency per scale id, and flags single points of failure', () => {
    assert.deepEqual(support.competencies, [
      // Highest expectation 3 (lead): only Cat is rated 3.
      {
        id: 'alpha',
        name: 'Alpha',
        counts: [
          { id: 1, count: 1 },
          { id: 2, count: 2 },
          { id: 3, count: 1 },
        ],
        unrated: 0,
        highest: 3,
        atOrAbove: 1,
        flags: ['single-point'],
      },
      // Highest expectation 3 (senior): Ana and Ben.
      {
        id: 'beta',
        name: 'Beta',
        counts: [
          { id: 1, count: 0 },
          { id: 2, count: 0 },
          { id: 3, count: 2 },
        ],
        unrated: 2,
        highest: 3,
        atOrAbove: 2,
        flags: [],
      },
      // No level expects gamma: nothing to be a single point of.
      {
        id: 'gamma',
        name: 'Gamma',
        counts: [
          { id: 1, count: 0 },
          { id: 2, count: 1 },
          { id: 3, count: 0 },
        ],
        unrated: 3,
        highest: null,
        atOrAbove: 0,
        flags: [],
      },
    ]);
    assert.deepEqual(roman.competencies, [
      {
        id: 'writing',
        name: 'Writing',
        counts: [
          { id: 'I', count: 0 },
          { id: 'II', count: 1 },
        ],
        unrated: 0,
        highest: 'II',
        atOrAbove: 1,
        flags: ['single-point'],
      },
    ]);
  });

  it('lists a file with errors, with its errors, and does not score it', () => {
    assert.deepEqual(report.problems, [
      {
        uri: uri('team/eve.assessment.yaml'),
        role: 'assessment',
        alias: 'Person 6',
        errors: [{ line: 6, character: 20, code: 'unknown-reference', message: "Unknown competency 'omega'." }],
      },
    ]);
    assert.equal(support.notScored, 1);
    assert.equal(roman.notScored, 0);
  });

  it('reports two files for the same person (case and spaces aside); only the newest counts', () => {
    assert.deepEqual(report.duplicates, [
      {
        person: 'ben  okoye',
        alias: 'Person 3',
        uris: [uri('team/ben-old.assessment.yaml'), uri('team/ben.assessment.yaml')],
      },
    ]);
    assert.deepEqual(
      support.people.map((m) => m.counted),
      [true, false, true, true, true],
    );
  });

  it('numbers people in path order across ladders, one number per person', () => {
    assert.deepEqual(
      [...roman.people, ...support.people].map((m) => m.alias),
      ['Person 1', 'Person 2', 'Person 3', 'Person 3', 'Person 4', 'Person 5'],
    );
  });
});

describe('team report, files with errors', () => {
  it('does not score the assessments of a ladder with errors, and lists the ladder once', () => {
    const broken = TEAM_LADDER.replace('name: Support Ladder', 'name: Support Ladder\nunknown-key: 1');
    const { report } = reportOf({
      'support.ladder.yaml': broken,
      'a.assessment.yaml': TEAM_FILES['team/ana.assessment.yaml']!.replace('../', ''),
      'b.assessment.yaml': TEAM_FILES['team/dan.assessment.yaml']!.replace('../', ''),
    });
    assert.deepEqual(
      report.ladders.map((l) => [l.id, l.people.length, l.notScored]),
      [['support', 0, 2]],
    );
    assert.deepEqual(
      report.problems.map((p) => [p.uri, p.role, p.errors.map((e) => e.code)]),
      [[uri('support.ladder.yaml'), 'ladder', ['unknown-key']]],
    );
  });

  it('lists an assessment whose ladder is missing, an unreadable file and a file of unknown kind', () => {
    const { report } = reportOf({
      'lost.assessment.yaml':
        'kind: SelfAssessment\nladder: nowhere.ladder.yaml\nperson: Lost Person\ndate: 2026-01-01\nlevel: x\nratings: {}\n',
      'garbage.assessment.yaml': '\u0000\u0001\u0002binary',
      'notes.yaml': 'just: notes\n',
    });
    assert.deepEqual(report.ladders, []);
    assert.deepEqual(
      report.problems.map((p) => [p.uri.slice(uri('').length), p.role, p.alias, p.errors.map((e) => e.code)]),
      [
        ['garbage.assessment.yaml', 'assessment', 'Person 1', ['binary-file']],
        ['lost.assessment.yaml', 'assessment', 'Person 2', ['ladder-not-found']],
        ['notes.yaml', 'other', 'Person 3', ['missing-kind']],
      ],
    );
    assert.equal(report.assessments, 1);
  });
});

describe('team report, cache', () => {
  it('scores again only the assessment that changed', () => {
    const { ws, host } = workspaceOf(TEAM_FILES);
    const cache = new TeamCache();
    const uris = Object.keys(TEAM_FILES).map(uri);
    const first = buildTeamReport(ws, uris, { today: NOW(), cache });
    assert.equal(cache.computed, 6);
    assert.equal(cache.entriesComputed, 7, 'every assessment looked at once');
    buildTeamReport(ws, uris, { today: NOW(), cache });
    assert.equal(cache.computed, 6);
    assert.equal(cache.entriesComputed, 7);
    host.set(
      'team/dan.assessment.yaml',
      TEAM_FILES['team/dan.assessment.yaml']!.replace('{alpha: 2}', '{alpha: 2, beta: 3}'),
    );
    ws.fileChangedOnDisk(uri('team/dan.assessment.yaml'));
    const second = buildTeamReport(ws, uris, { today: NOW(), cache });
    assert.equal(cache.computed, 7);
    assert.equal(cache.entriesComputed, 8, 'only the assessment that changed looked at again');
    assert.deepEqual(first.ladders[1]!.levels[1], {
      id: 'senior',
      name: 'Senior',
      track: 'ic',
      rank: 2,
      candidates: 3,
      eligible: 1,
      incomplete: 1,
      notYet: 1,
    });
    assert.deepEqual(second.ladders[1]!.levels[1], {
      id: 'senior',
      name: 'Senior',
      track: 'ic',
      rank: 2,
      candidates: 3,
      eligible: 2,
      incomplete: 0,
      notYet: 1,
    });
  });

  it('scores everyone again when the ladder changes', () => {
    const { ws, host } = workspaceOf(TEAM_FILES);
    const cache = new TeamCache();
    const uris = Object.keys(TEAM_FILES).map(uri);
    buildTeamReport(ws, uris, { today: NOW(), cache });
    host.set('support.ladder.yaml', TEAM_LADDER.replace('{alpha: 3}', '{alpha: 2}'));
    ws.fileChangedOnDisk(uri('support.ladder.yaml'));
    const report = buildTeamReport(ws, uris, { today: NOW(), cache });
    assert.equal(cache.computed, 6 + 5);
    assert.equal(cache.entriesComputed, 7 + 6, "the ladder's six assessments looked at again, not Fay's");
    assert.deepEqual(report.ladders[1]!.competencies[0]!.flags, []);
    assert.equal(report.ladders[1]!.competencies[0]!.atOrAbove, 3, 'Ana, Cat and Dan are rated 2 or more');
  });

  it("finds an assessment's errors gone when its ladder changes, and looks at everyone again the next day", () => {
    const { ws, host } = workspaceOf(TEAM_FILES);
    const cache = new TeamCache();
    const uris = Object.keys(TEAM_FILES).map(uri);
    const before = buildTeamReport(ws, uris, { today: NOW(), cache });
    assert.deepEqual(
      before.problems.map((problem) => problem.uri),
      [uri('team/eve.assessment.yaml')],
    );
    host.set(
      'support.ladder.yaml',
      TEAM_LADDER.replace('- {id: gamma, name: Gamma}', '- {id: gamma, name: Gamma}\n  - {id: omega}'),
    );
    ws.fileChangedOnDisk(uri('support.ladder.yaml'));
    const after = buildTeamReport(ws, uris, { today: NOW(), cache });
    assert.deepEqual(after.problems, [], "Eve's omega is a competency of the ladder now");
    assert.deepEqual(
      after.ladders[1]!.people.map((member) => member.person),
      ['Ana Diaz', 'ben  okoye', 'Ben Okoye', 'Cat Ng', 'Dan Roe', 'Eve Stone'],
    );
    const entries = cache.entriesComputed;
    buildTeamReport(ws, uris, { today: new Date(NOW().getTime() + 86_400_000), cache });
    assert.equal(cache.entriesComputed, entries + 7);
  });
});

describe('team report, single point of failure', () => {
  const ladder = yaml`
    kind: Ladder
    id: l
    name: L
    scale: [{id: 1}, {id: 2}]
    competencies: [{id: c, name: C}]
    tracks: [{id: t, name: T}]
    levels:
      - {id: a, name: A, track: t, rank: 1, expectations: {c: 1}, next: [b]}
      - {id: b, name: B, track: t, rank: 2, expectations: {c: 2}}
  `;
  const person = (name: string, rating: number | undefined) =>
    `kind: SelfAssessment\nladder: l.ladder.yaml\nperson: ${name}\ndate: 2026-11-01\nlevel: a\nsince: 2026-01-01\nratings: {${rating === undefined ? '' : `c: ${rating}`}}\n`;

  const flagsWith = (ratings: (number | undefined)[]) => {
    const files: Record<string, string> = { 'l.ladder.yaml': ladder };
    ratings.forEach((rating, i) => (files[`p${i}.assessment.yaml`] = person(`P${i}`, rating)));
    const c = reportOf(files).report.ladders[0]!.competencies[0]!;
    return [c.atOrAbove, c.flags];
  };

  it('flags none or one person at or above the highest expectation, not two', () => {
    assert.deepEqual(flagsWith([1, 1, undefined]), [0, ['single-point']]);
    assert.deepEqual(flagsWith([2, 1, 1]), [1, ['single-point']]);
    assert.deepEqual(flagsWith([2, 2, 1]), [2, []]);
  });

  it('counts a person with two files once', () => {
    const files = {
      'l.ladder.yaml': ladder,
      'p1.assessment.yaml': person('Same One', 2),
      'p2.assessment.yaml': person('Same One', 2),
    };
    const c = reportOf(files).report.ladders[0]!.competencies[0]!;
    assert.deepEqual(
      [c.counts, c.atOrAbove, c.flags],
      [
        [
          { id: 1, count: 0 },
          { id: 2, count: 1 },
        ],
        1,
        ['single-point'],
      ],
    );
  });
});
