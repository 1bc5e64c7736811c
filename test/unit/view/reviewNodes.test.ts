// The reviews beneath an assessment in the Career Ladders view, from the calibration the server answers
// (the samples' Alex Kim and his two reviews).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import '../fakeVscodeInstalled';
import type { CalibrationResult } from '../../../server/src/protocol';
import type { AssessmentNode } from '../../../client/src/view/nodes';
import { reviewNodes } from '../../../client/src/view/reviewNodes';

const calibration = (): CalibrationResult =>
  JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'webview', 'fixtures', 'alex-kim-calibration.json'), 'utf8'),
  ) as CalibrationResult;
const ASSESSMENT = 'file:///home/dev/career-ladders/alex-kim.assessment.yaml';

function parent(focusLevel?: string): AssessmentNode {
  return {
    kind: 'assessment',
    parent: { kind: 'message', text: 'x' },
    ladderUri: 'file:///home/dev/career-ladders/customer-engineering.ladder.yaml',
    assessment: { uri: ASSESSMENT, person: 'Alex Kim', reviewCount: 2, ...(focusLevel ? { focusLevel } : {}) },
  };
}

const summary = (nodes: ReturnType<typeof reviewNodes>) =>
  nodes.map((node) =>
    node.kind === 'review'
      ? [
          node.review?.reviewer ?? 'consensus',
          node.verdict?.levelName,
          node.verdict?.status,
          node.verdict?.readinessPercent,
          node.disagreements,
        ]
      : [node.kind],
  );

describe('reviews in the Career Ladders view', () => {
  it('lists the consensus, then each review with the verdict under it on the focus level the summary names', () => {
    assert.deepEqual(summary(reviewNodes(parent('Team Lead'), calibration())), [
      ['consensus', 'Team Lead', 'eligible', 100, 1],
      ['Taylor Brooks', 'Team Lead', 'eligible', 100, undefined],
      ['Riley Chen', 'Team Lead', 'incomplete', 91, undefined],
    ]);
  });

  it('falls back to the first next or target level, and links each review to its reviewer line', () => {
    const nodes = reviewNodes(parent(), calibration());
    assert.deepEqual(summary(nodes)[0], ['consensus', 'Senior Engineer', 'not-yet', 92, 1]);
    const review = nodes[1]!;
    assert.ok(review.kind === 'review');
    assert.equal(review.review?.uri, 'file:///home/dev/career-ladders/alex-kim.manager.review.yaml');
    assert.equal(review.assessmentUri, ASSESSMENT);
  });

  it('says why there are no reviews to show', () => {
    const empty: CalibrationResult = {
      ...calibration(),
      reviews: [],
      report: undefined,
      message: 'The ladder cannot be read.',
    };
    assert.deepEqual(
      reviewNodes(parent(), empty).map((node) => (node.kind === 'message' ? node.text : node.kind)),
      ['The ladder cannot be read.'],
    );
  });
});
