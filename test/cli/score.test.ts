// `ladder score`: the JSON report computed by hand, the text and Markdown reports, errors and exit codes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BROKEN_LADDER, MINI_ASSESSMENT, MINI_LADDER } from './fixtures';
import { fixture, ladder, lines } from './helpers';

const scored = () => fixture({ 'mini.ladder.yaml': MINI_LADDER, 'test.assessment.yaml': MINI_ASSESSMENT });

const ENGINEER = {
  id: 'engineer',
  name: 'Engineer',
  track: 'core',
  rank: 1,
  status: 'eligible',
  readiness: 1,
  expectations: [{ competency: 'troubleshooting', expected: 1, rated: 3, status: 'met' }],
  requirements: [],
};

const SENIOR = {
  id: 'senior',
  name: 'Senior',
  track: 'ic',
  rank: 2,
  status: 'incomplete',
  readiness: 6 / 7,
  expectations: [
    { competency: 'troubleshooting', expected: 3, rated: 3, status: 'met' },
    { competency: 'networking', expected: 2, rated: 2, status: 'met' },
    { competency: 'writing', expected: 2, rated: null, status: 'unrated' },
  ],
  requirements: [
    { id: 'tenure', type: 'time-at-level', status: 'met', detail: '1.5 years at rank 1 (needs 1)' },
    { id: 'sme', type: 'competencies', status: 'met', detail: '2 rated 2 or higher in core (needs 2)' },
    { id: 'review', type: 'check', status: 'met', detail: 'Peer review: passed' },
    {
      id: 'resolution-target',
      type: 'metric',
      status: 'waived',
      detail: 'waived (Resolved unassisted: 85% (needs at least 90%))',
    },
  ],
};

const LEAD = {
  id: 'lead',
  name: 'Lead',
  track: 'ic',
  rank: 3,
  status: 'not-yet',
  readiness: 0.5,
  expectations: [{ competency: 'troubleshooting', expected: 3, rated: 3, status: 'met' }],
  requirements: [
    { id: 'need', type: 'check', status: 'unknown', detail: 'Documented need: pending' },
    { id: 'lead-tenure', type: 'time-at-level', status: 'unmet', detail: '0 years at Senior (needs 2)' },
    {
      id: 'either',
      type: 'any-of',
      status: 'met',
      detail: '1 of 2 options satisfied (needs 1)',
      children: [
        { type: 'check', status: 'met', detail: 'Peer review: passed' },
        { type: 'experience', status: 'unknown', detail: 'experience-years not given (needs 10)' },
      ],
    },
  ],
};

