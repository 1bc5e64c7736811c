// The calibration view of the eligibility panel in headless Chromium, from what the real server answers for
// the samples' Alex Kim and his two reviews: the ratings side by side with the flags, the levels under each
// review, the consensus on the radar, the links to each rating's line (mouse and keyboard), and hostile
// reviewer names and notes shown as inert text.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { CalibrationResult, ScoreResult } from '../../server/src/protocol';
import { CATALOGUE, LADDER } from '../protocol/fixtures';
import { LspClient } from '../protocol/lspClient';
import { fixture, openPanelPage, type PanelPage } from './panelPage';

function calibrationFixture(): CalibrationResult {
  return JSON.parse(
    readFileSync(join(__dirname, 'fixtures', 'alex-kim-calibration.json'), 'utf8'),
  ) as CalibrationResult;
}

const MANAGER_REVIEW = 'file:///home/dev/career-ladders/alex-kim.manager.review.yaml';
const PEER_REVIEW = 'file:///home/dev/career-ladders/alex-kim.peer.review.yaml';
const ASSESSMENT = 'file:///home/dev/career-ladders/alex-kim.assessment.yaml';

describe('the calibration view', () => {
  let panel: PanelPage;
  const page = () => panel.harness.page;
  const texts = (selector: string) => page().locator(selector).allTextContents();

  before(async () => {
    panel = await openPanelPage({ viewport: { width: 1200, height: 900 } });
  });

  after(async () => {
    await panel?.close();
  });

  beforeEach(async () => {
    panel.resetRecords();
    await panel.load();
    await panel.score(fixture('alex-kim'));
  });

  afterEach(() => {
    assert.deepEqual(panel.harness.cspViolations, [], 'no CSP violation');
    assert.deepEqual(panel.harness.blockedRequests, [], 'no network request');
    assert.deepEqual(panel.harness.pageErrors, [], 'no uncaught error');
    assert.deepEqual(panel.dialogs, [], 'no dialog');
  });

  async function showCalibration(calibration: CalibrationResult = calibrationFixture()): Promise<void> {
    await panel.send({ type: 'calibration', result: calibration });
  }

  it('is absent until a calibration with reviews arrives, and for an assessment without reviews', async () => {
    assert.equal(await page().locator('section.calibration').count(), 0);
    await showCalibration({
      ...calibrationFixture(),
      reviews: [],
      report: { ...calibrationFixture().report!, reviews: [], competencies: [], levels: [] },
      cells: [],
      levels: [],
    });
    assert.equal(await page().locator('section.calibration').count(), 0);
    assert.equal(await page().locator('.radar-consensus').count(), 0);
  });

  it('shows each competency rated by the person, each reviewer and the consensus, with the flags named for screen readers', async () => {
    await showCalibration();
    assert.deepEqual(await texts('#calibration-heading'), ['Calibration (2 reviews)']);
    assert.deepEqual(await texts('.calibration-reviews li > button'), ['Taylor Brooks (manager)', 'Riley Chen (peer)']);
    assert.deepEqual(await texts('.calibration-reviews .review-note'), [
      'Ready for team lead now; for senior engineer, networking needs another quarter.',
    ]);
    const headers = await page()
      .locator('table.competencies thead th')
      .evaluateAll((cells) => cells.map((cell) => [cell.getAttribute('scope'), cell.textContent]));
    assert.deepEqual(headers, [
      ['col', 'Competency'],
      ['col', 'Self'],
      ['col', 'R1Taylor Brooks (manager)'],
      ['col', 'R2Riley Chen (peer)'],
      ['col', 'Consensus'],
      ['col', 'Flags'],
    ]);
    const networking = page().locator('table.competencies tr[data-competency="networking"]');
    assert.deepEqual(await networking.locator('th, td').allTextContents(), [
      'Networking',
      '4',
      '2',
      '3',
      '2',
      ' disagreement',
    ]);
    assert.deepEqual(
      await networking.locator('[role="img"]').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label'))),
      ['Disagreement: two ratings are two or more scale steps apart'],
    );
    const linux = page().locator('table.competencies tr[data-competency="linux"]');
    assert.deepEqual(await linux.locator('th, td').allTextContents(), [
      'Linux and operating systems',
      '3',
      '—not rated',
      '2',
      '2',
      ' unsupported',
    ]);
    assert.deepEqual(
      await page()
        .locator('table.competencies tr[data-competency="time-management"] .flag')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-flag'))),
      ['unreviewed'],
    );
    assert.equal(await page().locator('table.competencies tbody tr').count(), 16);
  });

  it('shows each level under the self-assessment, each review and the consensus, the next steps first', async () => {
    await showCalibration();
    const rows = await page()
      .locator('table.levels tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-level'),
          ...[...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-status')),
        ]),
      );
    assert.deepEqual(rows.slice(0, 3), [
      ['senior-engineer', 'eligible', 'not-yet', 'not-yet', 'not-yet'],
      ['team-lead', 'incomplete', 'eligible', 'incomplete', 'eligible'],
      ['customer-engineer', 'eligible', 'eligible', 'eligible', 'eligible'],
    ]);
    assert.deepEqual(await page().locator('table.levels tr[data-level="senior-engineer"] td').allTextContents(), [
      ' Eligible 100%',
      ' Not yet 92%',
      ' Not yet 92%',
      ' Not yet 92%',
    ]);
  });

  it('opens the line of the rating a cell shows, in the assessment or in that review, by mouse and by keyboard', async () => {
    await showCalibration();
    const networking = page().locator('table.competencies tr[data-competency="networking"] td button');
    await networking.nth(1).click();
    let posted = await panel.posted();
    assert.deepEqual(posted[posted.length - 1], {
      type: 'reveal',
      uri: MANAGER_REVIEW,
      range: { start: { line: 19, character: 12 }, end: { line: 19, character: 13 } },
    });
    await networking.nth(0).focus();
    await page().keyboard.press('Enter');
    posted = await panel.posted();
    assert.deepEqual(posted[posted.length - 1], {
      type: 'reveal',
      uri: ASSESSMENT,
      range: { start: { line: 26, character: 12 }, end: { line: 26, character: 13 } },
    });
    await page().keyboard.press('Tab');
    await page().keyboard.press('Tab');
    await page().keyboard.press('Space');
    posted = await panel.posted();
    assert.deepEqual(posted[posted.length - 1], {
      type: 'reveal',
      uri: PEER_REVIEW,
      range: { start: { line: 13, character: 12 }, end: { line: 13, character: 13 } },
    });
    assert.equal(
      await networking.nth(1).getAttribute('aria-label'),
      'Networking, rated by Taylor Brooks (manager): 2. Open its line.',
    );
  });

  it('draws the consensus over the self-ratings on the radar', async () => {
    await showCalibration();
    assert.equal(await page().locator('svg.radar .radar-consensus').count(), 1);
    assert.equal(await page().locator('svg.radar .radar-rated').count(), 1);
    assert.match(
      (await page().locator('#radar-desc').textContent()) ?? '',
      / Networking: rated 4, consensus 2, expects 2\. Linux and operating systems: rated 3, consensus 2, expects 2\./,
    );
  });

  it('keeps the calibration through what-if verdicts, and drops it for another assessment', async () => {
    await showCalibration();
    await panel.score(fixture('alex-kim'), { networking: 3 });
    assert.equal(await page().locator('section.calibration').count(), 1);
    await panel.score(fixture('priya-nair'));
    assert.equal(await page().locator('section.calibration').count(), 0);
    // A calibration of an assessment other than the one shown is not drawn.
    await showCalibration();
    assert.equal(await page().locator('section.calibration').count(), 0);
  });

  it('shows hostile reviewer names and notes as inert text', async () => {
    const hostile = '<img src=x onerror="document.title=\'owned\'"><script>window.__owned=1</script>';
    const calibration = calibrationFixture();
    calibration.reviews[0] = {
      ...calibration.reviews[0]!,
      reviewer: hostile,
      note: `${hostile}\n**bold** [link](command:evil)`,
      date: '<b>2026</b>',
    };
    calibration.report!.reviews[0] = { ...calibration.report!.reviews[0]!, reviewer: hostile };
    calibration.competencies = calibration.competencies.map((c) =>
      c.id === 'networking' ? { ...c, name: hostile } : c,
    );
    await showCalibration(calibration);
    assert.deepEqual(await texts('.calibration-reviews li > button'), [`${hostile} (manager)`, 'Riley Chen (peer)']);
    assert.deepEqual(await texts('.calibration-reviews .review-note'), [`${hostile}\n**bold** [link](command:evil)`]);
    assert.equal(
      await page()
        .locator('section.calibration img, section.calibration script, section.calibration b, section.calibration a')
        .count(),
      0,
    );
    assert.equal(await page().title(), 'Eligibility');
    assert.equal(await page().evaluate(() => (window as unknown as { __owned?: number }).__owned), undefined);
  });

  it('refuses a calibration whose lists do not match its reviews', async () => {
    const broken = calibrationFixture();
    broken.report!.competencies[0]!.reviews.push(1);
    await showCalibration(broken);
    assert.equal(await page().locator('section.calibration').count(), 0);
  });
});

