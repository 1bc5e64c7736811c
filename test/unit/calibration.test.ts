// Scoring under a review, the consensus and the calibration flags (spec section 8), computed by hand on
// BASE_LADDER: engineer (next: senior), senior (troubleshooting 2, networking 2, a year at rank 1, a
// peer review), staff (troubleshooting 3, networking 2).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Review } from '../../server/src/core/model/types';
import { calibrate, type ReviewInput } from '../../server/src/core/score/calibrate';
import { scoreAssessment } from '../../server/src/core/score/scoreAssessment';
import { withReviewFacts } from '../../server/src/core/score/underReview';
import { calibrateAssessment, scoreUnderReview } from '../../server/src/core/workspace/reviewScoring';
import { BASE_LADDER, NOW, analyze, assessmentModel, edit, uri, workspaceOf, yaml } from './helpers';

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
  metrics:
    resolution: 80
`;

const MANAGER = yaml`
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
`;

const PEER = yaml`
  kind: Review
  assessment: alex.assessment.yaml
  reviewer: Sam Ortiz
  role: peer
  ratings:
    troubleshooting: 3
  checks:
    peer-review: failed
`;

function review(text: string, name = 'r.review.yaml'): Review {
  const model = analyze(name, text).model;
  assert.equal(model?.kind, 'Review');
  return model as Review;
}

function setup(reviews: Record<string, string>, assessment = ASSESSMENT) {
  const { ws } = workspaceOf({ 'base.ladder.yaml': BASE_LADDER, 'alex.assessment.yaml': assessment, ...reviews });
  return { ws, outcome: calibrateAssessment(ws, uri('alex.assessment.yaml'), { today: NOW() }) };
}

/** Calibrates ASSESSMENT (or `assessment`) with reviews given as text, in the order given. */
function calibrated(reviews: string[], assessment = ASSESSMENT) {
  const { ws } = workspaceOf({ 'base.ladder.yaml': BASE_LADDER, 'alex.assessment.yaml': assessment });
  const inputs = ws.scoringInputs(uri('alex.assessment.yaml'));
  const given: ReviewInput[] = reviews.map((text, i) => ({ file: `r${i + 1}.review.yaml`, review: review(text) }));
  return calibrate(inputs.assessment!, given, inputs.context!, { today: NOW() }).report;
}

const row = (report: ReturnType<typeof calibrated>, id: string) => report.competencies.find((c) => c.competency === id);

describe('scoring under a review', () => {
  it('replaces the ratings, checks and metrics the review gives, and keeps the rest and the date', () => {
    const assessment = assessmentModel(ASSESSMENT);
    const under = withReviewFacts(assessment, review(MANAGER));
    assert.deepEqual(
      under.ratings.map((r) => [r.competency.value, r.value?.value]),
      [
        ['troubleshooting', 2],
        ['networking', 1],
        ['writing', 2],
      ],
    );
    assert.deepEqual(under.ratings.find((r) => r.competency.value === 'networking')?.evidence, [
      'Ran the network workshop',
    ]);
    assert.deepEqual(
      under.checks.map((c) => [c.id.value, c.status]),
      [['peer-review', 'passed']],
    );
    assert.deepEqual(
      under.metrics.map((m) => [m.id.value, m.value]),
      [['resolution', 91]],
    );
    assert.equal(under.date, assessment.date);
    assert.equal(under.level, assessment.level);
    const peer = withReviewFacts(assessment, review(PEER));
    assert.deepEqual(
      peer.ratings.map((r) => [r.competency.value, r.value?.value]),
      [
        ['troubleshooting', 3],
        ['networking', 3],
      ],
    );
    assert.deepEqual(
      peer.metrics.map((m) => [m.id.value, m.value]),
      [['resolution', 80]],
    );
  });

  it('does not replace anything with a rating, check or metric left empty in the review', () => {
    const assessment = assessmentModel(ASSESSMENT);
    const under = withReviewFacts(
      assessment,
      review(
        'kind: Review\nassessment: a.assessment.yaml\nratings:\n  networking:\nchecks:\n  peer-review:\nmetrics:\n  resolution:\n',
      ),
    );
    assert.deepEqual(
      under.ratings.map((r) => [r.competency.value, r.value?.value]),
      [
        ['troubleshooting', 3],
        ['networking', 3],
      ],
    );
    assert.deepEqual(
      under.checks.map((c) => c.status),
      ['pending'],
    );
    assert.deepEqual(
      under.metrics.map((m) => m.value),
      [80],
    );
  });

  it('scores the levels with the review facts, as of the assessment date', () => {
    const { ws } = workspaceOf({
      'base.ladder.yaml': BASE_LADDER,
      'alex.assessment.yaml': ASSESSMENT,
      'm.review.yaml': MANAGER,
      'p.review.yaml': PEER,
    });
    const self = ws.score(uri('alex.assessment.yaml')).report!;
    const manager = scoreUnderReview(ws, uri('alex.assessment.yaml'), ws.review(uri('m.review.yaml'))!);
    const peer = scoreUnderReview(ws, uri('alex.assessment.yaml'), ws.review(uri('p.review.yaml'))!);
    assert.deepEqual(
      self.levels.map((l) => l.status),
      ['eligible', 'incomplete', 'eligible'],
    );
    assert.deepEqual(
      manager.report!.levels.map((l) => l.status),
      ['eligible', 'not-yet', 'not-yet'],
    );
    assert.deepEqual(manager.report!.levels[1]!.expectations, [
      { competency: 'troubleshooting', expected: 2, rated: 2, status: 'met' },
      { competency: 'networking', expected: 2, rated: 1, status: 'gap' },
    ]);
    assert.deepEqual(
      manager.report!.levels[1]!.requirements.map((r) => r.detail),
      ['1.4 years at rank 1 (needs 1)', 'Peer review: passed'],
    );
    assert.deepEqual(
      peer.report!.levels.map((l) => l.status),
      ['eligible', 'not-yet', 'eligible'],
    );
    assert.equal(manager.report!.asOf, '2026-11-01');
    assert.deepEqual(
      { ...manager.report!, levels: [] },
      { ...self, levels: [] },
      "person, ladder, level and asOf are the assessment's",
    );
    assert.equal(manager.errors.size, 0);
  });

  it('counts the errors of the review with those of the assessment and its ladder', () => {
    const { ws } = workspaceOf({
      'base.ladder.yaml': BASE_LADDER,
      'alex.assessment.yaml': ASSESSMENT,
      'm.review.yaml': edit(MANAGER, 'writing: 2', 'writing: 7'),
    });
    const outcome = scoreUnderReview(ws, uri('alex.assessment.yaml'), ws.review(uri('m.review.yaml'))!);
    assert.deepEqual(
      [...outcome.errors].map(([file, list]) => [file, list.map((d) => d.code)]),
      [[uri('m.review.yaml'), ['off-scale']]],
    );
  });
});

describe('calibration', () => {
  it('reports exactly the spec shape: reviews, competencies in ladder order, levels in file order', () => {
    const { outcome } = setup({ 'm.review.yaml': MANAGER, 'p.review.yaml': PEER });
    const report = outcome.calibration!.report;
    assert.deepEqual(report, {
      person: 'Alex Kim',
      asOf: '2026-11-01',
      reviews: [
        { file: 'm.review.yaml', reviewer: 'Jordan Lee', role: 'manager' },
        { file: 'p.review.yaml', reviewer: 'Sam Ortiz', role: 'peer' },
      ],
      competencies: [
        { competency: 'troubleshooting', self: 3, reviews: [2, 3], consensus: 2, flags: [] },
        { competency: 'networking', self: 3, reviews: [1, null], consensus: 1, flags: ['disagreement'] },
        { competency: 'writing', self: null, reviews: [2, null], consensus: 2, flags: [] },
      ],
      levels: [
        { id: 'engineer', self: 'eligible', reviews: ['eligible', 'eligible'], consensus: 'eligible' },
        { id: 'senior', self: 'incomplete', reviews: ['not-yet', 'not-yet'], consensus: 'not-yet' },
        { id: 'staff', self: 'eligible', reviews: ['not-yet', 'eligible'], consensus: 'not-yet' },
      ],
    });
    assert.deepEqual(Object.keys(report), ['person', 'asOf', 'reviews', 'competencies', 'levels']);
    assert.deepEqual(Object.keys(report.reviews[0]!), ['file', 'reviewer', 'role']);
    assert.deepEqual(Object.keys(report.competencies[0]!), ['competency', 'self', 'reviews', 'consensus', 'flags']);
    assert.deepEqual(Object.keys(report.levels[0]!), ['id', 'self', 'reviews', 'consensus']);
    assert.deepEqual(
      outcome.reviews.map((r) => r.uri),
      [uri('m.review.yaml'), uri('p.review.yaml')],
    );
  });

  it('takes the consensus checks and metrics from the reviews in file-name order, over the assessment', () => {
    const { outcome } = setup({ 'm.review.yaml': MANAGER, 'p.review.yaml': PEER });
    const senior = outcome.calibration!.scores.consensus.levels[1]!;
    assert.deepEqual(
      senior.requirements.map((r) => `${r.status}: ${r.detail}`),
      ['met: 1.4 years at rank 1 (needs 1)', 'unmet: Peer review: failed'],
    );
    const swapped = setup({ 'a.review.yaml': PEER, 'b.review.yaml': MANAGER }).outcome.calibration!;
    assert.deepEqual(
      swapped.scores.consensus.levels[1]!.requirements.map((r) => r.status),
      ['met', 'met'],
    );
    assert.deepEqual(
      swapped.report.reviews.map((r) => r.reviewer),
      ['Sam Ortiz', 'Jordan Lee'],
    );
  });

  it('leaves a competency no one rates unrated in the consensus, and omits it from the report', () => {
    const unrated = edit(ASSESSMENT, '  troubleshooting: 3\n', '');
    const report = calibrated([PEER.replace('troubleshooting: 3', 'writing: 1')], unrated);
    assert.deepEqual(
      report.competencies.map((c) => c.competency),
      ['networking', 'writing'],
    );
    const { ws } = workspaceOf({
      'base.ladder.yaml': BASE_LADDER,
      'alex.assessment.yaml': unrated,
      'p.review.yaml': PEER.replace('troubleshooting: 3', 'writing: 1'),
    });
    const consensus = calibrateAssessment(ws, uri('alex.assessment.yaml')).calibration!.scores.consensus;
    assert.deepEqual(
      consensus.levels[1]!.expectations.map((e) => [e.competency, e.rated, e.status]),
      [
        ['troubleshooting', null, 'unrated'],
        ['networking', 3, 'met'],
      ],
    );
  });

  it('takes the lowest rating among the self-rating and several reviews', () => {
    const report = calibrated([
      'kind: Review\nassessment: a\nratings: {troubleshooting: 2, networking: 3}\n',
      'kind: Review\nassessment: a\nratings: {troubleshooting: 3}\n',
      'kind: Review\nassessment: a\nratings: {troubleshooting: 2, networking: 2, writing: 3}\n',
    ]);
    assert.deepEqual(
      report.competencies.map((c) => [c.competency, c.self, c.reviews, c.consensus]),
      [
        ['troubleshooting', 3, [2, 3, 2], 2],
        ['networking', 3, [3, null, 2], 2],
        ['writing', null, [null, null, 3], 3],
      ],
    );
  });

  it('flags a disagreement when two ratings are two or more steps apart, not one', () => {
    assert.deepEqual(
      row(calibrated(['kind: Review\nassessment: a\nratings: {networking: 1}\n']), 'networking')!.flags,
      ['disagreement'],
    );
    assert.deepEqual(
      row(calibrated(['kind: Review\nassessment: a\nratings: {networking: 2}\n']), 'networking')!.flags,
      [],
    );
    const between = calibrated([
      'kind: Review\nassessment: a\nratings: {writing: 1}\n',
      'kind: Review\nassessment: a\nratings: {writing: 3}\n',
    ]);
    assert.deepEqual(row(between, 'writing')!.flags, ['disagreement'], 'two reviewers apart, the person not rating it');
  });

  it('flags a competency a next or target level expects that no review rates as unreviewed', () => {
    const report = calibrated(['kind: Review\nassessment: a\nratings: {writing: 2}\n']);
    assert.deepEqual(
      report.competencies.map((c) => [c.competency, c.flags]),
      [
        ['troubleshooting', ['unreviewed']],
        ['networking', ['unreviewed']],
        ['writing', []],
      ],
    );
    const noReviews = calibrated([]);
    assert.deepEqual(
      noReviews.competencies.map((c) => c.flags),
      [['unreviewed'], ['unreviewed']],
    );
    const notExpected = calibrated([], edit(ASSESSMENT, 'networking:\n', 'writing: 2\n  networking:\n'));
    assert.deepEqual(row(notExpected, 'writing')!.flags, [], 'senior does not expect writing');
    const target = calibrated(
      [],
      edit(ASSESSMENT, 'since: 2025-06-01', 'since: 2025-06-01\ntarget: staff').replace(
        'level: engineer',
        'level: staff',
      ),
    );
    assert.deepEqual(
      target.competencies.map((c) => c.flags),
      [['unreviewed'], ['unreviewed']],
      'the target counts as well as next',
    );
  });

  it('flags a self-rating above every reviewer without evidence as unsupported', () => {
    const lower = 'kind: Review\nassessment: a\nratings: {troubleshooting: 2, networking: 2}\n';
    const report = calibrated([lower, 'kind: Review\nassessment: a\nratings: {writing: 2}\n']);
    assert.deepEqual(row(report, 'troubleshooting')!.flags, ['unsupported']);
    assert.deepEqual(row(report, 'networking')!.flags, [], 'the networking self-rating has evidence');
    assert.deepEqual(
      row(calibrated([lower, 'kind: Review\nassessment: a\nratings: {troubleshooting: 3}\n']), 'troubleshooting')!
        .flags,
      [],
      'one reviewer agrees',
    );
    assert.deepEqual(
      row(calibrated([lower.replace('troubleshooting: 2', 'troubleshooting: 1')]), 'troubleshooting')!.flags,
      ['disagreement', 'unsupported'],
    );
    const withNote = edit(
      ASSESSMENT,
      '  troubleshooting: 3\n',
      '  troubleshooting: {rating: 3, note: A note is not evidence.}\n',
    );
    assert.deepEqual(row(calibrated([lower], withNote), 'troubleshooting')!.flags, ['unsupported']);
  });

  it('with no review: reviews empty, the consensus is the self-assessment', () => {
    const { outcome } = setup({});
    const { report, scores } = outcome.calibration!;
    assert.deepEqual(report.reviews, []);
    assert.deepEqual(
      report.competencies.map((c) => [c.competency, c.self, c.reviews, c.consensus]),
      [
        ['troubleshooting', 3, [], 3],
        ['networking', 3, [], 3],
      ],
    );
    assert.deepEqual(
      report.levels.map((l) => [l.self, l.reviews, l.consensus]),
      [
        ['eligible', [], 'eligible'],
        ['incomplete', [], 'incomplete'],
        ['eligible', [], 'eligible'],
      ],
    );
    assert.equal(scores.consensus, scores.self);
  });

  it('gives null for a missing reviewer and role, and counts only on-scale ratings', () => {
    const report = calibrated(['kind: Review\nassessment: a\nratings: {troubleshooting: 9, networking: 2}\n']);
    assert.deepEqual(report.reviews, [{ file: 'r1.review.yaml', reviewer: null, role: null }]);
    assert.deepEqual(row(report, 'troubleshooting'), {
      competency: 'troubleshooting',
      self: 3,
      reviews: [null],
      consensus: 3,
      flags: ['unreviewed'],
    });
  });

  it('keeps string scale ids as strings', () => {
    const ladder = edit(
      edit(edit(BASE_LADDER, '- id: 1\n', '- id: I\n'), '- id: 2\n', '- id: II\n'),
      '- id: 3\n',
      '- id: III\n',
    ).replace(/(troubleshooting|networking): [123]\n/g, '$1: I\n');
    const assessment = ASSESSMENT.replace('troubleshooting: 3', 'troubleshooting: III').replace(
      'rating: 3',
      'rating: II',
    );
    const { ws } = workspaceOf({
      'base.ladder.yaml': ladder,
      'alex.assessment.yaml': assessment,
      'm.review.yaml': 'kind: Review\nassessment: alex.assessment.yaml\nratings: {troubleshooting: I}\n',
    });
    const report = calibrateAssessment(ws, uri('alex.assessment.yaml')).calibration!.report;
    assert.deepEqual(
      report.competencies.map((c) => [c.self, c.reviews, c.consensus, c.flags]),
      [
        ['III', ['I'], 'I', ['disagreement', 'unsupported']],
        ['II', [null], 'II', ['unreviewed']],
      ],
    );
  });

  it('scores again only what changed: an edited review and the consensus', () => {
    const { ws, outcome: first } = setup({ 'm.review.yaml': MANAGER, 'p.review.yaml': PEER });
    const again = calibrateAssessment(ws, uri('alex.assessment.yaml'), { today: NOW() }).calibration!;
    assert.equal(again.scores.self, first.calibration!.scores.self);
    assert.equal(again.scores.consensus, first.calibration!.scores.consensus);
    assert.deepEqual(
      again.scores.reviews.map((r, i) => r === first.calibration!.scores.reviews[i]),
      [true, true],
    );
    ws.setOpenDocument(uri('p.review.yaml'), edit(PEER, 'peer-review: failed', 'peer-review: passed'));
    const edited = calibrateAssessment(ws, uri('alex.assessment.yaml'), { today: NOW() }).calibration!;
    assert.equal(edited.scores.self, first.calibration!.scores.self);
    assert.equal(edited.scores.reviews[0], first.calibration!.scores.reviews[0]);
    assert.notEqual(edited.scores.reviews[1], first.calibration!.scores.reviews[1]);
    assert.deepEqual(
      edited.report.levels.map((l) => l.reviews[1]),
      ['eligible', 'eligible', 'eligible'],
    );
    assert.deepEqual(
      edited.report.levels.map((l) => l.consensus),
      ['eligible', 'not-yet', 'not-yet'],
    );
    assert.deepEqual(
      edited.scores.self,
      scoreAssessment(
        ws.assessment(uri('alex.assessment.yaml'))!,
        ws.scoringInputs(uri('alex.assessment.yaml')).context!,
        { today: NOW() },
      ),
    );
  });
});