describe('ladder score', () => {
  it('prints the spec JSON with every level in file order, exact statuses and exact readiness', () => {
    const result = ladder(['score', 'test.assessment.yaml', '--format', 'json'], scored());
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '');
    const report = JSON.parse(result.stdout);
    assert.deepEqual(report, {
      person: 'Test Person',
      ladder: 'mini',
      level: 'engineer',
      asOf: '2026-01-01',
      levels: [ENGINEER, SENIOR, LEAD],
    });
    assert.equal(JSON.parse(result.stdout).levels[1].readiness, 0.8571428571428571, 'readiness is the exact fraction');
  });

  it('scores one level with --level', () => {
    const result = ladder(['score', '--level', 'lead', '--format=json', 'test.assessment.yaml'], scored());
    assert.equal(result.code, 0);
    assert.deepEqual(JSON.parse(result.stdout).levels, [LEAD]);
  });

  it('keeps string scale ids as strings', () => {
    const dir = fixture({
      'roman.ladder.yaml': [
        'kind: Ladder',
        'id: roman',
        'name: Roman',
        'scale: [{id: I, name: One}, {id: II, name: Two}, {id: III, name: Three}]',
        'competencies: [{id: writing, name: Writing}, {id: speaking, name: Speaking}]',
        'tracks: [{id: t, name: T}]',
        'levels:',
        '  - {id: one, name: One, track: t, rank: 1, expectations: {writing: II, speaking: I}}',
        '',
      ].join('\n'),
      'me.assessment.yaml':
        'kind: SelfAssessment\nladder: roman.ladder.yaml\nperson: Me\ndate: 2026-01-01\nlevel: one\nsince: 2025-01-01\nratings:\n  writing: III\n',
    });
    const result = ladder(['score', 'me.assessment.yaml', '--format', 'json'], dir);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).levels[0].expectations, [
      { competency: 'writing', expected: 'II', rated: 'III', status: 'met' },
      { competency: 'speaking', expected: 'I', rated: null, status: 'unrated' },
    ]);
  });

  it('prints a readable text report with the next levels and the target first and starred', () => {
    const result = ladder(['score', 'test.assessment.yaml'], scored());
    assert.equal(result.code, 0);
    const out = lines(result.stdout);
    assert.deepEqual(out.slice(0, 5), [
      'Test Person',
      'Ladder:        Mini Ladder (mini)',
      'Current level: Engineer (engineer)',
      'As of:         2026-01-01',
      '★ a next step from the current level, or the target',
    ]);
    assert.deepEqual(
      out.filter((line) => line.includes(', rank ')),
      ['★ Senior (senior) — IC, rank 2', '★ Lead (lead) — IC, rank 3', '  Engineer (engineer) — Core, rank 1'],
    );
    assert.ok(out.includes('  INCOMPLETE · readiness 85% (6 of 7)'));
    assert.ok(out.includes('    ? unrated Writing (writing): not rated, expected 2'));
    assert.ok(out.includes('    ~ waived  resolution-target: waived (Resolved unassisted: 85% (needs at least 90%))'));
    assert.ok(out.includes('        ? unknown experience: experience-years not given (needs 10)'));
    assert.doesNotMatch(result.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
  });

  it('prints a Markdown report with a table per level', () => {
    const result = ladder(['score', 'test.assessment.yaml', '--format', 'markdown'], scored());
    assert.equal(result.code, 0);
    const out = lines(result.stdout);
    assert.equal(out[0], '# Test Person');
    assert.ok(out.includes('| ★ Senior (`senior`) | IC | 2 | Incomplete | 85% |'));
    assert.ok(out.includes('## ★ Lead (`lead`)'));
    assert.ok(out.includes('| Writing (`writing`) | 2 | — | ? unrated |'));
    assert.ok(out.includes('| \u00a0\u00a0↳ `check` | ✓ met | Peer review: passed |'));
  });

  it('exits 1 and prints the errors as check does when the ladder has errors', () => {
    const dir = fixture({
      'team.ladder.yaml': BROKEN_LADDER,
      'test.assessment.yaml': MINI_ASSESSMENT.replace('mini.ladder.yaml', 'team.ladder.yaml'),
    });
    const result = ladder(['score', 'test.assessment.yaml'], dir);
    assert.equal(result.code, 1);
    assert.deepEqual(lines(result.stdout), [
      "team.ladder.yaml:12:5: error: Unknown key 'colour' in competencies item 2. [unknown-key]",
      "team.ladder.yaml:21:7: error: Unknown competency 'troubleshootin'. Did you mean 'troubleshooting'? [unknown-reference]",
      "team.ladder.yaml:22:9: error: Duplicate level id 'engineer': ids must be unique in their list. [duplicate-id]",
      "team.ladder.yaml:24:12: error: Unknown track 'mgmt'. [unknown-reference]",
      "test.assessment.yaml:7:9: error: Unknown level 'lead'. [unknown-reference]",
      "test.assessment.yaml:9:20: error: '3' is not a rating of this ladder; the scale is 1, 2. [off-scale]",
      "test.assessment.yaml:10:3: error: Unknown competency 'networking'. [unknown-reference]",
      "test.assessment.yaml:14:3: error: Unknown check 'peer-review'. [unknown-reference]",
      "test.assessment.yaml:15:3: error: Unknown check 'documented-need'. [unknown-reference]",
      "test.assessment.yaml:17:3: error: Unknown metric 'resolution'. [unknown-reference]",
      "test.assessment.yaml:19:18: error: Unknown requirement 'resolution-target'. (a requirement needs an id to be waived) [unknown-reference]",
    ]);
    assert.equal(result.stderr, 'ladder: cannot score: 11 errors in 2 files\n');
    const json = ladder(['score', 'test.assessment.yaml', '--format', 'json'], dir);
    assert.equal(json.code, 1);
    const problems = JSON.parse(json.stdout);
    assert.equal(problems.length, 11);
    assert.deepEqual(Object.keys(problems[0]), [
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'severity',
      'message',
      'code',
    ]);
  });

  it('exits 1 with a diagnostic, not a crash, when the ladder is missing or the assessment is binary', () => {
    const dir = fixture({
      'lost.assessment.yaml': MINI_ASSESSMENT.replace('mini.ladder.yaml', 'gone/away.ladder.yaml'),
      'junk.assessment.yaml': new Uint8Array([0x00, 0x9f, 0x92, 0x96, 0x00, 0x01]),
    });
    const lost = ladder(['score', 'lost.assessment.yaml'], dir);
    assert.equal(lost.code, 1);
    assert.deepEqual(lines(lost.stdout), [
      "lost.assessment.yaml:2:9: error: Cannot read ladder 'gone/away.ladder.yaml': no such file. [ladder-not-found]",
    ]);
    assert.equal(lost.stderr, 'ladder: cannot score: 1 error in 1 file\n');
    const junk = ladder(['score', 'junk.assessment.yaml'], dir);
    assert.equal(junk.code, 1);
    assert.deepEqual(lines(junk.stdout), [
      'junk.assessment.yaml:1:1: error: This file is not text (it contains NUL or control characters), so it cannot be a ladder file. [binary-file]',
    ]);
  });

  it('exits 2 with the list of level ids for an unknown --level', () => {
    const result = ladder(['score', 'test.assessment.yaml', '--level', 'senoir'], scored());
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(
      lines(result.stderr)[0],
      "ladder: unknown level 'senoir' in mini.ladder.yaml. Did you mean 'senior'? Levels: engineer, senior, lead",
    );
  });

  it('exits 2 for a file that is not an assessment, a directory or a missing file', () => {
    const dir = scored();
    const ladderFile = ladder(['score', 'mini.ladder.yaml'], dir);
    assert.equal(ladderFile.code, 2);
    assert.equal(
      lines(ladderFile.stderr)[0],
      "ladder: 'mini.ladder.yaml' is a Ladder file; score takes a SelfAssessment file",
    );
    const directory = ladder(['score', '.'], dir);
    assert.equal(directory.code, 2);
    assert.equal(lines(directory.stderr)[0], "ladder: '.' is not a file; score takes one self-assessment file");
    const missing = ladder(['score', 'nobody.assessment.yaml'], dir);
    assert.equal(missing.code, 2);
    assert.equal(lines(missing.stderr)[0], "ladder: 'nobody.assessment.yaml' does not exist");
  });
});
