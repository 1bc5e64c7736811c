// The team view in headless Chromium: the shell the extension uses (same builder, a fresh nonce, the built
// dist/team.js and dist/team.css) with a team the real language server computed. Sorting, opening a
// rating's line by mouse and keyboard, hiding names, hostile names left inert, forged messages refused.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import {
  isTeamResult,
  validateHostTeamMessage,
  validateTeamViewState,
  validateTeamWebviewMessage,
} from '../../client/src/panel/validateTeamMessage';
import type { TeamResult } from '../../server/src/protocol';
import { openPanelPage, type PanelPage } from './panelPage';
import { demoTeamFiles, teamOf } from './teamFixture';

const NAMES = [
  'Alex Kim',
  'Jordan Lee',
  'Kenji Watanabe',
  'Lena Fischer',
  'Omar Haddad',
  'Priya Nair',
  'Sofia Marin',
  'Tomás Silva',
];

describe('the team view in headless Chromium', () => {
  let panel: PanelPage;
  let team: Awaited<ReturnType<typeof teamOf>>;
  let result: TeamResult;
  const page = () => panel.harness.page;
  const texts = (selector: string) => page().locator(selector).allTextContents();
  const rowNames = () => texts('.heat-body .person-cell a.person-link');
  const lastPosted = async () => (await panel.posted()).at(-1);

  before(async () => {
    team = await teamOf();
    result = team.result;
    panel = await openPanelPage({ viewport: { width: 1300, height: 900 }, bundle: 'team' });
  });

  after(async () => {
    await panel?.close();
    await team?.cleanUp();
  });

  beforeEach(async () => {
    await panel.load({ initialState: { ladderUri: result.ladderUri } });
    panel.resetRecords();
    await panel.render({ type: 'team', result });
  });

  afterEach(() => {
    assert.deepEqual(panel.harness.pageErrors, [], 'no uncaught error');
    assert.deepEqual(panel.harness.cspViolations, [], 'nothing broke the policy');
    assert.deepEqual(panel.harness.blockedRequests, [], 'no request left the page');
    assert.deepEqual(panel.dialogs, []);
  });

  it('the server answer passes the validator, and the page says it is ready', async () => {
    assert.equal(isTeamResult(result), true);
    assert.deepEqual((await panel.posted())[0], { type: 'ready' });
    assert.equal(await page().locator('h1').textContent(), 'Customer Engineering Career Ladder');
  });

  it('lists the people by name, each with level and readiness, the older file marked', async () => {
    assert.deepEqual(await rowNames(), [
      'Alex Kim',
      'Jordan Lee',
      'Kenji Watanabe',
      'Lena Fischer',
      'Lena Fischer',
      'Omar Haddad',
      'Priya Nair',
      'Sofia Marin',
      'Tomás Silva',
    ]);
    assert.deepEqual(await texts('.heat-body .not-counted .person-cell'), ['Lena Fischer (older file)']);
    assert.equal(
      await page().locator('.heat-body [role=row]').first().locator('.readiness-cell').textContent(),
      'Eligible 100% Senior Engineer',
    );
    assert.deepEqual(await texts('.notice li'), [
      'new-hire.assessment.yaml (assessment, 1 error)',
      'Lena Fischer: 2 files',
    ]);
  });

  it('sorts by readiness, level and person with header buttons, and says so with aria-sort', async () => {
    await page().locator('button[data-sort="readiness"]').click();
    assert.equal(await page().locator('.readiness-col[role=columnheader]').getAttribute('aria-sort'), 'descending');
    assert.deepEqual((await rowNames()).slice(0, 3), ['Alex Kim', 'Omar Haddad', 'Priya Nair']);
    assert.deepEqual((await rowNames()).at(-1), 'Lena Fischer');
    await page().locator('button[data-sort="level"]').focus();
    await page().keyboard.press('Enter');
    assert.equal(await page().locator('.level-col[role=columnheader]').getAttribute('aria-sort'), 'ascending');
    assert.equal(await page().locator('.readiness-col[role=columnheader]').getAttribute('aria-sort'), 'none');
    assert.deepEqual(await texts('.heat-body .level-cell'), [
      'Customer Engineer',
      'Customer Engineer',
      'Customer Engineer',
      'Customer Engineer',
      'Senior Engineer',
      'Senior Engineer',
      'Team Lead',
      'Team Lead',
      'Team Lead',
    ]);
    assert.equal(
      await page().evaluate(() => (document.activeElement as HTMLElement).dataset.sort),
      'level',
      'focus stays on the header button',
    );
    assert.deepEqual(
      ((await panel.savedState()) as unknown as { sort: unknown }).sort,
      { key: 'level', descending: false },
      'the sort is kept for a reload',
    );
  });

  it('opens the line of a rating when its cell is clicked', async () => {
    const alex = result.people.find((person) => person.person === 'Alex Kim')!;
    const troubleshooting = alex.ratings.find((rating) => rating.competency === 'troubleshooting')!;
    await page().locator('.heat-body [role=row]').first().locator('.cell a').nth(4).click();
    assert.deepEqual(await lastPosted(), { type: 'reveal', uri: alex.uri, range: troubleshooting.range });
    assert.equal(
      await page().locator('.heat-body [role=row]').first().locator('.cell a').nth(4).getAttribute('aria-label'),
      'Alex Kim, Technical troubleshooting: rated 4; Senior Engineer expects 3 (meets it)',
    );
  });

  it('is one tab stop; arrow keys move between cells and Enter opens the rating', async () => {
    const focusables = await page().locator('.heat-map [tabindex="0"]').count();
    assert.equal(focusables, 1);
    await page().locator('.heat-map a.person-link').first().focus();
    await page().keyboard.press('ArrowRight');
    await page().keyboard.press('ArrowRight');
    await page().keyboard.press('ArrowDown');
    const focused = await page().evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-label'));
    assert.equal(focused, 'Jordan Lee, People leadership: rated 3; Manager expects 3 (meets it)');
    await page().keyboard.press('Enter');
    const jordan = result.people.find((person) => person.person === 'Jordan Lee')!;
    assert.deepEqual(await lastPosted(), {
      type: 'reveal',
      uri: jordan.uri,
      range: jordan.ratings.find((r) => r.competency === 'people-leadership')!.range,
    });
    assert.equal(await page().locator('.heat-map [tabindex="0"]').count(), 1, 'the tab stop moved with the focus');
    await page().keyboard.press('End');
    assert.equal(
      await page().evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-label')),
      'Jordan Lee, Mentoring and knowledge sharing: rated 3; Manager expects 3 (meets it)',
    );
    await page().keyboard.press('Control+Home');
    assert.equal(await page().evaluate(() => (document.activeElement as HTMLElement).textContent), 'Alex Kim');
  });

  it('hides every name when asked, for sharing a screen, and remembers it', async () => {
    const toggle = page().locator('button.anonymize');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await rowNames(), [
      'Person 1',
      'Person 2',
      'Person 2',
      'Person 3',
      'Person 4',
      'Person 6',
      'Person 7',
      'Person 8',
      'Person 9',
    ]);
    const shown = await page().evaluate(() =>
      [
        document.body.innerText,
        ...[...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].map((attribute) => attribute.value),
        ),
      ].join('\n'),
    );
    for (const name of [...NAMES, 'new-hire', 'alex-kim', 'lena-fischer'])
      assert.equal(shown.includes(name), false, `the page still shows ${name}`);
    assert.equal(((await panel.savedState()) as unknown as { anonymize: boolean }).anonymize, true);
    await panel.load({ savedState: (await panel.savedState())! });
    assert.equal(
      await page().locator('button.anonymize').getAttribute('aria-pressed'),
      'true',
      'a reloaded view keeps names hidden',
    );
  });

  it('lists single points of failure and the pipeline in words', async () => {
    assert.deepEqual((await texts('.single-points li')).slice(0, 2), [
      'Process and tooling improvement — nobody rated 4 or higher',
      'People leadership — nobody rated 4 or higher',
    ]);
    assert.deepEqual(await texts('.pipeline li[data-level="senior-engineer"] .pipeline-count'), [
      '4: 2 eligible, 0 incomplete, 2 not yet',
    ]);
  });

  it('ignores messages that are not a team', async () => {
    for (const forged of [
      { type: 'team', result: { ...result, people: [{ ...result.people[0], uri: 42 }] } },
      { type: 'team' },
      { type: 'eval', code: 'window.__pwned = 1' },
      { type: 'score', result: {} },
    ]) {
      await panel.send(forged);
    }
    await panel.render({ type: 'team', result });
    assert.equal(await page().evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal((await rowNames()).length, 9);
  });
});

