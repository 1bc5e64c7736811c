// Semantic checks of self-assessments: the ladder path, references into the ladder, dates, missing ratings.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeActions } from '../../server/src/core/features/codeActions';
import {
  BASE_LADDER,
  applyEdits,
  applyFix,
  check,
  diagnosticsOf,
  edit,
  seen,
  seenWithMessage,
  single,
  uri,
  withCode,
  workspaceOf,
  yaml,
} from './helpers';

function assessmentDiagnostics(text: string, extra: Record<string, string> = {}) {
  return diagnosticsOf({ 'base.ladder.yaml': BASE_LADDER, 'a.assessment.yaml': text, ...extra }, 'a.assessment.yaml');
}

const HEAD = 'kind: SelfAssessment\nladder: base.ladder.yaml\n';

describe('the ladder path', () => {
  it('accepts a complete assessment with no diagnostics', () => {
    const text = yaml`
      kind: SelfAssessment
      ladder: base.ladder.yaml
      person: Alex
      date: 2026-11-01
      level: engineer
      since: 2025-09-01
      target: staff
      history:
        - {level: engineer, from: 2024-01-01, to: 2024-06-01}
      ratings:
        troubleshooting: 2
        networking: {rating: 3, evidence: [ticket 4711]}
      checks: {peer-review: passed}
      metrics: {resolution: 91}
      waivers:
        - requirement: tenure
          reason: Approved.
    `;
    assert.deepEqual(assessmentDiagnostics(text), []);
  });

  it('reports a ladder file that does not exist', () => {
    const text = 'kind: SelfAssessment\nladder: nope.ladder.yaml\n';
    assert.deepEqual(seenWithMessage(text, assessmentDiagnostics(text)), [
      {
        code: 'ladder-not-found',
        severity: 'error',
        text: 'nope.ladder.yaml',
        message: "Cannot read ladder 'nope.ladder.yaml': no such file.",
      },
    ]);
  });

  it('reports a ladder path that is not a Ladder', () => {
    const catalogue = 'kind: Competencies\ncompetencies: []\n';
    const text = 'kind: SelfAssessment\nladder: support.competencies.yaml\n';
    assert.deepEqual(seenWithMessage(text, assessmentDiagnostics(text, { 'support.competencies.yaml': catalogue })), [
      {
        code: 'ladder-wrong-kind',
        severity: 'error',
        text: 'support.competencies.yaml',
        message: "'support.competencies.yaml' is a Competencies file, not a Ladder.",
      },
    ]);
    const other = 'kind: SelfAssessment\nladder: readme.md\n';
    assert.deepEqual(seenWithMessage(other, assessmentDiagnostics(other, { 'readme.md': '# Hello\n' })), [
      {
        code: 'ladder-wrong-kind',
        severity: 'error',
        text: 'readme.md',
        message: "'readme.md' is not a ladder file, not a Ladder.",
      },
    ]);
  });

  it('reports a ladder outside the workspace folders', () => {
    const text = 'kind: SelfAssessment\nladder: ../elsewhere/base.ladder.yaml\n';
    const files = { 'ws/a.assessment.yaml': text, 'elsewhere/base.ladder.yaml': BASE_LADDER };
    assert.deepEqual(diagnosticsOf(files, 'ws/a.assessment.yaml'), []);
    const { ws, host } = workspaceOf(files, { roots: [uri('ws')] });
    assert.deepEqual(seenWithMessage(text, ws.diagnostics(uri('ws/a.assessment.yaml'))), [
      {
        code: 'ladder-not-found',
        severity: 'error',
        text: '../elsewhere/base.ladder.yaml',
        message: "Cannot read ladder '../elsewhere/base.ladder.yaml': it is outside the workspace folders.",
      },
    ]);
    assert.ok(!host.reads.includes(uri('elsewhere/base.ladder.yaml')), 'the file outside is never read');
  });

  it('resolves the ladder path relative to the assessment', () => {
    const text =
      'kind: SelfAssessment\nladder: ../ladders/base.ladder.yaml\nlevel: engineer\nratings: {troubleshooting: 1, networking: 1}\n';
    assert.deepEqual(
      check({ 'ladders/base.ladder.yaml': BASE_LADDER, 'people/a.assessment.yaml': text }, 'people/a.assessment.yaml'),
      [],
    );
  });

  it('warns when the ladder has errors and still checks against it', () => {
    const ladder = edit(BASE_LADDER, 'name: Base Ladder\n', 'name: Base Ladder\nowner: me\n');
    const text = `${HEAD}level: enginer\n`;
    assert.deepEqual(seenWithMessage(text, assessmentDiagnostics(text, { 'base.ladder.yaml': ladder })), [
      {
        code: 'ladder-has-errors',
        severity: 'warning',
        text: 'base.ladder.yaml',
        message: 'The ladder base.ladder.yaml has errors; this assessment is checked against what could be read of it.',
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'enginer',
        message: "Unknown level 'enginer'. Did you mean 'engineer'?",
      },
    ]);
  });

  it('still checks dates without a ladder', () => {
    const text = 'kind: SelfAssessment\nladder: nope.ladder.yaml\ndate: 2026-13-01\nlevel: whatever\n';
    assert.deepEqual(seen(text, assessmentDiagnostics(text)), [
      { code: 'ladder-not-found', severity: 'error', text: 'nope.ladder.yaml' },
      { code: 'invalid-date', severity: 'error', text: '2026-13-01' },
    ]);
  });
});

