// The consensus lenses of a review, from the calibration the server answers (the samples' Alex Kim, two reviews).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { CalibrationResult } from '../../../server/src/protocol';
import { createFakeVscode, installFakeVscode } from '../panel/fakeVscode';

installFakeVscode(createFakeVscode().api);
let lenses: typeof import('../../../client/src/lenses/lensTitles');

const calibration = (): CalibrationResult =>
  JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'webview', 'fixtures', 'alex-kim-calibration.json'), 'utf8'),
  ) as CalibrationResult;
const ASSESSMENT = 'file:///home/dev/career-ladders/alex-kim.assessment.yaml';

describe('review lenses', () => {
  before(async () => {
    lenses = await import('../../../client/src/lenses/lensTitles');
  });

  it("shows the consensus on each focus level above the review's reviewer, with the disagreements, opening the assessment's panel", () => {
    assert.deepEqual(lenses.reviewLenses({ ...calibration(), reviewIndex: 1 }), [
      {
        line: 7,
        title: 'consensus: Senior Engineer — not yet · 1 disagreement',
        opensPanel: true,
        panelUri: ASSESSMENT,
      },
      { line: 7, title: 'consensus: Team Lead — eligible · 1 disagreement', opensPanel: true, panelUri: ASSESSMENT },
    ]);
  });

  it('counts every disagreement', () => {
    const result = { ...calibration(), reviewIndex: 0 };
    result.report!.competencies[0]!.flags = ['disagreement', 'unreviewed'];
    assert.deepEqual(
      lenses.reviewLenses(result).map((lens) => [lens.line, lens.title]),
      [
        [9, 'consensus: Senior Engineer — not yet · 2 disagreements'],
        [9, 'consensus: Team Lead — eligible · 2 disagreements'],
      ],
    );
  });

  it('says why there is no calibration, on the first line', () => {
    const result: CalibrationResult = {
      uri: 'file:///ws/x.review.yaml',
      reviews: [],
      cells: [],
      levels: [],
      focus: [],
      scale: [],
      competencies: [],
      evidence: {},
      errorCount: 0,
      message: 'Say which self-assessment this review is of.',
    };
    assert.deepEqual(lenses.reviewLenses(result), [
      { line: 0, title: 'Calibration: Say which self-assessment this review is of.', opensPanel: false },
    ]);
  });
});
