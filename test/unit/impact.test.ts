// Comparing verdicts between two versions of a ladder: which levels can have changed (planLevels), which
// verdicts did (compareReports, through ImpactSession and assessImpact), ids matched through formerly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessImpact, ImpactSession, planLevels, type LevelPlan } from '../../server/src/core';
import { NOW, uri, workspaceOf, yaml } from './helpers';

const LADDER = yaml`
  kind: Ladder
  id: team
  name: Team
  scale: [{id: 1}, {id: 2}, {id: 3}]
  competencies:
    - {id: writing, name: Writing, group: core}
    - {id: review, name: Review, group: core}
  tracks: [{id: ic, name: IC}]
  levels:
    - id: junior
      name: Junior
      track: ic
      rank: 1
      expectations: {writing: 1}
      next: [senior]
    - id: senior
      name: Senior
      track: ic
      rank: 2
      expectations: {writing: 2, review: 2}
      requirements:
        - id: tenure
          time-at-level: {years: 1, rank: 1}
`;

const ASSESSMENT = yaml`
  kind: SelfAssessment
  ladder: team.ladder.yaml
  person: Alex
  date: 2026-06-01
  level: junior
  since: 2025-01-01
  ratings: {writing: 2, review: 2}
`;

/** Two workspaces over the same files except the ladder: as it was, and as it is. */
function sides(now: string, then = LADDER) {
  const before = workspaceOf({ 'team.ladder.yaml': then, 'alex.assessment.yaml': ASSESSMENT }).ws;
  const after = workspaceOf({ 'team.ladder.yaml': now, 'alex.assessment.yaml': ASSESSMENT }).ws;
  return { before, after };
}

function plan(now: string): LevelPlan {
  const { before, after } = sides(now);
  const textOf = (ws: typeof before) => (fileUri: string) => ws.file(fileUri).analyzed?.text;
  return planLevels(
    { context: before.ladderContext(uri('team.ladder.yaml'))!, textOf: textOf(before) },
    { context: after.ladderContext(uri('team.ladder.yaml'))!, textOf: textOf(after) },
  );
}

describe('planLevels', () => {
  it('finds nothing to rescore when the files are the same', () => {
    assert.deepEqual(plan(LADDER), { kind: 'unchanged' });
  });

  it('rescores only the levels whose definition changed, when nothing else did', () => {
    assert.deepEqual(plan(LADDER.replace('writing: 2, review: 2', 'writing: 3, review: 2')), {
      kind: 'levels',
      levels: new Set(['senior']),
      changed: new Set(['senior']),
    });
  });

  it('rescores every level when the rest of the ladder, a rank or the set of levels changes', () => {
    assert.deepEqual(
      plan(LADDER.replace('{id: review, name: Review, group: core}', '{id: review, name: Review, group: soft}')),
      { kind: 'all', changed: new Set() },
    );
    assert.deepEqual(plan(LADDER.replace('    rank: 2\n', '    rank: 3\n')), {
      kind: 'all',
      changed: new Set(['senior']),
    });
    assert.deepEqual(
      plan(
        LADDER.replace('  - id: senior\n', '  - id: senior-engineer\n    formerly: [senior]\n').replace(
          'next: [senior]',
          'next: [senior-engineer]',
        ),
      ),
      { kind: 'all', changed: new Set(['junior', 'senior-engineer']) },
    );
  });
});

describe('assessImpact', () => {
  it('lists a level whose verdict changed, with the expectation that changed', () => {
    const { before, after } = sides(LADDER.replace('writing: 2, review: 2', 'writing: 3, review: 2'));
    const impact = assessImpact(new ImpactSession(before, after), uri('alex.assessment.yaml'), NOW());
    assert.deepEqual(impact.changes, [
      {
        level: 'senior',
        name: 'Senior',
        before: { status: 'eligible', readiness: 1 },
        after: { status: 'not-yet', readiness: 2 / 3 },
        expectations: [
          {
            competency: 'writing',
            before: { expected: 2, rated: 2, status: 'met' },
            after: { expected: 3, rated: 2, status: 'gap' },
          },
        ],
        requirements: [],
      },
    ]);
  });

  it('reports new and removed levels and requirements, and matches renamed ids through formerly', () => {
    const then = `${LADDER}  - {id: staff, name: Staff, track: ic, rank: 3, expectations: {writing: 3}}\n`;
    const now = LADDER.replace('  - id: senior\n', '  - id: senior-engineer\n    formerly: [senior]\n')
      .replace('next: [senior]', 'next: [senior-engineer]')
      .replace(
        '      - id: tenure\n        time-at-level: {years: 1, rank: 1}\n',
        '      - id: long-tenure\n        time-at-level: {years: 2, rank: 1}\n',
      );
    const { before, after } = sides(now, then);
    const impact = assessImpact(new ImpactSession(before, after), uri('alex.assessment.yaml'), NOW());
    assert.deepEqual(
      impact.changes.map((change) => [change.level, change.before, change.after, change.requirements]),
      [
        [
          'senior-engineer',
          { status: 'eligible', readiness: 1 },
          { status: 'not-yet', readiness: 2 / 3 },
          [
            {
              id: 'long-tenure',
              type: 'time-at-level',
              before: null,
              after: { status: 'unmet', detail: '1.4 years at rank 1 (needs 2)' },
            },
            {
              id: 'tenure',
              type: 'time-at-level',
              before: { status: 'met', detail: '1.4 years at rank 1 (needs 1)' },
              after: null,
            },
          ],
        ],
        ['staff', { status: 'not-yet', readiness: 0 }, null, []],
      ],
    );
  });

  it('has nothing to compare when the ladder reads the same at the base, and reads nothing twice', () => {
    const { before, after } = sides(LADDER);
    const session = new ImpactSession(before, after, () => LADDER);
    assert.deepEqual(assessImpact(session, uri('alex.assessment.yaml'), NOW()).changes, []);
    assert.equal(before.stampOf(uri('team.ladder.yaml')), undefined, 'the base ladder was not analysed');
  });
});