describe('references into the ladder', () => {
  it('reports every unknown id with a suggestion and a fix', () => {
    const text = yaml`
      kind: SelfAssessment
      ladder: base.ladder.yaml
      level: enginer
      target: senor
      history:
        - {level: enginee, from: 2024-01-01, to: 2025-01-01}
      ratings:
        troubleshootng: 2
        networking: 2
      checks:
        peer-reviw: passed
      metrics:
        resolutio: 90
      waivers:
        - requirement: tenur
    `;
    const found = withCode(assessmentDiagnostics(text), 'unknown-reference');
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'enginer',
        message: "Unknown level 'enginer'. Did you mean 'engineer'?",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'senor',
        message: "Unknown level 'senor'. Did you mean 'senior'?",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'enginee',
        message: "Unknown level 'enginee'. Did you mean 'engineer'?",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'troubleshootng',
        message: "Unknown competency 'troubleshootng'. Did you mean 'troubleshooting'?",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'peer-reviw',
        message: "Unknown check 'peer-reviw'. Did you mean 'peer-review'?",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'resolutio',
        message: "Unknown metric 'resolutio'. Did you mean 'resolution'?",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'tenur',
        message: "Unknown requirement 'tenur'. Did you mean 'tenure'?",
      },
    ]);
    let fixed = text;
    for (const diagnostic of [...found].reverse()) fixed = applyFix(fixed, diagnostic);
    assert.equal(
      fixed,
      text
        .replace('enginer', 'engineer')
        .replace('senor', 'senior')
        .replace('enginee,', 'engineer,')
        .replace('troubleshootng', 'troubleshooting')
        .replace('peer-reviw', 'peer-review')
        .replace('resolutio:', 'resolution:')
        .replace('tenur\n', 'tenure\n'),
    );
    assert.deepEqual(withCode(assessmentDiagnostics(fixed), 'unknown-reference'), []);
  });

  it('explains that requirements need ids to be waived', () => {
    const ladder = edit(BASE_LADDER, '      - id: tenure\n        time-at-level', '      - time-at-level');
    const text = `${HEAD}waivers:\n  - requirement: tenure\n`;
    assert.deepEqual(
      seenWithMessage(text, withCode(assessmentDiagnostics(text, { 'base.ladder.yaml': ladder }), 'unknown-reference')),
      [
        {
          code: 'unknown-reference',
          severity: 'error',
          text: 'tenure',
          message: "Unknown requirement 'tenure'. (a requirement needs an id to be waived)",
        },
      ],
    );
  });

  it('finds waivable requirements nested in any-of', () => {
    const ladder = edit(
      BASE_LADDER,
      '      - check: peer-review\n',
      '      - any-of:\n          - {id: review, check: peer-review}\n          - {id: need, check: documented-need}\n',
    );
    const text = `${HEAD}waivers:\n  - requirement: review\n  - requirement: need\n`;
    assert.deepEqual(assessmentDiagnostics(text, { 'base.ladder.yaml': ladder }), []);
  });

  it('reports the same requirement waived twice', () => {
    const text = `${HEAD}waivers:\n  - requirement: tenure\n  - requirement: tenure\n`;
    const found = assessmentDiagnostics(text);
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'duplicate-id',
        severity: 'error',
        text: 'tenure',
        message: "Duplicate waived requirement id 'tenure': ids must be unique in their list.",
      },
    ]);
    assert.equal(found[0]!.span.start, text.lastIndexOf('tenure'));
  });

  it('treats __proto__ and constructor as ordinary unknown ids', () => {
    const text = yaml`
      kind: SelfAssessment
      ladder: base.ladder.yaml
      level: constructor
      target: constructor
      ratings:
        constructor: 3
        tostring: 1
      checks:
        constructor: passed
      metrics:
        constructor: 2
      waivers:
        - requirement: constructor
      history:
        - {level: constructor, from: 2020-01-01, to: 2021-01-01}
    `;
    const found = assessmentDiagnostics(text);
    assert.deepEqual(
      found.map((d) => [text.slice(d.span.start, d.span.end), d.code, d.message]),
      [
        ['constructor', 'unknown-reference', "Unknown level 'constructor'."],
        ['constructor', 'unknown-reference', "Unknown level 'constructor'."],
        ['constructor', 'unknown-reference', "Unknown competency 'constructor'."],
        ['tostring', 'unknown-reference', "Unknown competency 'tostring'."],
        ['constructor', 'unknown-reference', "Unknown check 'constructor'."],
        ['constructor', 'unknown-reference', "Unknown metric 'constructor'."],
        ['constructor', 'unknown-reference', "Unknown requirement 'constructor'."],
        ['constructor', 'unknown-reference', "Unknown level 'constructor'."],
      ],
    );
  });

  it('reports __proto__ keys as bad ids and unknown references without polluting prototypes', () => {
    const text = `${HEAD}ratings:\n  __proto__: {rating: 2, polluted: yes}\nchecks:\n  __proto__: passed\nmetrics:\n  __proto__: 1\n`;
    const found = assessmentDiagnostics(text);
    assert.deepEqual(
      found.map((d) => [text.slice(d.span.start, d.span.end), d.code]),
      [
        ['__proto__', 'invalid-value'],
        ['__proto__', 'unknown-reference'],
        ['polluted', 'unknown-key'],
        ['__proto__', 'invalid-value'],
        ['__proto__', 'unknown-reference'],
        ['__proto__', 'invalid-value'],
        ['__proto__', 'unknown-reference'],
      ],
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).rating, undefined);
  });
});

