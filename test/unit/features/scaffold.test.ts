import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import '../fakeVscodeInstalled';
import { starterLadder } from '../../../client/src/commands/starterLadder';
import { scaffoldAssessment } from '../../../server/src/core/features/scaffold';
import type { Assessment } from '../../../server/src/core/model/types';
import { parse, stringify } from 'yaml';
import { BASE_LADDER, uri, workspaceOf, yaml } from '../helpers';

const LADDER = BASE_LADDER.replace(
  '      - check: peer-review\n',
  [
    '      - check: peer-review',
    '      - any-of:',
    '          - metric: {id: resolution, min: 90}',
    '          - experience: {years: 3}',
    '',
  ].join('\n'),
);

/** Ids and names a hostile ladder could hold: each would change the assessment if written unquoted. */
const HOSTILE = [
  'evil:\nwaivers:\n  - requirement: r1\n    reason: approved\n#',
  'cr\rexperience-years: 99\r#',
  'crlf\r\nexperience-years: 99',
  'key: value # comment',
  'quotes \' and "',
  '&anchor',
  '*alias',
  '!!binary tag',
  '- dash',
  '? question',
  '{brace',
  '[bracket',
  'line\u2028separator\u2029paragraph\u0085next line',
  'yes',
  '2026-12-07',
  '--- marker',
  'x'.repeat(2000),
];
const [EVIL_LEVEL, ...COMPETENCIES] = HOSTILE;
const CHECK = '#check\nwaivers: [r1]';
const METRIC = 'metric\nexperience-years: 99';

/** A ladder (written by the yaml library, so that its ids reach the model as they are) from engineer to a hostile level. */
function hostileLadder(): string {
  const named = (id: string) => ({ id, name: `${id} name\nwaivers: [r2]` });
  return stringify({
    kind: 'Ladder',
    id: 'hostile',
    scale: [
      { id: 1, name: 'One\nexperience-years: 99' },
      { id: 2, name: 'Two # two' },
    ],
    competencies: COMPETENCIES.map(named),
    checks: [named(CHECK)],
    metrics: [{ ...named(METRIC), unit: 'percent' }],
    tracks: [named('t\nwaivers:')],
    levels: [
      { ...named('engineer'), track: 't\nwaivers:', rank: 1, next: [EVIL_LEVEL] },
      {
        ...named(EVIL_LEVEL!),
        track: 't\nwaivers:',
        rank: 2,
        expectations: Object.fromEntries(COMPETENCIES.map((id) => [id, 2])),
        requirements: [{ check: CHECK }, { metric: { id: METRIC, min: 90 } }, { experience: { years: 3 } }],
      },
    ],
  });
}

function scaffold(levelId: string, person = 'Alex Kim', ladder = LADDER): string {
  const { ws } = workspaceOf({ 'l.ladder.yaml': ladder });
  return scaffoldAssessment(ws.ladderContext(uri('l.ladder.yaml'))!, 'l.ladder.yaml', levelId, person, '2026-11-23');
}

