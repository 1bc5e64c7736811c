// The eligibility panel in headless Chromium: what it draws from a verdict, what it posts back for keyboard
// and mouse actions, what it keeps across reloads, and that it never runs or loads anything from the data.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import type { ScoreResult } from '../../server/src/protocol';
import { fixture, openPanelPage, type PanelPage } from './panelPage';

const NUL = '\u0000';

describe('eligibility panel', () => {
  let panel: PanelPage;
  const page = () => panel.harness.page;

  before(async () => {
    panel = await openPanelPage({ viewport: { width: 1200, height: 900 } });
  });

  after(async () => {
    await panel?.close();
  });

  beforeEach(() => panel.resetRecords());

  afterEach(() => {
    assert.deepEqual(panel.harness.cspViolations, [], 'no CSP violation');
    assert.deepEqual(panel.harness.blockedRequests, [], 'no network request');
    assert.deepEqual(panel.harness.pageErrors, [], 'no uncaught error');
    assert.deepEqual(panel.dialogs, [], 'no dialog');
  });

  async function texts(selector: string): Promise<string[]> {
    return page().locator(selector).allTextContents();
  }

  async function attributes(selector: string, name: string): Promise<(string | null)[]> {
    return page()
      .locator(selector)
      .evaluateAll((elements, attribute) => elements.map((element) => element.getAttribute(attribute)), name);
  }

  async function lastPosted() {
    const posted = await panel.posted();
    return posted[posted.length - 1];
  }

  /** Presses Tab until the focused element's data-focus-key matches; returns how many presses it took. */
  async function tabTo(focusKey: string, maxPresses = 40): Promise<number> {
    for (let presses = 1; presses <= maxPresses; presses++) {
      await page().keyboard.press('Tab');
      const key = await page().evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusKey ?? null);
      if (key === focusKey) return presses;
    }
    throw new Error(`Tab never reached ${JSON.stringify(focusKey)}`);
  }

  describe('a verdict on a numeric scale', () => {
    const priya = fixture('priya-nair');

    beforeEach(async () => {
      await panel.load();
      await panel.score(priya);
    });

    it('posts ready once loaded, having loaded only the page, its script and its stylesheet', async () => {
      assert.deepEqual((await panel.posted())[0], { type: 'ready' });
      const files = panel.requests.map((url) => new URL(url).pathname.split('/').pop());
      assert.deepEqual(files.slice(1).sort(), ['webview.css', 'webview.js']);
      assert.match(files[0] ?? '', /^panel-\d+\.html$/);
    });

    it('shows the person, current level, time at level, as-of date and ladder', async () => {
      assert.deepEqual(await texts('h1'), ['Priya Nair']);
      assert.deepEqual(await texts('.facts dt'), ['Current level', 'Time at level', 'As of', 'Ladder']);
      assert.deepEqual(await texts('.facts dd'), [
        'Senior Engineer',
        '1.7 years',
        '2026-11-01',
        'Customer Engineering Career Ladder',
      ]);
    });

    it('puts the next and target levels first, expanded, and the rest under "Other levels", collapsed', async () => {
      assert.deepEqual(await attributes('.focus-levels > .card', 'data-level'), [
        'staff-engineer',
        'manager',
        'automation-engineer',
      ]);
      assert.deepEqual(await attributes('.other-levels > .card', 'data-level'), [
        'customer-engineer',
        'senior-engineer',
        'team-lead',
        'senior-manager',
      ]);
      assert.deepEqual(await attributes('.focus-levels > .card', 'open'), ['', '', '']);
      assert.deepEqual(await attributes('.other-levels > .card', 'open'), [null, null, null, null]);
      assert.equal(await page().locator('details.other-levels').getAttribute('open'), null);
      assert.deepEqual(await texts('.other-levels > summary h2'), ['Other levels (4)']);
    });

    it('spells out each status next to its icon', async () => {
      assert.deepEqual(await texts('.card > summary .badge'), [
        'Not yet',
        'Incomplete',
        'Eligible',
        'Eligible',
        'Eligible',
        'Incomplete',
        'Not yet',
      ]);
      assert.equal(await page().locator('.card > summary .badge svg.icon').count(), 7);
    });

    it('reports readiness as progress bars with the exact percentage', async () => {
      assert.deepEqual(await attributes('.card > summary [role=progressbar]', 'aria-valuenow'), [
        '73',
        '69',
        '100',
        '100',
        '100',
        '75',
        '38',
      ]);
      assert.equal(
        await page().locator('[data-level="staff-engineer"] [role=progressbar]').getAttribute('aria-valuetext'),
        '73% ready: 11 of 15 met',
      );
      assert.equal(
        await page().locator('[data-level="staff-engineer"] [role=progressbar]').getAttribute('aria-label'),
        'Readiness for Staff Engineer',
      );
    });

    it('lists expectations with expected and rated values and the descriptor on hover', async () => {
      const row = page().locator(
        '[data-level="staff-engineer"] table.expectations tr[data-competency="process-improvement"]',
      );
      assert.equal(await row.locator('th').textContent(), 'Process and tooling improvement');
      assert.equal(await row.locator('td.expected').textContent(), '4 · Expert (SME)');
      assert.equal(await row.locator('select').inputValue(), '2');
      assert.equal(await row.locator('td.status').textContent(), 'Gap');
      const descriptor = priya.competencies.find((c) => c.id === 'process-improvement')!.descriptors['4'];
      assert.ok(descriptor);
      assert.equal(await row.locator('td.expected').getAttribute('title'), descriptor);
      assert.equal(await page().locator('[data-level="staff-engineer"] table.expectations tbody tr').count(), 11);
    });

    it('shows requirements with the engine detail, waived ones marked, any-of children nested', async () => {
      const waived = page().locator(
        '[data-level="automation-engineer"] li.requirement[data-requirement="automation-tenure"]',
      );
      assert.equal(await waived.getAttribute('data-status'), 'waived');
      assert.equal(await waived.locator('.requirement-status').textContent(), 'Waived');
      assert.equal(await waived.locator('.tag.waived').textContent(), 'waived');
      assert.equal(await waived.locator('.detail').textContent(), 'waived (1.7 years at rank 2 (needs 2))');

      const anyOf = page().locator(
        '[data-level="manager"] li.requirement[data-requirement="manager-people-experience"]',
      );
      assert.equal(await anyOf.getAttribute('data-status'), 'unknown');
      assert.equal(
        await anyOf.locator('> .requirement-line .detail').textContent(),
        '0 of 3 options satisfied (needs 1)',
      );
      assert.equal(await anyOf.locator('.children-label').textContent(), 'At least one of:');
      assert.deepEqual(
        await anyOf
          .locator('ul.nested > li')
          .evaluateAll((items) => items.map((item) => item.getAttribute('data-status'))),
        ['unmet', 'unknown', 'unknown'],
      );
      assert.deepEqual(await anyOf.locator('ul.nested > li .requirement-title').allTextContents(), [
        'Comes from the management path (a year as Team Lead).',
        'Documented success in peer onboarding or coaching: not recorded',
        'Past experience in people management: not recorded',
      ]);
    });

    it('draws the competency × level matrix with met, gap and unrated cells in words too', async () => {
      const levels = priya.report!.levels;
      const competencies = new Set(levels.flatMap((level) => level.expectations.map((e) => e.competency)));
      assert.equal(await page().locator('table.matrix tbody tr').count(), competencies.size);
      assert.equal(await page().locator('table.matrix tbody td.cell').count(), competencies.size * levels.length);
      assert.deepEqual(
        await attributes('table.matrix thead th[data-level]', 'data-level'),
        levels.map((level) => level.id),
      );

      const cell = (competency: string, level: string) =>
        page().locator(`table.matrix tr[data-competency="${competency}"] td[data-level="${level}"]`);
      assert.equal(await cell('process-improvement', 'staff-engineer').getAttribute('data-status'), 'gap');
      assert.equal(await cell('process-improvement', 'staff-engineer').textContent(), '4 gap');
      assert.equal(await cell('people-leadership', 'manager').getAttribute('data-status'), 'unrated');
      assert.equal(await cell('people-leadership', 'manager').textContent(), '3 not rated');
      assert.equal(await cell('support-tooling', 'customer-engineer').textContent(), '2 met');
      assert.equal(await cell('scripting-automation', 'customer-engineer').textContent(), '·not expected');
      assert.equal(
        await page().locator('table.matrix tr[data-competency="people-leadership"] td.rated-col').textContent(),
        '—',
      );
      assert.equal(await page().locator('table.matrix tr[data-competency="linux"] td.rated-col').textContent(), '4');
    });

    it('draws the radar chart against the target level with one axis per expectation', async () => {
      const target = priya.report!.levels.find((level) => level.id === 'automation-engineer')!;
      const radar = page().locator('svg.radar');
      assert.equal(await radar.count(), 1);
      assert.equal(await radar.getAttribute('data-level'), 'automation-engineer');
      assert.equal(await radar.getAttribute('role'), 'img');
      assert.equal(await radar.locator('line.radar-axis').count(), target.expectations.length);
      assert.equal(await radar.locator('circle.radar-point').count(), target.expectations.length);
      assert.equal(await radar.locator('polygon.radar-rated').count(), 1);
      assert.equal(await radar.locator('polygon.radar-expected').count(), 1);
      assert.equal(
        await radar.locator('title').first().textContent(),
        'Current ratings compared with what Automation Engineer expects',
      );
    });

    it('reaches a gap link with Tab and reveals the rating with Enter', async () => {
      await page().locator('body').focus();
      await tabTo(`gap${NUL}staff-engineer${NUL}process-improvement`);
      await page().keyboard.press('Enter');
      await panel.until(async () => (await lastPosted())?.type === 'reveal');
      assert.deepEqual(await lastPosted(), {
        type: 'reveal',
        uri: priya.uri,
        range: priya.ratingRanges['process-improvement'],
      });
    });

    it('sends an unrated gap to where the rating belongs, with Space', async () => {
      await page().locator('body').focus();
      await tabTo(`gap${NUL}manager${NUL}people-leadership`);
      await page().keyboard.press('Space');
      await panel.until(async () => (await lastPosted())?.type === 'reveal');
      assert.deepEqual(await lastPosted(), { type: 'reveal', uri: priya.uri, range: priya.ratingsInsertRange });
    });

    it('opens a level in the ladder', async () => {
      await page().locator('[data-level="manager"] button.link.subtle').click();
      assert.deepEqual(await lastPosted(), {
        type: 'reveal',
        uri: priya.ladderUri,
        range: priya.levelRanges['manager'],
      });
    });

    it('keeps focus on a summary while collapsing and expanding with the keyboard', async () => {
      const card = page().locator('.card[data-level="staff-engineer"]');
      await card.locator('> summary').focus();
      await page().keyboard.press('Enter');
      assert.equal(await card.getAttribute('open'), null);
      await page().keyboard.press('Space');
      assert.equal(await card.getAttribute('open'), '');
      assert.equal(await page().evaluate(() => document.activeElement?.tagName), 'SUMMARY');
    });

    it('announces the verdict on the focus levels in a status region', async () => {
      assert.equal(await page().locator('#live').getAttribute('role'), 'status');
      assert.equal(
        await page().locator('#live').textContent(),
        'Staff Engineer: not yet, 73% ready. Manager: incomplete, 69% ready. Automation Engineer: eligible, 100% ready.',
      );
    });
  });

  describe('what-if ratings', () => {
    const priya = fixture('priya-nair');
    const select = (level: string, competency: string) =>
      page().locator(`[data-level="${level}"] tr[data-competency="${competency}"] select`);

    /** The verdict the server would send back with process-improvement previewed at 4. */
    function previewed(): ScoreResult {
      const result = structuredClone(priya);
      for (const level of result.report!.levels) {
        for (const expectation of level.expectations) {
          if (expectation.competency === 'process-improvement') {
            expectation.rated = 4;
            expectation.status = 'met';
          }
        }
      }
      const staff = result.report!.levels.find((level) => level.id === 'staff-engineer')!;
      staff.readiness = 12 / 15;
      result.readinessPercent['staff-engineer'] = 80;
      return result;
    }

    beforeEach(async () => {
      await panel.load();
      await panel.score(priya);
    });

    it('offers every scale value and "Not rated"', async () => {
      assert.deepEqual(await select('staff-engineer', 'process-improvement').locator('option').allTextContents(), [
        'Not rated',
        '1 · Learning',
        '2 · Practising',
        '3 · Proficient',
        '4 · Expert (SME)',
      ]);
      assert.equal(
        await select('staff-engineer', 'process-improvement').getAttribute('aria-label'),
        'Rating of Process and tooling improvement (what-if for Staff Engineer)',
      );
    });

    it('posts the exact overrides when a rating is picked, and the file value drops it again', async () => {
      await select('staff-engineer', 'process-improvement').selectOption({ label: '4 · Expert (SME)' });
      assert.deepEqual(await lastPosted(), { type: 'whatIf', overrides: { 'process-improvement': 4 } });

      await select('manager', 'people-leadership').selectOption({ label: '2 · Practising' });
      assert.deepEqual(await lastPosted(), {
        type: 'whatIf',
        overrides: { 'process-improvement': 4, 'people-leadership': 2 },
      });

      await select('staff-engineer', 'process-improvement').selectOption({ label: '3 · Proficient' });
      assert.deepEqual(await lastPosted(), { type: 'whatIf', overrides: { 'people-leadership': 2 } });

      await select('staff-engineer', 'troubleshooting').selectOption({ label: 'Not rated' });
      assert.deepEqual(await lastPosted(), {
        type: 'whatIf',
        overrides: { 'people-leadership': 2, troubleshooting: null },
      });
    });

    it('works from the keyboard and keeps focus on the select when the new verdict arrives', async () => {
      await page().locator('body').focus();
      await tabTo(`rating${NUL}staff-engineer${NUL}process-improvement`);
      await page().keyboard.press('ArrowDown');
      await panel.until(async () => (await lastPosted())?.type === 'whatIf');
      assert.deepEqual(await lastPosted(), { type: 'whatIf', overrides: { 'process-improvement': 4 } });

      await panel.score(previewed(), { 'process-improvement': 4 });
      const focused = await page().evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.focusKey);
      assert.equal(focused, `rating${NUL}staff-engineer${NUL}process-improvement`);
      assert.equal(await select('staff-engineer', 'process-improvement').inputValue(), '3');
      assert.equal(await page().locator('[data-level="staff-engineer"] .badge').textContent(), 'Not yet');
      assert.equal(
        await page().locator('[data-level="staff-engineer"] [role=progressbar]').getAttribute('aria-valuenow'),
        '80',
      );
    });

    it('shows the previewed ratings with Reset and Apply, each posting its message', async () => {
      await panel.score(previewed(), { 'process-improvement': 4 });
      assert.deepEqual(await texts('.what-if-bar strong'), ['Previewing 1 what-if rating']);
      assert.deepEqual(await texts('.what-if-changes li'), ['Process and tooling improvement 3 → 4']);
      assert.deepEqual(await texts('[data-level="staff-engineer"] tr.what-if .tag'), ['what-if']);

      await page().locator('button[data-action="apply"]').click();
      assert.deepEqual(await lastPosted(), { type: 'applyWhatIf' });

      await page().locator('button[data-action="reset"]').focus();
      await page().keyboard.press('Enter');
      assert.deepEqual(await lastPosted(), { type: 'whatIf', overrides: {} });
    });

    it('has a button in the header that asks the host for the promotion packet', async () => {
      await panel.score(priya);
      const button = page().locator('header button[data-action="export-packet"]');
      assert.equal(await button.textContent(), 'Export promotion packet…');
      await button.focus();
      await page().keyboard.press('Enter');
      assert.deepEqual(await lastPosted(), { type: 'exportPacket' });
    });

    it('saves the assessment, its what-if ratings and the verdict for a reload', async () => {
      await panel.score(previewed(), { 'process-improvement': 4 });
      await page().locator('details.other-levels > summary').click();
      await panel.until(async () => (await panel.savedState())?.othersOpen === true);
      const saved = await panel.savedState();
      assert.equal(saved?.uri, priya.uri);
      assert.deepEqual(saved?.whatIf, { 'process-improvement': 4 });
      assert.equal(saved?.fileRatings?.['process-improvement'], 3);
      assert.equal(saved?.result?.person, 'Priya Nair');
    });

    it('paints the saved verdict at once after a reload, before the host answers', async () => {
      await panel.load({
        savedState: {
          uri: priya.uri,
          whatIf: { 'process-improvement': 4 },
          result: previewed(),
          fileRatings: { 'process-improvement': 3 },
          othersOpen: true,
        },
      });
      assert.deepEqual(await panel.posted(), [{ type: 'ready' }]);
      assert.equal(await page().locator('.card').count(), 7);
      assert.equal(await page().locator('details.other-levels').getAttribute('open'), '');
      assert.deepEqual(await texts('.what-if-changes li'), ['Process and tooling improvement 3 → 4']);
    });

    it('says "set to" when it never saw the file value of a what-if rating', async () => {
      await panel.load();
      await panel.score(previewed(), { 'process-improvement': 4 });
      assert.deepEqual(await texts('.what-if-changes li'), ['Process and tooling improvement set to 4']);
    });
  });

  describe('what the server says, shown as it says it', () => {
    const alex = fixture('alex-kim');

    beforeEach(async () => {
      await panel.load();
      await panel.score(alex);
    });

    it('shows the readiness percentage the server computed: 11 of 14 reads 78%, as in the tree and the CLI', async () => {
      const automation = page().locator('[data-level="automation-engineer"] > summary');
      assert.equal(await automation.locator('.readiness-value').textContent(), '78%');
      assert.equal(
        await automation.locator('[role=progressbar]').getAttribute('aria-valuetext'),
        '78% ready: 11 of 14 met',
      );
      await panel.score({ ...alex, readinessPercent: { ...alex.readinessPercent, 'automation-engineer': 12 } });
      assert.equal(await automation.locator('.readiness-value').textContent(), '12%');
    });

    it("names each level's track as the ladder does", async () => {
      assert.deepEqual(await texts('.card > summary .card-meta'), [
        'Rank 2 · IC Path',
        'Rank 2 · Management Path',
        'Rank 1 · Core Role',
        'Rank 3 · IC Path',
        'Rank 3 · Management Path',
        'Rank 4 · Management Path',
        'Rank 3 · Alternative Path',
      ]);
    });

    it('counts gaps and missing ratings apart, as the legend does', async () => {
      assert.deepEqual(await texts('.card .gaps h4'), ['2 gaps', '2 gaps · 1 not rated', '5 gaps · 1 not rated']);
    });
  });

  describe('a string scale', () => {
    const dani = fixture('dani-okafor');

    beforeEach(async () => {
      await panel.load({ theme: 'light' });
      await panel.score(dani);
    });

    it('shows string scale ids and posts them as strings', async () => {
      const select = page().locator(
        '[data-level="support-specialist-iii"] tr[data-competency="product-knowledge"] select',
      );
      assert.deepEqual(await select.locator('option').allTextContents(), [
        'Not rated',
        'I · Foundational',
        'II · Established',
        'III · Leading',
      ]);
      assert.equal(
        await page()
          .locator('[data-level="support-specialist-iii"] tr[data-competency="product-knowledge"] td.expected')
          .textContent(),
        'III · Leading',
      );
      await select.selectOption({ label: 'II · Established' });
      assert.deepEqual(await lastPosted(), { type: 'whatIf', overrides: { 'product-knowledge': 'II' } });
    });

    it('marks the incomplete target level and its unknown requirement', async () => {
      assert.deepEqual(await attributes('.focus-levels > .card', 'data-level'), ['support-specialist-iii']);
      assert.deepEqual(await texts('.focus-levels .badge'), ['Incomplete']);
      assert.equal(await page().locator('[data-requirement="iii-specialty"]').getAttribute('data-status'), 'unknown');
      assert.equal(
        await page().locator('[data-requirement="iii-specialty"] .requirement-status').textContent(),
        'Unknown',
      );
      assert.equal(
        await page().locator('[data-level="support-specialist-iii"] [role=progressbar]').getAttribute('aria-valuenow'),
        '80',
      );
      assert.equal(
        await page()
          .locator('table.matrix tr[data-competency="product-knowledge"] td[data-level="support-specialist-iii"]')
          .textContent(),
        'III met',
      );
    });

    it('draws the radar on the scale of three with three axes', async () => {
      assert.equal(await page().locator('svg.radar line.radar-axis').count(), 3);
      assert.deepEqual(await texts('svg.radar text.radar-ring-label'), ['I', 'II', 'III']);
    });
  });

  describe('messages it does not expect', () => {
    beforeEach(async () => {
      await panel.load();
    });

    it('shows the reason when the file could not be scored', async () => {
      const unscored: ScoreResult = {
        ...fixture('dani-okafor'),
        report: undefined,
        message: 'The ladder file could not be read.',
        focus: [],
      };
      await panel.score(unscored);
      assert.deepEqual(await texts('.notice'), ['The ladder file could not be read.']);
      assert.equal(await page().locator('.card').count(), 0);
    });

    it('shows an error from the host as an alert, keeping the last verdict', async () => {
      await panel.score(fixture('dani-okafor'));
      await panel.send({ type: 'error', message: 'The language server is not running.' });
      await panel.until(async () => (await page().locator('[role=alert]').count()) === 1);
      assert.equal(await page().locator('[role=alert]').textContent(), 'The language server is not running.');
      assert.equal(await page().locator('.card').count(), 3);
    });

    it('ignores unknown and malformed messages', async () => {
      await panel.score(fixture('dani-okafor'));
      const before = await page().locator('#app').innerHTML();
      const broken = { ...fixture('dani-okafor'), focus: 'support-specialist-iii' };
      for (const message of [
        { type: 'score', result: broken, whatIf: {} },
        { type: 'score', result: fixture('dani-okafor'), whatIf: { a: { nested: true } } },
        { type: 'score' },
        { type: 'reveal', uri: 'file:///etc/passwd' },
        { type: 'eval', code: 'window.__pwned = 1' },
        { type: 'error' },
      ]) {
        await panel.send(message);
      }
      await page().evaluate(() => window.postMessage('score', '*'));
      await page().evaluate(() => window.postMessage(null, '*'));
      await panel.score(fixture('dani-okafor'));
      assert.equal(await page().locator('#app').innerHTML(), before);
      assert.equal(await page().evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    });
  });

  describe('hostile text', () => {
    const hostile = fixture('hostile');
    const level = hostile.focus[0]!;
    const competency = hostile.competencies.find((c) => c.name.startsWith('javascript:'))!;

    beforeEach(async () => {
      await panel.load();
      await panel.score(hostile);
    });

    async function assertInert(): Promise<void> {
      const found = await page().evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        elements: document.querySelectorAll(
          'img, iframe, b, i, u, marquee, a, style, object, embed, link:not([rel=stylesheet])',
        ).length,
        scripts: document.scripts.length,
        svgs: [...document.querySelectorAll('svg')].filter(
          (svg) => !svg.classList.contains('icon') && !svg.classList.contains('radar'),
        ).length,
        handlers: [...document.querySelectorAll('*')].filter((element) =>
          [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
        ).length,
        bodyVisible: getComputedStyle(document.body).display !== 'none',
      }));
      assert.deepEqual(found, { pwned: undefined, elements: 0, scripts: 1, svgs: 0, handlers: 0, bodyVisible: true });
      assert.deepEqual(
        panel.requests.filter((url) => !/\/(panel-\d+\.html|webview\.js|webview\.css)$/.test(url)),
        [],
      );
    }

    it('renders names, ids and details as the exact text', async () => {
      assert.equal(await page().locator('h1').textContent(), hostile.person);
      assert.deepEqual(await texts('.facts dd'), [
        hostile.currentLevelName,
        '1.6 years',
        '2026-11-01',
        hostile.ladderName,
      ]);
      assert.equal(await page().locator('.focus-levels > .card').getAttribute('data-level'), level);
      assert.equal(await page().locator('.focus-levels h3').textContent(), hostile.report!.levels[2]!.name);
      const requirement = hostile.report!.levels[2]!.requirements[0]!;
      const item = page().locator('.focus-levels li.requirement').first();
      assert.equal(await item.getAttribute('data-requirement'), requirement.id);
      assert.equal(await item.locator('.requirement-title').textContent(), requirement.description);
      assert.equal(await item.locator('.detail').textContent(), requirement.detail);
      assert.equal(await item.locator('code').textContent(), requirement.id);
      const row = page().locator('.focus-levels tr').filter({ hasText: competency.name });
      assert.equal(await row.getAttribute('data-competency'), competency.id);
      assert.equal(await row.locator('th').getAttribute('title'), competency.description);
      assert.equal(await row.locator('td.expected').getAttribute('title'), competency.descriptors['II']);
      assert.ok((await row.locator('option').allTextContents()).includes(`III · ${hostile.scale[2]!.name}`));
      await assertInert();
    });

    it('renders evidence and notes written with a rating as the exact text', async () => {
      const id = 'x"><img src=x onerror=window.__pwned=4>';
      const written = hostile.evidence![id]!;
      const details = page()
        .locator('.focus-levels tr')
        .filter({ hasText: hostile.competencies.find((c) => c.id === id)!.name })
        .locator('details.evidence');
      assert.equal(await details.locator('summary').textContent(), 'Evidence (3)');
      await details.locator('summary').click();
      assert.deepEqual(await details.locator('li').allTextContents(), written.evidence);
      assert.equal(await details.locator('.note').textContent(), written.note);
      await assertInert();
    });

    it('stays inert while the user hovers, opens and clicks through it', async () => {
      await page().locator('.focus-levels h3').hover();
      await page().locator('details.other-levels > summary').click();
      for (const card of await page().locator('.other-levels > .card > summary').all()) await card.click();
      await page().locator('.focus-levels .gap button').first().click();
      assert.deepEqual(await lastPosted(), { type: 'reveal', uri: hostile.uri, range: hostile.ratingsInsertRange });
      await page()
        .locator('.focus-levels tr')
        .filter({ hasText: competency.name })
        .locator('select')
        .selectOption({ index: 2 });
      assert.deepEqual(await lastPosted(), { type: 'whatIf', overrides: { [competency.id]: 'II' } });
      await assertInert();
    });

    it('keeps a hostile initial state inert in the HTML shell', async () => {
      const initialState = {
        uri: 'file:///x"><script>window.__pwned=1</script>',
        whatIf: { '</script><img src=x onerror=window.__pwned=2>': 1 },
      };
      await panel.load({ initialState });
      assert.deepEqual(JSON.parse((await page().evaluate(() => document.body.dataset.state)) ?? 'null'), initialState);
      await assertInert();
    });
  });
});