describe('ratings on the scale', () => {
  it('reports numeric ratings off the scale in both forms', () => {
    const text = `${HEAD}ratings:\n  troubleshooting: 4\n  networking: {rating: 0}\n  writing: high\n`;
    assert.deepEqual(seenWithMessage(text, assessmentDiagnostics(text)), [
      {
        code: 'off-scale',
        severity: 'error',
        text: '4',
        message: "'4' is not a rating of this ladder; the scale is 1, 2, 3.",
      },
      {
        code: 'off-scale',
        severity: 'error',
        text: '0',
        message: "'0' is not a rating of this ladder; the scale is 1, 2, 3.",
      },
      {
        code: 'off-scale',
        severity: 'error',
        text: 'high',
        message: "'high' is not a rating of this ladder; the scale is 1, 2, 3.",
      },
    ]);
  });

  it('offers the right case on a string scale', () => {
    const ladder = edit(
      edit(edit(BASE_LADDER, '  - id: 1\n', '  - id: I\n'), '  - id: 2\n', '  - id: II\n'),
      '  - id: 3\n',
      '  - id: III\n',
    )
      .replace(/troubleshooting: (\d)/g, (_, n: string) => `troubleshooting: ${'I'.repeat(Number(n))}`)
      .replace(/networking: 2/g, 'networking: II');
    assert.deepEqual(check({ 'base.ladder.yaml': ladder }, 'base.ladder.yaml'), []);
    const text = `${HEAD}ratings:\n  troubleshooting: iii\n  networking: IV\n`;
    const found = assessmentDiagnostics(text, { 'base.ladder.yaml': ladder });
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'off-scale',
        severity: 'error',
        text: 'iii',
        message: "'iii' is not a rating of this ladder; the scale is I, II, III.",
      },
      {
        code: 'off-scale',
        severity: 'error',
        text: 'IV',
        message: "'IV' is not a rating of this ladder; the scale is I, II, III.",
      },
    ]);
    assert.equal(applyFix(text, found[0]!), text.replace('iii', 'III'));
    assert.equal(found[1]!.fixes, undefined);
  });

  it('reports .inf as a rating off the scale rather than reading it as no rating', () => {
    const text = `${HEAD}ratings:\n  troubleshooting: .inf\n`;
    assert.deepEqual(seenWithMessage(text, assessmentDiagnostics(text)), [
      {
        code: 'off-scale',
        severity: 'error',
        text: '.inf',
        message: "'.inf' is not a rating of this ladder; the scale is 1, 2, 3.",
      },
    ]);
  });

  it('accepts a quoted number on a numeric scale', () => {
    const text = `${HEAD}ratings:\n  troubleshooting: '2'\n`;
    assert.deepEqual(assessmentDiagnostics(text), []);
  });
});

