import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scaffoldAssessment } from '../../../server/src/core/features/scaffold';
import type { Assessment } from '../../../server/src/core/model/types';
import { BASE_LADDER, uri, workspaceOf, yaml } from '../helpers';

const LADDER = BASE_LADDER.replace('      - check: peer-review\n', [
  '      - check: peer-review',
  '      - any-of:',
  '          - metric: {id: resolution, min: 90}',
  '          - experience: {years: 3}',
  '',
].join('\n'));

function scaffold(levelId: string, person = 'Alex Kim', ladder = LADDER): string {
  const { ws } = workspaceOf({ 'l.ladder.yaml': ladder });
  return scaffoldAssessment(ws.ladderContext(uri('l.ladder.yaml'))!, 'l.ladder.yaml', levelId, person, '2026-11-23');
}

describe('scaffold assessment', () => {
  it('writes every competency the next levels expect, unrated, and the facts their requirements name', () => {
    assert.equal(scaffold('engineer'), yaml`
      kind: SelfAssessment
      ladder: l.ladder.yaml
      person: Alex Kim
      date: 2026-11-23
      level: engineer
      # since: YYYY-MM-DD   # the day you started as Engineer; time-at-level requirements count from it
      # target: senior   # the level you are aiming for: senior (Senior)
      # experience-years: 0   # needs 3 years for Senior
      # Rate each competency on the scale: 1 Learning, 2 Practising, 3 Expert. Leave a value empty until you have rated it.
      ratings:
        troubleshooting:   # expected 2 for Senior
        networking:        # expected 2 for Senior
      # passed, pending or failed:
      checks:
        peer-review: pending   # Peer review: required by Senior
      # Your value for each metric (a number):
      # metrics:
      #   resolution:   # Resolution rate: at least 90% for Senior
    `);
  });

  it('parses with no problems, and rates nothing yet', () => {
    const text = scaffold('engineer');
    const { ws } = workspaceOf({ 'l.ladder.yaml': LADDER, 'new.assessment.yaml': text });
    assert.deepEqual(ws.diagnostics(uri('new.assessment.yaml')), []);
    const assessment = ws.file(uri('new.assessment.yaml')).analyzed!.model as Assessment;
    assert.deepEqual(assessment.ratings.map((r) => [r.competency.value, r.value]), [['troubleshooting', undefined], ['networking', undefined]]);
    const report = ws.score(uri('new.assessment.yaml'), { levelId: 'senior' }).report!;
    assert.equal(report.levels[0]!.status, 'incomplete');
  });

  it('lists the expectations of every next level, merged', () => {
    const ladder = LADDER.replace('    next: [senior]', '    next: [senior, staff]');
    const text = scaffold('engineer', 'Alex Kim', ladder);
    assert.match(text, /\n {2}troubleshooting: {3}# expected 2 for Senior, 3 for Staff\n {2}networking: {8}# expected 2 for Senior, 2 for Staff\n/);
    assert.match(text, /# target: senior {3}# the level you are aiming for: senior \(Senior\), staff \(Staff\)/);
  });

  it('rates the level itself at the top of a path', () => {
    const text = scaffold('staff');
    assert.match(text, /ratings:\n {2}troubleshooting: {3}# expected 3 for Staff\n {2}networking: {8}# expected 2 for Staff\n$/);
    assert.doesNotMatch(text, /target/);
  });

  it('quotes what YAML would misread', () => {
    const text = scaffold('engineer', "O'Neil: #1");
    assert.match(text, /\nperson: "O'Neil: #1"\n/);
    const { ws } = workspaceOf({ 'l.ladder.yaml': LADDER, 'new.assessment.yaml': text });
    assert.equal((ws.file(uri('new.assessment.yaml')).analyzed!.model as Assessment).person, "O'Neil: #1");
  });
});
