// The timeline's history message crosses into the webview: only well-formed points get through, copied.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateHistoryMessage } from '../../../client/src/panel/historyMessage';
import { validateHostMessage } from '../../../client/src/panel/validateMessage';

const POINT = {
  commit: 'abc',
  date: '2026-01-01T12:00:00+00:00',
  subject: 'one',
  levels: [{ level: 'senior', name: 'Senior', status: 'eligible', readiness: 1, readinessPercent: 100 }],
};

describe('the history message', () => {
  it('is copied with the known fields only', () => {
    const message = {
      type: 'history',
      uri: 'file:///a.assessment.yaml',
      points: [{ ...POINT, extra: 1, levels: [{ ...POINT.levels[0], extra: 2 }] }],
      extra: 3,
    };
    assert.deepEqual(validateHostMessage(message), {
      type: 'history',
      uri: 'file:///a.assessment.yaml',
      points: [POINT],
    });
    assert.deepEqual(
      validateHistoryMessage({ type: 'history', uri: 'u', points: [{ ...POINT, problem: 'no ladder' }] })?.points[0]
        ?.problem,
      'no ladder',
    );
  });

  it('is refused with an unknown status, a readiness outside 0..1, a wrong type or too many points', () => {
    const bad = [
      { ...POINT, levels: [{ ...POINT.levels[0], status: 'great' }] },
      { ...POINT, levels: [{ ...POINT.levels[0], readiness: 1.5 }] },
      { ...POINT, levels: [{ ...POINT.levels[0], readiness: Number.NaN }] },
      { ...POINT, levels: [{ ...POINT.levels[0], readinessPercent: 99.5 }] },
      { ...POINT, commit: 7 },
      { ...POINT, problem: 5 },
    ];
    for (const point of bad)
      assert.equal(
        validateHistoryMessage({ type: 'history', uri: 'u', points: [point] }),
        undefined,
        JSON.stringify(point),
      );
    assert.equal(validateHistoryMessage({ type: 'history', uri: 'u', points: Array(2001).fill(POINT) }), undefined);
    assert.equal(validateHistoryMessage({ type: 'history', uri: 7, points: [] }), undefined);
  });
});
