// Reviews (spec section 8): what a review names must resolve to a self-assessment and its ladder's ids,
// a reviewer reviews an assessment once, and the workspace re-diagnoses reviews when what they depend on changes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_LADDER, applyFix, edit, seen, seenWithMessage, single, uri, workspaceOf, yaml } from './helpers';

const ASSESSMENT = yaml`
  kind: SelfAssessment
  ladder: base.ladder.yaml
  person: Alex Kim
  date: 2026-11-01
  level: engineer
  since: 2025-06-01
  ratings:
    troubleshooting: 3
    networking:
      rating: 3
      evidence: [Ran the network workshop]
  checks:
    peer-review: pending
`;

const REVIEW = yaml`
  kind: Review
  assessment: alex.assessment.yaml
  reviewer: Jordan Lee
  role: manager
  date: 2026-11-20
  ratings:
    troubleshooting: 2
    networking: {rating: 1, note: Has not led a network incident.}
    writing: 2
  checks:
    peer-review: passed
  metrics:
    resolution: 91
  note: Solid.
`;

function files(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'base.ladder.yaml': BASE_LADDER,
    'alex.assessment.yaml': ASSESSMENT,
    'jordan.review.yaml': REVIEW,
    ...extra,
  };
}

function reviewDiagnostics(review: string, extra: Record<string, string> = {}, name = 'jordan.review.yaml') {
  const { ws } = workspaceOf(files({ [name]: review, ...extra }));
  return { ws, diagnostics: ws.diagnostics(uri(name)) };
}

