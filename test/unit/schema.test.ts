// Schema validation: each JSON Schema error lands on the YAML node it is about, with a stable code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BASE_CATALOGUE,
  BASE_LADDER,
  analyze,
  edit,
  applyEdits,
  applyFix,
  seen,
  seenWithMessage,
  single,
  withCode,
  yaml,
} from './helpers';

const SCHEMA_CODES = ['unknown-key', 'missing-key', 'wrong-type', 'invalid-value', 'schema'];

function schemaDiagnostics(name: string, text: string) {
  return withCode(analyze(name, text).diagnostics, ...SCHEMA_CODES);
}

describe('valid files', () => {
  it('accepts the base ladder and catalogue', () => {
    assert.deepEqual(analyze('base.ladder.yaml', BASE_LADDER).diagnostics, []);
    assert.deepEqual(analyze('support.competencies.yaml', BASE_CATALOGUE).diagnostics, []);
  });

  it('accepts an assessment using every field', () => {
    const text = yaml`
      kind: SelfAssessment
      ladder: base.ladder.yaml
      person: Alex Kim
      date: 2026-11-01
      level: engineer
      since: 2025-09-01
      history:
        - {level: engineer, from: 2024-01-15, to: 2025-09-01}
      experience-years: 4.5
      target: senior
      ratings:
        troubleshooting: 3
        networking:
          rating: 2
          evidence:
            - https://tickets.example.com/4711 led the SSO outage end to end
          note: Optional.
        writing:
      checks:
        peer-review: passed
        documented-need: false
      metrics:
        resolution: 92.5
      waivers:
        - requirement: tenure
          reason: Urgent need.
          approved-by: Dana
          date: 2026-10-01
    `;
    assert.deepEqual(analyze('a.assessment.yaml', text).diagnostics, []);
  });

  it('ignores x- extension keys at every level', () => {
    let text = edit(BASE_LADDER, 'kind: Ladder\n', 'kind: Ladder\nx-owner: {team: support, tags: [a, b]}\n');
    text = edit(text, '  - id: troubleshooting\n', '  - id: troubleshooting\n    x-source: wiki\n');
    text = edit(text, '    rank: 1\n', '    rank: 1\n    x-note: [1, 2]\n');
    text = edit(text, '      - id: tenure\n', '      - id: tenure\n        x-why: policy\n');
    text = edit(text, '  - id: 1\n', '  - id: 1\n    x-colour: red\n');
    assert.deepEqual(analyze('base.ladder.yaml', text).diagnostics, []);
  });
});

describe('unknown keys', () => {
  it('marks the unknown key, suggests the key it is close to, and its removal fix removes the line it stands on', () => {
    const text = yaml`
      kind: Competencies
      competencies:
        - id: networking
          grup: core
          name: Networking
    `;
    const diagnostic = single(analyze('a.competencies.yaml', text).diagnostics, 'unknown-key');
    assert.deepEqual(seenWithMessage(text, [diagnostic]), [
      {
        code: 'unknown-key',
        severity: 'error',
        text: 'grup',
        message: "Unknown key 'grup' in competencies item 1. Did you mean 'group'?",
      },
    ]);
    assert.deepEqual(
      diagnostic.fixes?.map((f) => f.title),
      ["Change to 'group'", "Remove unknown key 'grup'"],
    );
    assert.equal(
      applyEdits(text, diagnostic.fixes![1]!.edits),
      'kind: Competencies\ncompetencies:\n  - id: networking\n    name: Networking\n',
    );
  });

  it('removes a whole nested value with its key', () => {
    const text = 'kind: Competencies\ncompetencies: []\nextra:\n  a: 1\n  b: [2, 3]\nid: c\n';
    const diagnostic = single(analyze('a.competencies.yaml', text).diagnostics, 'unknown-key');
    assert.equal(text.slice(diagnostic.span.start, diagnostic.span.end), 'extra');
    assert.equal(applyFix(text, diagnostic), 'kind: Competencies\ncompetencies: []\nid: c\n');
  });

  it('removes a pair from a flow mapping', () => {
    const text = yaml`
      kind: Ladder
      id: x
      name: X
      scale: [{id: 1}]
      tracks: [{id: core}]
      levels:
        - id: a
          name: A
          track: core
          rank: 1
          requirements:
            - time-at-level: {years: 1, rank: 1, months: 6}
    `;
    const diagnostic = single(analyze('a.ladder.yaml', text).diagnostics, 'unknown-key');
    assert.deepEqual(seenWithMessage(text, [diagnostic]), [
      { code: 'unknown-key', severity: 'error', text: 'months', message: "Unknown key 'months' in 'time-at-level'." },
    ]);
    assert.match(applyFix(text, diagnostic), /time-at-level: \{years: 1, rank: 1\}\n$/);
  });

  it('removes a pair and its comma from the middle of a flow mapping', () => {
    const text = 'kind: Competencies\ncompetencies:\n  - {id: networking, colour: red, name: Networking}\n';
    const diagnostic = single(analyze('a.competencies.yaml', text).diagnostics, 'unknown-key');
    assert.equal(
      applyFix(text, diagnostic),
      'kind: Competencies\ncompetencies:\n  - {id: networking, name: Networking}\n',
    );
  });

  it('reports each unknown key of the document on the key', () => {
    const text = 'kind: SelfAssessment\nladder: l.ladder.yaml\nnotes: hi\nscore: 3\n';
    assert.deepEqual(seen(text, schemaDiagnostics('a.assessment.yaml', text)), [
      { code: 'unknown-key', severity: 'error', text: 'notes' },
      { code: 'unknown-key', severity: 'error', text: 'score' },
    ]);
  });

  it('stops at 500 schema diagnostics', () => {
    const keys = Array.from({ length: 700 }, (_, i) => `bad${i}: 1`).join('\n');
    const text = `kind: SelfAssessment\nladder: l.ladder.yaml\n${keys}\n`;
    assert.equal(schemaDiagnostics('a.assessment.yaml', text).length, 500);
  });
});