describe('dates', () => {
  it('reports dates that do not exist', () => {
    const text = `${HEAD}date: 2026-02-29\nsince: 2024-02-29\nhistory:\n  - {level: engineer, from: 2023-04-31, to: 2024-00-10}\n`;
    assert.deepEqual(seenWithMessage(text, withCode(assessmentDiagnostics(text), 'invalid-date')), [
      {
        code: 'invalid-date',
        severity: 'error',
        text: '2026-02-29',
        message: "'2026-02-29' is not a real date; write YYYY-MM-DD.",
      },
      {
        code: 'invalid-date',
        severity: 'error',
        text: '2023-04-31',
        message: "'2023-04-31' is not a real date; write YYYY-MM-DD.",
      },
      {
        code: 'invalid-date',
        severity: 'error',
        text: '2024-00-10',
        message: "'2024-00-10' is not a real date; write YYYY-MM-DD.",
      },
    ]);
  });

  it('warns about dates after today', () => {
    const text = `${HEAD}date: 2026-11-24\nsince: 2026-11-23\n`;
    assert.deepEqual(seenWithMessage(text, assessmentDiagnostics(text)), [
      {
        code: 'future-date',
        severity: 'warning',
        text: '2026-11-24',
        message: '2026-11-24 is in the future (today is 2026-11-23).',
      },
    ]);
  });

  it('warns when since is after the assessment date', () => {
    const text = `${HEAD}date: 2026-01-01\nsince: 2026-03-01\n`;
    assert.deepEqual(seenWithMessage(text, assessmentDiagnostics(text)), [
      {
        code: 'since-after-date',
        severity: 'warning',
        text: '2026-03-01',
        message:
          'since (2026-03-01) is after the assessment date (2026-01-01), so no time at the current level counts.',
      },
    ]);
  });

  it('compares since with today when there is no date', () => {
    const text = `${HEAD}since: 2027-01-01\n`;
    assert.deepEqual(seen(text, assessmentDiagnostics(text)), [
      { code: 'future-date', severity: 'warning', text: '2027-01-01' },
      { code: 'since-after-date', severity: 'warning', text: '2027-01-01' },
    ]);
  });

  it('warns about a history period that ends before it starts, on its end', () => {
    const text = `${HEAD}history:\n  - {level: engineer, from: 2025-05-01, to: 2025-01-01}\n  - {level: engineer, from: 2025-06-01, to: 2025-06-01}\n`;
    assert.deepEqual(seenWithMessage(text, assessmentDiagnostics(text)), [
      {
        code: 'history-order',
        severity: 'warning',
        text: '2025-01-01',
        message: 'This period ends (2025-01-01) before it starts (2025-05-01).',
      },
    ]);
  });

  it('warns about history periods that overlap, on the later start', () => {
    const text = `${HEAD}history:\n  - {level: engineer, from: 2024-01-01, to: 2025-01-01}\n  - {level: engineer, from: 2024-06-01, to: 2024-09-01}\n  - {level: engineer, from: 2025-01-01, to: 2025-03-01}\n`;
    assert.deepEqual(seenWithMessage(text, assessmentDiagnostics(text)), [
      {
        code: 'history-overlap',
        severity: 'warning',
        text: '2024-06-01',
        message:
          'This period starts (2024-06-01) before the one from 2024-01-01 ends (2025-01-01); the overlapping days would count twice.',
      },
    ]);
  });
});