describe('review checks', () => {
  it('accepts a review that rates a competency the assessment does not rate, and records facts', () => {
    assert.deepEqual(reviewDiagnostics(REVIEW).diagnostics, []);
  });

  it('checks rating keys, rating values, check and metric keys against the assessment ladder, with the assessment quick fixes', () => {
    const text = edit(
      edit(
        edit(edit(REVIEW, 'troubleshooting: 2', 'troubleshootng: 2'), 'writing: 2', 'writing: 5'),
        'peer-review: passed',
        'peer-reveiw: passed',
      ),
      'resolution: 91',
      'speed: 91',
    );
    const { diagnostics } = reviewDiagnostics(text);
    assert.deepEqual(seenWithMessage(text, diagnostics), [
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'troubleshootng',
        message: "Unknown competency 'troubleshootng'. Did you mean 'troubleshooting'?",
      },
      {
        code: 'off-scale',
        severity: 'error',
        text: '5',
        message: "'5' is not a rating of this ladder; the scale is 1, 2, 3.",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'peer-reveiw',
        message: "Unknown check 'peer-reveiw'. Did you mean 'peer-review'?",
      },
      { code: 'unknown-reference', severity: 'error', text: 'speed', message: "Unknown metric 'speed'." },
    ]);
    assert.equal(applyFix(text, diagnostics[0]!), edit(text, 'troubleshootng', 'troubleshooting'));
    assert.equal(applyFix(text, diagnostics[2]!), edit(text, 'peer-reveiw', 'peer-review'));
  });

  it('offers the case fix for a rating off a string scale', () => {
    const ladder = edit(
      edit(edit(BASE_LADDER, '- id: 1\n', '- id: I\n'), '- id: 2\n', '- id: II\n'),
      '- id: 3\n',
      '- id: III\n',
    ).replace(/(troubleshooting|networking): [123]\n/g, '$1: I\n');
    const text = edit(REVIEW, 'troubleshooting: 2', 'troubleshooting: ii');
    const { diagnostics } = reviewDiagnostics(
      text.replace('networking: {rating: 1, ', 'networking: {rating: I, ').replace('writing: 2', 'writing: II'),
      {
        'base.ladder.yaml': ladder,
        'alex.assessment.yaml': ASSESSMENT.replace(/: 3\n/g, ': III\n').replace('rating: 3', 'rating: III'),
      },
    );
    const offScale = single(diagnostics, 'off-scale');
    assert.equal(offScale.message, "'ii' is not a rating of this ladder; the scale is I, II, III.");
    assert.deepEqual(
      offScale.fixes?.[0]?.edits.map((e) => e.newText),
      ['II'],
    );
  });

  it('reports a missing assessment key and an unknown role through the schema', () => {
    const text = edit(edit(REVIEW, 'assessment: alex.assessment.yaml\n', ''), 'role: manager', 'role: boss');
    assert.deepEqual(seenWithMessage(text, reviewDiagnostics(text).diagnostics), [
      {
        code: 'missing-key',
        severity: 'error',
        text: 'kind',
        message: "Missing required key 'assessment' in the document.",
      },
      {
        code: 'invalid-value',
        severity: 'error',
        text: 'boss',
        message: "'boss' is not allowed for 'role'; use one of: manager, peer, panel, other.",
      },
    ]);
  });

  it('reports an assessment that does not exist', () => {
    const text = edit(REVIEW, 'assessment: alex.assessment.yaml', 'assessment: gone.assessment.yaml');
    assert.deepEqual(seenWithMessage(text, reviewDiagnostics(text).diagnostics), [
      {
        code: 'assessment-not-found',
        severity: 'error',
        text: 'gone.assessment.yaml',
        message: "Cannot read assessment 'gone.assessment.yaml': no such file.",
      },
    ]);
  });

  it('reports an assessment outside the workspace folders without reading it', () => {
    const text = edit(REVIEW, 'assessment: alex.assessment.yaml', 'assessment: ../alex.assessment.yaml');
    const { ws, host } = workspaceOf(
      { 'base.ladder.yaml': BASE_LADDER, 'alex.assessment.yaml': ASSESSMENT, 'team/jordan.review.yaml': text },
      { roots: [uri('team')] },
    );
    assert.deepEqual(seenWithMessage(text, ws.diagnostics(uri('team/jordan.review.yaml'))), [
      {
        code: 'assessment-not-found',
        severity: 'error',
        text: '../alex.assessment.yaml',
        message: "Cannot read assessment '../alex.assessment.yaml': it is outside the workspace folders.",
      },
    ]);
    assert.ok(!host.reads.includes(uri('alex.assessment.yaml')), 'the assessment outside the folders is not read');
  });

  it('reports a review of a ladder, of a catalogue, of itself and of another review as the wrong kind', () => {
    const cases: [string, string][] = [
      ['base.ladder.yaml', "'base.ladder.yaml' is a Ladder file, not a SelfAssessment."],
      ['skills.competencies.yaml', "'skills.competencies.yaml' is a Competencies file, not a SelfAssessment."],
      ['jordan.review.yaml', 'A review cannot review itself: name the self-assessment it reviews.'],
      [
        'sam.review.yaml',
        "'sam.review.yaml' is a Review file, not a SelfAssessment. A review reviews a self-assessment, not another review.",
      ],
    ];
    for (const [target, message] of cases) {
      const text = edit(REVIEW, 'assessment: alex.assessment.yaml', `assessment: ${target}`);
      const extra = {
        'skills.competencies.yaml': 'kind: Competencies\ncompetencies: []\n',
        'sam.review.yaml': REVIEW.replace('Jordan Lee', 'Sam Ortiz'),
      };
      assert.deepEqual(
        seenWithMessage(text, reviewDiagnostics(text, extra).diagnostics),
        [{ code: 'assessment-wrong-kind', severity: 'error', text: target, message }],
        target,
      );
    }
  });

  it('warns when the assessment or its ladder has errors, and checks against what could be read', () => {
    const broken = edit(ASSESSMENT, 'level: engineer', 'level: principal');
    const { diagnostics } = reviewDiagnostics(edit(REVIEW, 'writing: 2', 'writng: 2'), {
      'alex.assessment.yaml': broken,
    });
    assert.deepEqual(
      diagnostics.map((d) => `${d.code}: ${d.message}`),
      [
        'assessment-has-errors: The assessment alex.assessment.yaml or its ladder has errors; this review is checked against what could be read of them.',
        "unknown-reference: Unknown competency 'writng'. Did you mean 'writing'?",
      ],
    );
    const lost = reviewDiagnostics(REVIEW, {
      'alex.assessment.yaml': edit(ASSESSMENT, 'ladder: base.ladder.yaml', 'ladder: gone.ladder.yaml'),
    });
    assert.deepEqual(
      lost.diagnostics.map((d) => d.code),
      ['assessment-has-errors'],
    );
  });

  it('checks the review date', () => {
    const text = edit(REVIEW, 'date: 2026-11-20', 'date: 2026-02-30');
    assert.deepEqual(seen(text, reviewDiagnostics(text).diagnostics), [
      { code: 'invalid-date', severity: 'error', text: '2026-02-30' },
    ]);
    const future = edit(REVIEW, 'date: 2026-11-20', 'date: 2027-01-05');
    assert.deepEqual(seenWithMessage(future, reviewDiagnostics(future).diagnostics), [
      {
        code: 'future-date',
        severity: 'warning',
        text: '2027-01-05',
        message: '2027-01-05 is in the future (today is 2026-11-23).',
      },
    ]);
  });

  it('warns on both reviews of one assessment by the same reviewer, whatever the case and spacing of the name', () => {
    const second = edit(
      edit(REVIEW, 'reviewer: Jordan Lee', 'reviewer: "jordan  LEE"'),
      'role: manager',
      'role: panel',
    );
    const { ws } = workspaceOf(
      files({
        'panel/again.review.yaml': edit(
          second,
          'assessment: alex.assessment.yaml',
          'assessment: ../alex.assessment.yaml',
        ),
        'other.review.yaml': edit(REVIEW, 'Jordan Lee', 'Sam Ortiz'),
      }),
    );
    assert.deepEqual(seenWithMessage(REVIEW, ws.diagnostics(uri('jordan.review.yaml'))), [
      {
        code: 'duplicate-reviewer',
        severity: 'warning',
        text: 'Jordan Lee',
        message:
          'Jordan Lee also reviews this assessment in panel/again.review.yaml; calibration would count the same person twice.',
      },
    ]);
    assert.deepEqual(
      ws.diagnostics(uri('panel/again.review.yaml')).map((d) => d.message),
      [
        'jordan  LEE also reviews this assessment in ../jordan.review.yaml; calibration would count the same person twice.',
      ],
    );
    assert.deepEqual(ws.diagnostics(uri('other.review.yaml')), []);
  });

  it('does not warn about the same reviewer of two different assessments', () => {
    const { ws } = workspaceOf(
      files({
        'sam.assessment.yaml': ASSESSMENT.replace('Alex Kim', 'Sam Ortiz'),
        'sam.review.yaml': edit(REVIEW, 'alex.assessment.yaml', 'sam.assessment.yaml'),
      }),
    );
    assert.deepEqual(ws.diagnostics(uri('jordan.review.yaml')), []);
    assert.deepEqual(ws.diagnostics(uri('sam.review.yaml')), []);
  });
});

