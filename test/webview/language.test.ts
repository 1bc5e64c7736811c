// The webviews in the user's language, in headless Chromium: given the German string bundle and `lang` the
// extension passes (vscode.l10n.bundle, vscode.env.language), the panel and the team view draw their words and
// numbers in German; names and text from the files stay as written; and the strings cannot become markup.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import type { TeamResult } from '../../server/src/protocol';
import { fixture, openPanelPage, type PanelPage } from './panelPage';
import { teamOf } from './teamFixture';

const GERMAN = JSON.parse(readFileSync('l10n/bundle.l10n.de.json', 'utf8')) as Record<string, string>;

function checkPage(panel: PanelPage): void {
  assert.deepEqual(panel.harness.pageErrors, [], 'no uncaught error');
  assert.deepEqual(panel.harness.cspViolations, [], 'nothing broke the policy');
  assert.deepEqual(panel.harness.blockedRequests, [], 'no request left the page');
}

describe('the eligibility panel in German', () => {
  let panel: PanelPage;
  const page = () => panel.harness.page;
  const texts = (selector: string) => page().locator(selector).allTextContents();

  before(async () => {
    panel = await openPanelPage({ viewport: { width: 1200, height: 900 } });
  });

  after(async () => {
    await panel?.close();
  });

  afterEach(() => checkPage(panel));

  it('draws headings, statuses and readiness in German, and the names from the files as written', async () => {
    await panel.load({ language: 'de', l10n: GERMAN });
    await panel.score(fixture('alex-kim'));
    assert.equal(await page().locator('html').getAttribute('lang'), 'de');
    assert.equal(await page().locator('.panel-header .eyebrow').textContent(), 'Eignung');
    assert.equal(await page().locator('.panel-header h1').textContent(), 'Alex Kim');
    assert.deepEqual(await texts('.panel-header dt'), ['Aktuelle Stufe', 'Zeit auf der Stufe', 'Stand', 'Leiter']);
    assert.equal(await page().locator('#focus-heading').textContent(), 'Nächste Stufen');
    assert.deepEqual(await texts('.focus-levels .badge'), ['Erfüllt', 'Unvollständig']);
    assert.deepEqual(await texts('.other-levels > summary h2'), ['Andere Stufen (5)']);
    const automation = page().locator('[data-level="automation-engineer"] > summary');
    // Intl writes German percentages with a no-break space before the sign.
    assert.equal(await automation.locator('.readiness-value').textContent(), '78\u00a0%');
    assert.equal(
      await automation.locator('[role=progressbar]').getAttribute('aria-valuetext'),
      '78\u00a0% bereit: 11 von 14 erfüllt',
    );
    assert.equal(
      await page().locator('.what-if-bar p').textContent(),
      'Was wäre, wenn: Wählen Sie bei einer beliebigen Erwartung eine andere Bewertung, um das Urteil vorab zu sehen. Ihre Datei ändert sich erst, wenn Sie übernehmen.',
    );
  });

  it('stays in English without a bundle (what the extension passes in English)', async () => {
    await panel.load();
    await panel.score(fixture('alex-kim'));
    assert.equal(await page().locator('html').getAttribute('lang'), 'en');
    assert.equal(await page().locator('.panel-header .eyebrow').textContent(), 'Eligibility');
    assert.deepEqual(await texts('.focus-levels .badge'), ['Eligible', 'Incomplete']);
  });

  it('takes the strings as text: markup in a translation is shown, not run', async () => {
    await panel.load({
      language: 'de',
      l10n: { ...GERMAN, Eligibility: '<img src=x onerror="document.title=1">"\'&' },
    });
    await panel.score(fixture('alex-kim'));
    assert.equal(
      await page().locator('.panel-header .eyebrow').textContent(),
      '<img src=x onerror="document.title=1">"\'&',
    );
    assert.equal(await page().locator('img').count(), 0);
  });
});

describe('the team view in German', () => {
  let panel: PanelPage;
  let team: Awaited<ReturnType<typeof teamOf>>;
  let result: TeamResult;
  const page = () => panel.harness.page;

  before(async () => {
    team = await teamOf();
    result = team.result;
    panel = await openPanelPage({ viewport: { width: 1300, height: 900 }, bundle: 'team' });
  });

  after(async () => {
    await panel?.close();
    await team?.cleanUp();
  });

  afterEach(() => checkPage(panel));

  it('draws its headings, columns and buttons in German', async () => {
    await panel.load({ initialState: { ladderUri: result.ladderUri }, language: 'de', l10n: GERMAN });
    await panel.render({ type: 'team', result });
    assert.equal(await page().locator('#heat-heading').textContent(), 'Bewertungen gemessen an der nächsten Stufe');
    assert.deepEqual(await page().locator('.heat-head button.sort').allTextContents(), [
      'Person ▲',
      'Stufe',
      'Bereitschaft',
    ]);
    assert.equal(await page().locator('#single-heading').textContent(), 'Einzige Wissensträger');
    assert.equal(await page().locator('button.anonymize').textContent(), 'Namen verbergen');
    assert.deepEqual(await page().locator('.panel-header dt').allTextContents(), ['Personen', 'Nicht bewertet']);
  });
});