describe('missing ratings', () => {
  function missing(text: string) {
    return single(assessmentDiagnostics(text), 'missing-ratings');
  }

  /** The one quick fix the editor offers for the finding, worked out when asked for. */
  function missingFix(text: string, files: Record<string, string> = { 'base.ladder.yaml': BASE_LADDER }) {
    const { ws } = workspaceOf({ ...files, 'a.assessment.yaml': text });
    const diagnostic = single(ws.diagnostics(uri('a.assessment.yaml')), 'missing-ratings');
    const actions = codeActions(ws, uri('a.assessment.yaml'), diagnostic.span).filter(
      (a) => a.diagnostic === diagnostic,
    );
    assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => a.title)));
    return actions[0]!;
  }

  const fixed = (text: string) => applyEdits(text, missingFix(text).edits);

  it('names the competencies the next levels expect, on the ratings key, and the fix adds them', () => {
    const text = `${HEAD}level: engineer\nratings:\n  troubleshooting: 2\n`;
    const diagnostic = missing(text);
    assert.deepEqual(seenWithMessage(text, [diagnostic]), [
      {
        code: 'missing-ratings',
        severity: 'info',
        text: 'ratings',
        message: 'Not rated yet, but expected by your next or target levels: networking.',
      },
    ]);
    assert.equal(missingFix(text).title, 'Add the missing rating');
    assert.equal(missingFix(text).preferred, true);
    assert.equal(fixed(text), `${HEAD}level: engineer\nratings:\n  troubleshooting: 2\n  networking:\n`);
  });

  it('carries no fix: the fix is worked out when the editor asks for one', () => {
    const text = `${HEAD}level: engineer\nratings:\n  troubleshooting: 2\n`;
    assert.deepEqual(Object.keys(missing(text)), ['span', 'severity', 'code', 'message']);
    const { title, edits, preferred } = missingFix(text);
    assert.deepEqual(
      { title, edits, preferred },
      {
        title: 'Add the missing rating',
        edits: [{ span: { start: text.length - 1, end: text.length - 1 }, newText: '\n  networking:' }],
        preferred: true,
      },
    );
  });

  it('counts the target too, in ladder order', () => {
    const text = `${HEAD}target: staff\nratings:\n  writing: 1\n`;
    const diagnostic = missing(text);
    assert.equal(
      diagnostic.message,
      'Not rated yet, but expected by your next or target levels: troubleshooting, networking.',
    );
    assert.equal(missingFix(text).title, 'Add the 2 missing ratings');
    assert.equal(fixed(text), `${HEAD}target: staff\nratings:\n  writing: 1\n  troubleshooting:\n  networking:\n`);
  });

  it('adds after a long-form rating, not after the next key', () => {
    const text = `${HEAD}level: engineer\nratings:\n  troubleshooting:\n    rating: 2\n    note: Solid.\nchecks: {}\n`;
    assert.equal(
      fixed(text),
      `${HEAD}level: engineer\nratings:\n  troubleshooting:\n    rating: 2\n    note: Solid.\n  networking:\nchecks: {}\n`,
    );
  });

  it('keeps the indentation and a trailing comment of the last rating', () => {
    const text = `${HEAD}level: engineer\nratings:\n    troubleshooting: 2  # solid\n`;
    assert.equal(fixed(text), `${HEAD}level: engineer\nratings:\n    troubleshooting: 2  # solid\n    networking:\n`);
  });

  it('fills an empty ratings key', () => {
    const text = `${HEAD}level: engineer\nratings:\nchecks: {}\n`;
    assert.equal(fixed(text), `${HEAD}level: engineer\nratings:\n  troubleshooting:\n  networking:\nchecks: {}\n`);
  });

  it('replaces an empty flow mapping', () => {
    const text = `${HEAD}level: engineer\nratings: {}\nchecks: {}\n`;
    assert.equal(fixed(text), `${HEAD}level: engineer\nratings:\n  troubleshooting:\n  networking:\nchecks: {}\n`);
  });

  it('extends a flow mapping in place', () => {
    const text = `${HEAD}level: engineer\nratings: {troubleshooting: 2}\n`;
    const withRating = fixed(text);
    assert.equal(withRating, `${HEAD}level: engineer\nratings: {troubleshooting: 2, networking: }\n`);
    assert.deepEqual(
      withCode(assessmentDiagnostics(withRating), 'duplicate-key', 'yaml-syntax', 'missing-ratings'),
      [],
    );
  });

  it('adds a ratings block at the end when there is none, anchored on the level', () => {
    const text = `${HEAD}level: engineer`;
    const diagnostic = missing(text);
    assert.equal(text.slice(diagnostic.span.start, diagnostic.span.end), 'engineer');
    assert.equal(fixed(text), `${HEAD}level: engineer\nratings:\n  troubleshooting:\n  networking:\n`);
  });

  it('anchors on the target when there is no ratings key', () => {
    const text = `${HEAD}level: engineer\ntarget: staff\n`;
    const diagnostic = missing(text);
    assert.equal(text.slice(diagnostic.span.start, diagnostic.span.end), 'staff');
  });

  it('keeps CRLF line ends', () => {
    const text = `${HEAD}level: engineer\nratings:\n  troubleshooting: 2\n`.replace(/\n/g, '\r\n');
    assert.equal(
      fixed(text),
      `${HEAD}level: engineer\nratings:\n  troubleshooting: 2\n  networking:\n`.replace(/\n/g, '\r\n'),
    );
  });

  it('shortens a long list', () => {
    const competencies = Array.from({ length: 8 }, (_, i) => `  - id: c${i}`).join('\n');
    const ladder = `kind: Ladder\nid: x\nname: X\nscale: [{id: 1}]\ncompetencies:\n${competencies}\ntracks: [{id: t}]\nlevels:\n  - {id: a, name: A, track: t, rank: 1, expectations: {c0: 1, c1: 1, c2: 1, c3: 1, c4: 1, c5: 1, c6: 1, c7: 1}}\n`;
    const text = 'kind: SelfAssessment\nladder: x.ladder.yaml\ntarget: a\n';
    const diagnostic = single(
      diagnosticsOf({ 'x.ladder.yaml': ladder, 'a.assessment.yaml': text }, 'a.assessment.yaml'),
      'missing-ratings',
    );
    assert.equal(
      diagnostic.message,
      'Not rated yet, but expected by your next or target levels: c0, c1, c2, c3, c4 and 3 more.',
    );
    assert.equal(missingFix(text, { 'x.ladder.yaml': ladder }).title, 'Add the 8 missing ratings');
  });

  it('says nothing when every expected competency is rated, or nothing is in focus', () => {
    assert.deepEqual(
      assessmentDiagnostics(`${HEAD}level: engineer\nratings: {troubleshooting: 1, networking: 1}\n`),
      [],
    );
    assert.deepEqual(assessmentDiagnostics(`${HEAD}level: staff\n`), []);
    assert.deepEqual(assessmentDiagnostics(HEAD), []);
  });

  it('counts a rating with an empty value as present', () => {
    assert.deepEqual(
      assessmentDiagnostics(`${HEAD}level: engineer\nratings:\n  troubleshooting:\n  networking:\n`),
      [],
    );
  });
});