describe('reviews in the workspace index', () => {
  it('knows every review of an assessment, ordered by path relative to the assessment', () => {
    const review = (path: string) =>
      edit(REVIEW, 'assessment: alex.assessment.yaml', `assessment: ${path}`).replace('Jordan Lee', path);
    const { ws } = workspaceOf({
      'base.ladder.yaml': BASE_LADDER,
      'people/alex.assessment.yaml': ASSESSMENT.replace('ladder: base.ladder.yaml', 'ladder: ../base.ladder.yaml'),
      'people/z.review.yaml': review('alex.assessment.yaml'),
      'people/b/nested.review.yaml': review('../alex.assessment.yaml'),
      'people/a.review.yaml': review('./alex.assessment.yaml'),
      'above.review.yaml': review('people/alex.assessment.yaml'),
      'elsewhere.review.yaml': review('people/other.assessment.yaml'),
    });
    assert.deepEqual(ws.reviewsOf(uri('people/alex.assessment.yaml')), [
      uri('above.review.yaml'),
      uri('people/a.review.yaml'),
      uri('people/b/nested.review.yaml'),
      uri('people/z.review.yaml'),
    ]);
    assert.deepEqual(ws.filesOfKind('Review').length, 5);
  });

  it('re-diagnoses the reviews of an assessment when the assessment or its ladder changes', () => {
    const { ws } = workspaceOf(files());
    assert.deepEqual(ws.dependents(uri('alex.assessment.yaml')), [uri('jordan.review.yaml')]);
    assert.deepEqual(ws.dependents(uri('base.ladder.yaml')), [uri('alex.assessment.yaml'), uri('jordan.review.yaml')]);
    assert.deepEqual(ws.diagnostics(uri('jordan.review.yaml')), []);
    ws.setOpenDocument(uri('base.ladder.yaml'), edit(BASE_LADDER, '- id: writing', '- id: writing-skills'));
    assert.deepEqual(seen(REVIEW, ws.diagnostics(uri('jordan.review.yaml'))), [
      { code: 'unknown-reference', severity: 'error', text: 'writing' },
    ]);
    ws.setOpenDocument(uri('base.ladder.yaml'), BASE_LADDER);
    ws.setOpenDocument(uri('alex.assessment.yaml'), edit(ASSESSMENT, 'level: engineer', 'level: nobody'));
    assert.deepEqual(
      ws.diagnostics(uri('jordan.review.yaml')).map((d) => d.code),
      ['assessment-has-errors'],
    );
  });

  it('re-diagnoses the other reviews of the assessment a review names, and of the one it named before', () => {
    const { ws } = workspaceOf(
      files({ 'again.review.yaml': REVIEW, 'sam.assessment.yaml': ASSESSMENT.replace('Alex Kim', 'Sam Ortiz') }),
    );
    assert.deepEqual(ws.dependents(uri('jordan.review.yaml')), [uri('again.review.yaml')]);
    assert.equal(ws.diagnostics(uri('again.review.yaml'))[0]?.code, 'duplicate-reviewer');
    ws.setOpenDocument(uri('jordan.review.yaml'), edit(REVIEW, 'alex.assessment.yaml', 'sam.assessment.yaml'));
    assert.deepEqual(ws.dependents(uri('jordan.review.yaml')), [uri('again.review.yaml')]);
    assert.deepEqual(ws.diagnostics(uri('again.review.yaml')), []);
  });

  it('re-diagnoses a review that named a missing assessment when the assessment appears', () => {
    const { ws, host } = workspaceOf({ 'base.ladder.yaml': BASE_LADDER, 'jordan.review.yaml': REVIEW });
    assert.equal(ws.diagnostics(uri('jordan.review.yaml'))[0]?.code, 'assessment-not-found');
    host.set('alex.assessment.yaml', ASSESSMENT);
    ws.addKnownFile(uri('alex.assessment.yaml'));
    ws.fileChangedOnDisk(uri('alex.assessment.yaml'));
    assert.deepEqual(ws.dependents(uri('alex.assessment.yaml')), [uri('jordan.review.yaml')]);
    assert.deepEqual(ws.diagnostics(uri('jordan.review.yaml')), []);
  });
});