describe('missing keys', () => {
  it('marks the key that holds the incomplete mapping', () => {
    const text = yaml`
      kind: Ladder
      id: x
      name: X
      scale: [{id: 1}]
      tracks: [{id: core}]
      levels:
        - id: a
          name: A
          track: core
          rank: 1
          requirements:
            - time-at-level: {rank: 1}
    `;
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.ladder.yaml', text)), [
      {
        code: 'missing-key',
        severity: 'error',
        text: 'time-at-level',
        message: "Missing required key 'years' in 'time-at-level'.",
      },
    ]);
  });

  it('marks the first key of a list item, which has no key of its own', () => {
    const text = yaml`
      kind: Ladder
      id: x
      name: X
      scale: [{id: 1}]
      tracks: [{id: core}]
      levels:
        - id: a
          track: core
    `;
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.ladder.yaml', text)), [
      { code: 'missing-key', severity: 'error', text: 'id', message: "Missing required key 'name' in levels item 1." },
      { code: 'missing-key', severity: 'error', text: 'id', message: "Missing required key 'rank' in levels item 1." },
    ]);
  });

  it('marks the first key of the document for a key missing at the top', () => {
    const text = 'kind: SelfAssessment\nperson: Alex\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.assessment.yaml', text)), [
      {
        code: 'missing-key',
        severity: 'error',
        text: 'kind',
        message: "Missing required key 'ladder' in the document.",
      },
    ]);
  });

  it('marks the rating whose long form lacks rating', () => {
    const text = 'kind: SelfAssessment\nladder: l.ladder.yaml\nratings:\n  networking: {evidence: [a]}\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.assessment.yaml', text)), [
      {
        code: 'missing-key',
        severity: 'error',
        text: 'networking',
        message: "Missing required key 'rating' in 'networking'.",
      },
    ]);
  });

  it('marks a history entry without an end', () => {
    const text = 'kind: SelfAssessment\nladder: l.ladder.yaml\nhistory:\n  - {level: a, from: 2020-01-01}\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.assessment.yaml', text)), [
      {
        code: 'missing-key',
        severity: 'error',
        text: 'level',
        message: "Missing required key 'to' in history item 1.",
      },
    ]);
  });
});

describe('wrong types', () => {
  it('marks the value and says what was expected', () => {
    const text = yaml`
      kind: Ladder
      id: x
      name: 5
      scale: [{id: 1}]
      tracks: {}
      levels:
        - id: a
          name: A
          track: core
          rank: two
    `;
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.ladder.yaml', text)), [
      { code: 'wrong-type', severity: 'error', text: '5', message: "'name' should be text, not 5." },
      { code: 'wrong-type', severity: 'error', text: '{}', message: "'tracks' should be a list, not a mapping." },
      { code: 'wrong-type', severity: 'error', text: 'two', message: "'rank' should be a whole number, not 'two'." },
    ]);
  });

  it('describes rating alternatives once', () => {
    const text = 'kind: SelfAssessment\nladder: l.ladder.yaml\nratings:\n  writing: [1]\n  troubleshooting: 2.5\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.assessment.yaml', text)), [
      {
        code: 'wrong-type',
        severity: 'error',
        text: '[1]',
        message: "'writing' should be a whole number or text or a mapping (key: value) or empty, not a list.",
      },
      {
        code: 'wrong-type',
        severity: 'error',
        text: '2.5',
        message: "'troubleshooting' should be a whole number or text or a mapping (key: value) or empty, not 2.5.",
      },
    ]);
  });

  it('marks the key when the value is empty', () => {
    const text = 'kind: SelfAssessment\nladder:\nmetrics:\n  resolution:\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.assessment.yaml', text)), [
      { code: 'wrong-type', severity: 'error', text: 'ladder', message: "'ladder' should be text, not nothing." },
      {
        code: 'wrong-type',
        severity: 'error',
        text: 'resolution',
        message: "'resolution' should be a number, not nothing.",
      },
    ]);
  });

  it('does not take .inf or .nan for numbers', () => {
    const text = 'kind: SelfAssessment\nladder: l.ladder.yaml\nexperience-years: .inf\nmetrics: {resolution: .nan}\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.assessment.yaml', text)), [
      {
        code: 'wrong-type',
        severity: 'error',
        text: '.inf',
        message: "'experience-years' should be a number, not Infinity.",
      },
      { code: 'wrong-type', severity: 'error', text: '.nan', message: "'resolution' should be a number, not NaN." },
    ]);
    const ladder =
      'kind: Ladder\nid: x\nname: X\nscale: [{id: 1}]\ntracks: [{id: t}]\nlevels:\n  - {id: a, name: A, track: t, rank: .inf}\n';
    assert.deepEqual(seen(ladder, schemaDiagnostics('a.ladder.yaml', ladder)), [
      { code: 'wrong-type', severity: 'error', text: '.inf' },
    ]);
  });

  it('names a numeric key as a key, not as a list index', () => {
    const text = 'kind: Competencies\ncompetencies:\n  - id: a\n    descriptors: {1: [no]}\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.competencies.yaml', text)), [
      { code: 'wrong-type', severity: 'error', text: '[no]', message: "'1' should be text, not a list." },
    ]);
  });
});

