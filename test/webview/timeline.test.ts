// The eligibility panel's timeline in headless Chromium: readiness on the next and target levels over the
// assessment's commits, drawn as inline SVG from a `history` message; none for another file or bad data.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { HistoryPoint } from '../../server/src/protocol';
import { fixture, openPanelPage, type PanelPage } from './panelPage';

const priya = fixture('priya-nair');

const POINTS: HistoryPoint[] = [
  {
    commit: 'a'.repeat(40),
    date: '2026-01-05T10:00:00+01:00',
    subject: 'Priya joins',
    levels: [
      { level: 'staff-engineer', name: 'Staff Engineer', status: 'not-yet', readiness: 0.4, readinessPercent: 40 },
      { level: 'manager', name: 'Manager', status: 'incomplete', readiness: 0.5, readinessPercent: 50 },
    ],
  },
  {
    commit: 'b'.repeat(40),
    date: '2026-03-01T10:00:00+01:00',
    subject: 'the ladder asks for <b>more</b>',
    levels: [
      { level: 'staff-engineer', name: 'Staff Engineer', status: 'incomplete', readiness: 0.6, readinessPercent: 60 },
    ],
  },
  {
    commit: 'c'.repeat(40),
    date: '2026-06-01T10:00:00+02:00',
    subject: 'Priya ships',
    levels: [
      { level: 'staff-engineer', name: 'Staff Engineer', status: 'eligible', readiness: 1, readinessPercent: 100 },
      { level: 'manager', name: 'Manager', status: 'incomplete', readiness: 0.75, readinessPercent: 75 },
    ],
  },
];

describe('eligibility panel timeline', () => {
  let panel: PanelPage;
  const page = () => panel.harness.page;

  before(async () => {
    panel = await openPanelPage({ viewport: { width: 1200, height: 900 } });
  });

  after(async () => {
    await panel?.close();
  });

  beforeEach(async () => {
    panel.resetRecords();
    await panel.load();
    await panel.score(priya);
  });

  afterEach(() => {
    assert.deepEqual(panel.harness.cspViolations, [], 'no CSP violation');
    assert.deepEqual(panel.harness.pageErrors, [], 'no uncaught error');
  });

  it('draws a line per next or target level and a dot per commit, coloured by status, with a readable summary', async () => {
    await panel.send({ type: 'history', uri: priya.uri, points: POINTS });
    await panel.until(async () => (await page().locator('svg.timeline').count()) === 1);
    assert.equal(await page().locator('#timeline-heading').textContent(), 'Over time');
    assert.deepEqual(
      await page()
        .locator('svg.timeline circle')
        .evaluateAll((dots) => dots.map((dot) => dot.getAttribute('class'))),
      [
        'timeline-point status-not-yet',
        'timeline-point status-incomplete',
        'timeline-point status-eligible',
        'timeline-point status-incomplete',
        'timeline-point status-incomplete',
      ],
    );
    assert.equal(
      await page().locator('svg.timeline polyline').count(),
      2,
      'Automation Engineer has no point, so no line',
    );
    assert.deepEqual(await page().locator('svg.timeline circle title').allTextContents(), [
      '2026-01-05 aaaaaaa · Staff Engineer: not yet, 40% — Priya joins',
      '2026-03-01 bbbbbbb · Staff Engineer: incomplete, 60% — the ladder asks for <b>more</b>',
      '2026-06-01 ccccccc · Staff Engineer: eligible, 100% — Priya ships',
      '2026-01-05 aaaaaaa · Manager: incomplete, 50% — Priya joins',
      '2026-06-01 ccccccc · Manager: incomplete, 75% — Priya ships',
    ]);
    assert.equal(await page().locator('svg.timeline b').count(), 0, 'a commit subject is text, never markup');
    assert.equal(
      await page().locator('svg.timeline').getAttribute('aria-label'),
      'Readiness over 3 commits, 2026-01-05 to 2026-06-01. Staff Engineer: 40% to 100%; Manager: 50% to 75%.',
    );
  });

  it('keeps the timeline through a new verdict, and draws none for another file, no commits or malformed points', async () => {
    await panel.send({ type: 'history', uri: priya.uri, points: POINTS });
    await panel.until(async () => (await page().locator('svg.timeline').count()) === 1);
    await panel.score(priya);
    assert.equal(await page().locator('svg.timeline').count(), 1);

    for (const message of [
      { type: 'history', uri: 'file:///elsewhere.assessment.yaml', points: POINTS },
      { type: 'history', uri: priya.uri, points: [] },
    ]) {
      await panel.load();
      await panel.score(priya);
      await panel.send(message);
      await panel.score(priya);
      assert.equal(await page().locator('svg.timeline').count(), 0, JSON.stringify(message).slice(0, 80));
    }
    await panel.load();
    await panel.score(priya);
    await panel.send({
      type: 'history',
      uri: priya.uri,
      points: [
        {
          ...POINTS[0],
          levels: [{ level: 'manager', name: 'Manager', status: 'hacked', readiness: 2, readinessPercent: 200 }],
        },
      ],
    });
    await panel.score(priya);
    assert.equal(await page().locator('svg.timeline').count(), 0);
  });
});