describe('the team view with hostile names', () => {
  let panel: PanelPage;
  let team: Awaited<ReturnType<typeof teamOf>>;
  const page = () => panel.harness.page;
  const PERSON = '<img src=x onerror="window.__pwned=1">Mallory';
  const COMPETENCY = '<script>window.__pwned=2</script>Product';
  const LEVEL = '<a href="javascript:window.__pwned=3">Senior</a>';

  before(async () => {
    const files = demoTeamFiles();
    files['customer-engineering.ladder.yaml'] = files['customer-engineering.ladder.yaml']!.replace(
      'name: Senior Engineer',
      `name: ${JSON.stringify(LEVEL)}`,
    );
    files['support.competencies.yaml'] = files['support.competencies.yaml']!.replace(
      /name: Product knowledge\b.*/,
      `name: ${JSON.stringify(COMPETENCY)}`,
    );
    files['team/alex-kim.assessment.yaml'] = files['team/alex-kim.assessment.yaml']!.replace(
      'person: Alex Kim',
      `person: ${JSON.stringify(PERSON)}`,
    );
    team = await teamOf(files);
    panel = await openPanelPage({ bundle: 'team' });
    await panel.load({ initialState: { ladderUri: team.result.ladderUri } });
    panel.resetRecords();
    await panel.render({ type: 'team', result: team.result });
  });

  after(async () => {
    await panel?.close();
    await team?.cleanUp();
  });

  it('shows them as exact text, with nothing run or loaded', async () => {
    assert.equal(await page().locator('.heat-body a.person-link').first().textContent(), PERSON);
    assert.ok((await page().locator('.heat-head').textContent())!.includes(COMPETENCY));
    assert.ok((await page().locator('.heat-body').textContent())!.includes(LEVEL));
    for (const button of await page().locator('button').all()) await button.click();
    await page().locator('.heat-map .cell a').first().click();
    const found = await page().evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      elements: document.querySelectorAll('img, iframe, style, object, embed, form, link:not([rel=stylesheet])').length,
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      ).length,
      hrefs: [...new Set([...document.querySelectorAll('a')].map((a) => a.getAttribute('href')))],
    }));
    assert.deepEqual(found, { pwned: undefined, elements: 0, scripts: 1, handlers: 0, hrefs: ['#'] });
    assert.deepEqual(panel.harness.cspViolations, []);
    assert.deepEqual(panel.harness.blockedRequests, []);
    for (const message of await panel.posted()) {
      assert.deepEqual(validateTeamWebviewMessage(message), message, 'exactly what the host accepts');
      if (message.type === 'reveal')
        assert.ok(
          team.result.people.some((person) => person.uri === message.uri),
          message.uri,
        );
    }
  });
});