// Written into YAML files and read by the real language server, so that what reaches the page is exactly
// what a hostile review in a workspace would produce.
const HOSTILE_NAME = '<img src=x onerror=alert(1)> Mallory';
const HOSTILE_NOTE = '</p><script>alert(2)</script> **promote** [me](command:workbench.action.terminal.new)';

describe('the calibration view from a hostile review scored by the language server', () => {
  let panel: PanelPage;
  let dir: string;
  let server: LspClient;
  let score: ScoreResult;
  let calibration: CalibrationResult;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'panel-hostile-review-'));
    writeFileSync(join(dir, 'support.ladder.yaml'), LADDER);
    writeFileSync(join(dir, 'core.competencies.yaml'), CATALOGUE);
    writeFileSync(
      join(dir, 'alex.assessment.yaml'),
      'kind: SelfAssessment\nladder: support.ladder.yaml\nperson: Alex Kim\ndate: 2026-11-01\nlevel: engineer\nratings:\n  troubleshooting: 3\n  networking: 3\n',
    );
    const review = `kind: Review\nassessment: alex.assessment.yaml\nreviewer: ${JSON.stringify(HOSTILE_NAME)}\nrole: peer\nnote: ${JSON.stringify(HOSTILE_NOTE)}\nratings:\n  troubleshooting: 1\n`;
    writeFileSync(join(dir, 'alex.mallory.review.yaml'), review);
    server = new LspClient();
    await server.initialize(pathToFileURL(dir).href);
    server.open(pathToFileURL(join(dir, 'alex.mallory.review.yaml')).href, review);
    const uri = pathToFileURL(join(dir, 'alex.assessment.yaml')).href;
    score = (await server.connection.sendRequest('ladder/score', { uri })) as ScoreResult;
    calibration = (await server.connection.sendRequest('ladder/calibration', { uri })) as CalibrationResult;
    panel = await openPanelPage({ viewport: { width: 1200, height: 900 } });
  });

  after(async () => {
    await panel?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the reviewer name and note as the exact text, with no element, script or link made from them', async () => {
    assert.equal(calibration.reviews[0]?.reviewer, HOSTILE_NAME);
    await panel.load();
    await panel.score(score);
    await panel.send({ type: 'calibration', result: calibration });
    const page = panel.harness.page;
    assert.deepEqual(await page.locator('.calibration-reviews li > button').allTextContents(), [
      `${HOSTILE_NAME} (peer)`,
    ]);
    assert.deepEqual(await page.locator('.calibration-reviews .review-note').allTextContents(), [HOSTILE_NOTE]);
    assert.deepEqual(
      await page
        .locator('table.competencies thead th[title]')
        .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title'))),
      [`${HOSTILE_NAME} (peer)`],
    );
    assert.equal(await page.locator('main img, main script, main a, main strong.injected').count(), 0);
    assert.deepEqual(panel.dialogs, []);
    assert.deepEqual(panel.harness.pageErrors, []);
    assert.deepEqual(panel.harness.cspViolations, []);
  });
});