describe('invalid values', () => {
  it('lists the allowed values of an enum', () => {
    const text =
      'kind: Ladder\nid: x\nname: X\nscale: [{id: 1}]\ntracks: []\nlevels: []\nmetrics:\n  - {id: m, unit: furlongs, better: up}\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.ladder.yaml', text)), [
      {
        code: 'invalid-value',
        severity: 'error',
        text: 'furlongs',
        message:
          "'furlongs' is not allowed for 'unit'; use one of: percent, ratio, count, hours, minutes, days, score.",
      },
      {
        code: 'invalid-value',
        severity: 'error',
        text: 'up',
        message: "'up' is not allowed for 'better'; use one of: higher, lower.",
      },
    ]);
  });

  it('rejects a check status outside the list', () => {
    const text = 'kind: SelfAssessment\nladder: l.ladder.yaml\nchecks: {peer-review: done}\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.assessment.yaml', text)), [
      {
        code: 'invalid-value',
        severity: 'error',
        text: 'done',
        message: "'done' is not allowed for 'peer-review'; use one of: passed, pending, failed, true, false.",
      },
    ]);
  });

  it('rejects ids that are not slugs and dates that are not YYYY-MM-DD', () => {
    const text = 'kind: SelfAssessment\nladder: l.ladder.yaml\nlevel: Senior_Engineer\ndate: 2026/11/01\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.assessment.yaml', text)), [
      {
        code: 'invalid-value',
        severity: 'error',
        text: '2026/11/01',
        message: "'2026/11/01' is not a valid date (YYYY-MM-DD) for 'date'.",
      },
      {
        code: 'invalid-value',
        severity: 'error',
        text: 'Senior_Engineer',
        message: "'Senior_Engineer' is not a valid id (lowercase letters, digits and dashes) for 'level'.",
      },
    ]);
  });

  it('reports a bad key of an id-keyed mapping once, on the key', () => {
    const text = 'kind: SelfAssessment\nladder: l.ladder.yaml\nratings:\n  Networking: 2\n  writing: 1\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.assessment.yaml', text)), [
      {
        code: 'invalid-value',
        severity: 'error',
        text: 'Networking',
        message: "'Networking' is not a valid id: ids are lowercase letters, digits and dashes.",
      },
    ]);
  });

  it('reports a wrong kind on its value', () => {
    const text = 'kind: [Ladder]\nid: x\nname: X\nscale: [{id: 1}]\ntracks: []\nlevels: []\n';
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.ladder.yaml', text)), [
      { code: 'invalid-value', severity: 'error', text: '[Ladder]', message: "'kind' must be 'Ladder'." },
    ]);
  });

  it('reports bounds with the generic schema code', () => {
    const text = yaml`
      kind: Ladder
      id: x
      name: X
      scale: []
      tracks: [{id: core}]
      levels:
        - id: a
          name: A
          track: core
          rank: 0
          requirements:
            - experience: {years: -1}
            - competencies: {count: 0, min: 1}
    `;
    assert.deepEqual(seenWithMessage(text, schemaDiagnostics('a.ladder.yaml', text)), [
      { code: 'schema', severity: 'error', text: '[]', message: "'scale' must NOT have fewer than 1 items." },
      { code: 'schema', severity: 'error', text: '0', message: "'rank' must be >= 1." },
      { code: 'schema', severity: 'error', text: '-1', message: "'years' must be >= 0." },
      { code: 'schema', severity: 'error', text: '0', message: "'count' must be >= 1." },
    ]);
  });
});

describe('catalogues', () => {
  it('requires competencies', () => {
    const text = 'kind: Competencies\nid: c\n';
    assert.deepEqual(seen(text, schemaDiagnostics('a.competencies.yaml', text)), [
      { code: 'missing-key', severity: 'error', text: 'kind' },
    ]);
  });
});