describe('team view messages', () => {
  it('accepts ready and reveal with a valid range, and nothing else', () => {
    const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } };
    assert.deepEqual(validateTeamWebviewMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
    assert.deepEqual(
      validateTeamWebviewMessage({ type: 'reveal', uri: 'file:///a.assessment.yaml', range, extra: 1 }),
      { type: 'reveal', uri: 'file:///a.assessment.yaml', range },
    );
    for (const value of [
      null,
      'ready',
      { type: 'reveal', uri: '', range },
      { type: 'reveal', uri: 'x', range: { start: { line: 2, character: 0 }, end: { line: 1, character: 0 } } },
      { type: 'exportPacket' },
      { type: 'whatIf', overrides: {} },
    ]) {
      assert.equal(validateTeamWebviewMessage(value), undefined, JSON.stringify(value));
    }
    assert.equal(validateHostTeamMessage({ type: 'team', result: { ladderUri: 'x' } }), undefined);
    assert.deepEqual(validateHostTeamMessage({ type: 'error', message: 'x'.repeat(5000) }), {
      type: 'error',
      message: 'x'.repeat(2000),
    });
  });

  it('revives from a saved state with only known fields and a known sort', () => {
    assert.deepEqual(
      validateTeamViewState({
        ladderUri: 'file:///l.ladder.yaml',
        anonymize: true,
        sort: { key: 'readiness', descending: true },
        extra: 1,
      }),
      { ladderUri: 'file:///l.ladder.yaml', anonymize: true, sort: { key: 'readiness', descending: true } },
    );
    assert.deepEqual(
      validateTeamViewState({ ladderUri: 'file:///l.ladder.yaml', anonymize: 'yes', sort: { key: 'eval' } }),
      { ladderUri: 'file:///l.ladder.yaml', anonymize: false, sort: { key: 'person', descending: false } },
    );
    assert.equal(validateTeamViewState({ anonymize: true }), undefined);
  });
});