describe('scaffold assessment', () => {
  it('writes every competency the next levels expect, unrated, and the facts their requirements name', () => {
    assert.equal(
      scaffold('engineer'),
      yaml`
      kind: SelfAssessment
      ladder: l.ladder.yaml
      person: Alex Kim
      date: "2026-11-23"
      level: engineer
      # since: "YYYY-MM-DD"   # the day you started as Engineer; time-at-level requirements count from it
      # target: senior   # the level you are aiming for: senior (Senior)
      # experience-years: 0   # needs 3 years for Senior
      # Rate each competency on the scale: 1 Learning, 2 Practising, 3 Expert. Leave a value empty until you have rated it.
      ratings:
        troubleshooting: # expected 2 for Senior
        networking: # expected 2 for Senior
      # passed, pending or failed:
      checks:
        peer-review: pending # Peer review: required by Senior
      # Your value for each metric (a number):
      # metrics:
      #   resolution:   # Resolution rate: at least 90% for Senior
    `,
    );
  });

  it('scaffolds an assessment of the starter ladder that "New Ladder…" writes, both without problems', () => {
    const { ws } = workspaceOf({ 'my-team.ladder.yaml': starterLadder() });
    assert.deepEqual(ws.diagnostics(uri('my-team.ladder.yaml')), []);
    const text = scaffoldAssessment(
      ws.ladderContext(uri('my-team.ladder.yaml'))!,
      'my-team.ladder.yaml',
      'engineer',
      'Alex Kim',
      '2026-11-23',
    );
    assert.equal(
      text,
      yaml`
      kind: SelfAssessment
      ladder: my-team.ladder.yaml
      person: Alex Kim
      date: "2026-11-23"
      level: engineer
      # since: "YYYY-MM-DD"   # the day you started as Engineer; time-at-level requirements count from it
      # target: senior-engineer   # the level you are aiming for: senior-engineer (Senior Engineer)
      # Rate each competency on the scale: 1 Learning, 2 Practising, 3 Expert. Leave a value empty until you have rated it.
      ratings:
        troubleshooting: # expected 3 for Senior Engineer
        communication: # expected 2 for Senior Engineer
        mentoring: # expected 2 for Senior Engineer
      # passed, pending or failed:
      checks:
        peer-review: pending # Successful peer review: required by Senior Engineer
      # Your value for each metric (a number):
      # metrics:
      #   unassisted-resolution:   # Issues resolved without assistance: at least 90% for Senior Engineer
    `,
    );
    const { ws: withAssessment } = workspaceOf({
      'my-team.ladder.yaml': starterLadder(),
      'alex.assessment.yaml': text,
    });
    assert.deepEqual(withAssessment.diagnostics(uri('alex.assessment.yaml')), []);
  });

  it('parses with no problems, and rates nothing yet', () => {
    const text = scaffold('engineer');
    const { ws } = workspaceOf({ 'l.ladder.yaml': LADDER, 'new.assessment.yaml': text });
    assert.deepEqual(ws.diagnostics(uri('new.assessment.yaml')), []);
    const assessment = ws.file(uri('new.assessment.yaml')).analyzed!.model as Assessment;
    assert.deepEqual(
      assessment.ratings.map((r) => [r.competency.value, r.value]),
      [
        ['troubleshooting', undefined],
        ['networking', undefined],
      ],
    );
    const report = ws.score(uri('new.assessment.yaml'), { levelId: 'senior' }).report!;
    assert.equal(report.levels[0]!.status, 'incomplete');
  });

  it('lists the expectations of every next level, merged', () => {
    const ladder = LADDER.replace('    next: [senior]', '    next: [senior, staff]');
    const text = scaffold('engineer', 'Alex Kim', ladder);
    assert.match(
      text,
      /\n {2}troubleshooting: # expected 2 for Senior, 3 for Staff\n {2}networking: # expected 2 for Senior, 2 for Staff\n/,
    );
    assert.match(text, /# target: senior {3}# the level you are aiming for: senior \(Senior\), staff \(Staff\)/);
  });

  it('rates the level itself at the top of a path', () => {
    const text = scaffold('staff');
    assert.match(
      text,
      /ratings:\n {2}troubleshooting: # expected 3 for Staff\n {2}networking: # expected 2 for Staff\n$/,
    );
    assert.doesNotMatch(text, /target/);
  });

  it('quotes what YAML would misread', () => {
    const text = scaffold('engineer', "O'Neil: #1");
    assert.match(text, /\nperson: "O'Neil: #1"\n/);
    const { ws } = workspaceOf({ 'l.ladder.yaml': LADDER, 'new.assessment.yaml': text });
    assert.equal((ws.file(uri('new.assessment.yaml')).analyzed!.model as Assessment).person, "O'Neil: #1");
  });

  it('writes hostile ids and names so that the file holds only what it should: the ids as keys, nothing rated, no waivers', () => {
    const ladder = hostileLadder();
    const person = 'Ana\nwaivers:\n  - requirement: r1';
    for (const level of ['engineer', EVIL_LEVEL!]) {
      const text = scaffold(level, person, ladder);
      const expected = {
        kind: 'SelfAssessment',
        ladder: 'l.ladder.yaml',
        person,
        date: '2026-11-23',
        level,
        ratings: Object.fromEntries(COMPETENCIES.map((id) => [id, null])),
        ...(level === 'engineer' ? { checks: { [CHECK]: 'pending' } } : {}),
      };
      assert.deepEqual(parse(text), expected);
      assert.deepEqual(parse(text, { version: '1.1' }), expected, 'a YAML 1.1 reader sees the same strings');
      assert.doesNotMatch(text, /[\r\u0085\u2028\u2029]/, 'no line break but LF, not even in comments');
      for (const line of text.split('\n'))
        assert.doesNotMatch(line, /^(waivers|experience-years|metrics|target)\b/, line);
    }
  });

  it("reads back, in the workspace, as an assessment with exactly the ladder's ids and no facts", () => {
    const ladder = hostileLadder();
    const text = scaffold('engineer', 'Ana', ladder);
    const { ws } = workspaceOf({ 'l.ladder.yaml': ladder, 'new.assessment.yaml': text });
    const assessment = ws.file(uri('new.assessment.yaml')).analyzed!.model as Assessment;
    assert.deepEqual(
      assessment.ratings.map((r) => [r.competency.value, r.value]),
      COMPETENCIES.map((id) => [id, undefined]),
    );
    assert.deepEqual(
      assessment.checks.map((c) => [c.id.value, c.status]),
      [[CHECK, 'pending']],
    );
    assert.deepEqual(
      [assessment.waivers, assessment.metrics, assessment.experienceYears, assessment.target],
      [[], [], undefined, undefined],
    );
  });

  it('keeps comments on one line each and quotes the ids it suggests in them', () => {
    const text = scaffold('engineer', 'Ana', hostileLadder());
    assert.match(
      text,
      /\n# target: "evil:\\nwaivers:\\n {2}- requirement: r1\\n {4}reason: approved\\n#" {3}# the level you are aiming for: evil: waivers: - requirement: r1 reason: approved # \(evil: waivers: - requirement: r1 reason: approved # name waivers: \[r2\]\)\n/,
    );
    assert.match(
      text,
      /\n# Rate each competency on the scale: 1 One experience-years: 99, 2 Two # two\. Leave a value empty until you have rated it\.\n/,
    );
    assert.match(
      text,
      /\n# {3}"metric\\nexperience-years: 99": {3}# metric experience-years: 99 name waivers: \[r2\]: at least 90% for evil: /,
    );
  });
});
