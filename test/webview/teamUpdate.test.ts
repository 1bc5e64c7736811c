// The team view updated after an edit, in headless Chromium: the changes the extension sends (one person's
// row, say) are drawn in place, and the page then is exactly what a fresh page draws for the same team,
// with focus, sort order and scroll position kept.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { validateHostTeamMessage } from '../../client/src/panel/validateTeamMessage';
import type { TeamChanges, TeamPerson, TeamResult } from '../../server/src/protocol';
import { openPanelPage, type PanelPage } from './panelPage';
import { teamOf } from './teamFixture';

/** The changes that lead from `base` to `next`, as the server sends them: the people whose data changed. */
function changesFrom(base: TeamResult, next: TeamResult): TeamChanges {
  const before = new Map(base.people.map((person) => [person.uri, JSON.stringify(person)] as const));
  const { people, ...rest } = next;
  const sameOrder = people.length === base.people.length && people.every((p, i) => p.uri === base.people[i]!.uri);
  return {
    kind: 'changes',
    ...rest,
    since: base.version,
    people: people.filter((person) => before.get(person.uri) !== JSON.stringify(person)),
    ...(sameOrder ? {} : { order: people.map((person) => person.uri) }),
  };
}

/** `team` with one person's rating, verdict on their compared level and that level's pipeline changed. */
function edited(
  team: TeamResult,
  name: string,
  edit: { competency: string; rated: number; status: 'met' | 'gap'; readiness: number; from: string; to: string },
  version: string,
): TeamResult {
  const next = JSON.parse(JSON.stringify(team)) as TeamResult;
  next.version = version;
  const person = next.people.find((candidate) => candidate.person === name)!;
  const rating = person.ratings.find((candidate) => candidate.competency === edit.competency)!;
  rating.rated = edit.rated;
  rating.status = edit.status;
  const focus = person.focus.find((verdict) => verdict.level === person.compared)!;
  const level = next.levels.find((candidate) => candidate.id === focus.level)!;
  level[edit.from as 'eligible']--;
  level[edit.to as 'notYet']++;
  focus.status = edit.to === 'notYet' ? 'not-yet' : (edit.to as 'eligible' | 'incomplete');
  focus.readiness = edit.readiness;
  focus.readinessPercent = Math.floor(edit.readiness * 100);
  return next;
}

/** `team` without the person named, and with a new one made from another. */
function joinedAndLeft(team: TeamResult, leaving: string, model: string, version: string): TeamResult {
  const next = JSON.parse(JSON.stringify(team)) as TeamResult;
  next.version = version;
  const newcomer: TeamPerson = {
    ...next.people.find((person) => person.person === model)!,
    uri: team.ladderUri.replace(/[^/]*$/, 'team/abe-lund.assessment.yaml'),
    person: 'Abe Lund',
    alias: 'Person 10',
  };
  next.people = [newcomer, ...next.people.filter((person) => person.person !== leaving)];
  return next;
}

describe('the team view after an update', () => {
  let updated: PanelPage;
  let fresh: PanelPage;
  let team: Awaited<ReturnType<typeof teamOf>>;
  let result: TeamResult;
  const viewport = { width: 800, height: 500 };

  /** The page's content, with what legitimately differs between an updated page and a fresh one made equal. */
  const content = async (panel: PanelPage): Promise<string> => {
    const html = await panel.harness.page.evaluate(
      () => `${document.getElementById('app')!.innerHTML}\n${document.querySelector('[role=status]')!.textContent}`,
    );
    return (
      html
        // Focus keys number the people in the order the page first saw them.
        .replace(/(data-focus-key="(?:person|cell)\u0000)\d+/g, '$1#')
        // The grid's one tab stop stays on the link that had it (checked apart).
        .replace(/tabindex="0"/g, 'tabindex="-1"')
    );
  };
  const tabStops = (panel: PanelPage) => panel.harness.page.locator('.heat-map [tabindex="0"]').count();
  const rowNames = (panel: PanelPage) => panel.harness.page.locator('.heat-body a.person-link').allTextContents();

  before(async () => {
    team = await teamOf();
    result = team.result;
    updated = await openPanelPage({ viewport, bundle: 'team' });
    fresh = await openPanelPage({ viewport, bundle: 'team' });
  });

  after(async () => {
    await updated?.close();
    await fresh?.close();
    await team?.cleanUp();
  });

  afterEach(() => {
    for (const panel of [updated, fresh]) {
      assert.deepEqual(panel.harness.pageErrors, [], 'no uncaught error');
      assert.deepEqual(panel.harness.cspViolations, [], 'nothing broke the policy');
      assert.deepEqual(panel.harness.blockedRequests, [], 'no request left the page');
    }
  });

  /** Loads both pages; `prepare` runs on each once it shows its first team (a sort, hidden names). */
  async function start(
    updatedFirst: TeamResult,
    freshTeam: TeamResult,
    prepare: (panel: PanelPage) => Promise<void> = async () => {},
  ) {
    for (const [panel, shown] of [
      [updated, updatedFirst],
      [fresh, freshTeam],
    ] as const) {
      await panel.load({ initialState: { ladderUri: result.ladderUri } });
      panel.resetRecords();
      await panel.render({ type: 'team', result: shown });
      await prepare(panel);
    }
  }

  it('after one person changed: the same page as a fresh one, only their row and the pipeline replaced', async () => {
    const next = edited(
      result,
      'Alex Kim',
      { competency: 'mentoring', rated: 2, status: 'gap', readiness: 0.92, from: 'eligible', to: 'notYet' },
      `${result.version}-next`,
    );
    await start(result, next);
    const page = updated.harness.page;
    // Expando properties on elements that must survive the update (a replaced element loses them).
    await page.evaluate(() => {
      const rows = document.querySelectorAll('.heat-body > [role=row]');
      for (const row of rows) (row as unknown as { __kept: boolean }).__kept = true;
      (document.querySelector('.panel-header') as unknown as { __kept: boolean }).__kept = true;
      (document.querySelector('.team-columns') as unknown as { __kept: boolean }).__kept = true;
    });
    const changes = changesFrom(result, next);
    assert.deepEqual(
      changes.people.map((person) => person.person),
      ['Alex Kim'],
    );
    await updated.render({ type: 'changes', changes });
    assert.equal(await content(updated), await content(fresh));
    assert.equal(await tabStops(updated), 1);
    const kept = await page.evaluate(() => ({
      rows: [...document.querySelectorAll('.heat-body > [role=row]')].map(
        (row) => (row as unknown as { __kept?: boolean }).__kept === true,
      ),
      header: (document.querySelector('.panel-header') as unknown as { __kept?: boolean }).__kept === true,
      columns: (document.querySelector('.team-columns') as unknown as { __kept?: boolean }).__kept === true,
    }));
    assert.deepEqual(kept, {
      rows: [true, true, true, true, true, true, true, true, true],
      header: true,
      columns: false,
    });
    assert.equal(
      await page.locator('.heat-body [role=row]').first().locator('.cell a').last().getAttribute('aria-label'),
      'Alex Kim, Mentoring and knowledge sharing: rated 2; Senior Engineer expects 3 (below it)',
    );
  });

  it('after people came and left, sorted by readiness with names hidden: the same page as a fresh one', async () => {
    const next = joinedAndLeft(result, 'Omar Haddad', 'Kenji Watanabe', `${result.version}-joined`);
    const prepare = async (panel: PanelPage) => {
      await panel.harness.page.locator('button[data-sort="readiness"]').click();
      await panel.harness.page.locator('button.anonymize').click();
    };
    await start(result, next, prepare);
    const changes = changesFrom(result, next);
    assert.equal(changes.order?.length, 9);
    await updated.render({ type: 'changes', changes });
    assert.equal(await content(updated), await content(fresh));
    assert.equal(await tabStops(updated), 1);
    assert.deepEqual(await rowNames(updated), await rowNames(fresh));
    assert.equal((await rowNames(updated)).includes('Person 10'), true);
  });

  it('keeps focus on the cell focused, the sort order and the scroll position across an update of that row', async () => {
    const page = updated.harness.page;
    await start(result, result, async (panel) => {
      await panel.harness.page.locator('button[data-sort="readiness"]').click();
    });
    const jordan = page.locator('.heat-body [role=row]', { hasText: 'Jordan Lee' });
    const leadership = jordan.locator('.cell[data-competency="people-leadership"] a');
    await leadership.focus();
    await page.evaluate(() => {
      (document.activeElement as unknown as { __kept: boolean }).__kept = true;
      window.scrollTo(0, 120);
      document.querySelector('.heat-map-scroll')!.scrollLeft = 40;
    });
    const before = await page.evaluate(() => [window.scrollY, document.querySelector('.heat-map-scroll')!.scrollLeft]);
    assert.ok(before[0]! > 0 && before[1]! > 0, `the page scrolled: ${before.join(', ')}`);
    assert.deepEqual((await rowNames(updated)).slice(0, 4), ['Alex Kim', 'Omar Haddad', 'Priya Nair', 'Sofia Marin']);

    // Jordan rates his people leadership higher: his readiness rises, and his row moves up past Sofia's.
    const next = edited(
      result,
      'Jordan Lee',
      {
        competency: 'people-leadership',
        rated: 4,
        status: 'met',
        readiness: 0.95,
        from: 'incomplete',
        to: 'incomplete',
      },
      `${result.version}-jordan`,
    );
    await updated.render({ type: 'changes', changes: changesFrom(result, next) });
    const after = await page.evaluate(() => ({
      kept: (document.activeElement as unknown as { __kept?: boolean }).__kept === true,
      label: document.activeElement!.getAttribute('aria-label'),
      tabIndex: (document.activeElement as HTMLElement).tabIndex,
      scroll: [window.scrollY, document.querySelector('.heat-map-scroll')!.scrollLeft],
      sort: document.querySelector('.readiness-col[role=columnheader]')!.getAttribute('aria-sort'),
    }));
    assert.deepEqual(after, {
      kept: true,
      label: 'Jordan Lee, People leadership: rated 4; Manager expects 3 (meets it)',
      tabIndex: 0,
      scroll: before,
      sort: 'descending',
    });
    await fresh.render({ type: 'team', result: next });
    assert.deepEqual(await rowNames(updated), await rowNames(fresh), 'the order a fresh sort gives');
    assert.deepEqual((await rowNames(updated)).slice(0, 5), [
      'Alex Kim',
      'Omar Haddad',
      'Priya Nair',
      'Jordan Lee',
      'Sofia Marin',
    ]);
    assert.equal(await tabStops(updated), 1);
  });

  it('asks for the whole team when sent changes to a team it does not hold, and draws nothing', async () => {
    await start(result, result);
    const before = await content(updated);
    updated.resetRecords();
    const next = edited(
      result,
      'Alex Kim',
      { competency: 'mentoring', rated: 2, status: 'gap', readiness: 0.92, from: 'eligible', to: 'notYet' },
      'another-version',
    );
    const changes = { ...changesFrom(result, next), since: 'a-version-never-sent' };
    const posted = (await updated.posted()).length;
    await updated.send({ type: 'changes', changes });
    await updated.until(async () => (await updated.posted()).length > posted);
    assert.deepEqual((await updated.posted()).slice(posted), [{ type: 'ready' }]);
    assert.equal(await content(updated), before);
  });

  it('accepts changes with every field as the protocol declares, and nothing else', () => {
    const next = edited(
      result,
      'Alex Kim',
      { competency: 'mentoring', rated: 2, status: 'gap', readiness: 0.92, from: 'eligible', to: 'notYet' },
      'v2',
    );
    const changes = changesFrom(result, next);
    assert.deepEqual(validateHostTeamMessage({ type: 'changes', changes }), { type: 'changes', changes });
    for (const forged of [
      { ...changes, kind: 'team' },
      { ...changes, since: 42 },
      { ...changes, version: undefined },
      { ...changes, people: [{ ...changes.people[0], uri: 42 }] },
      { ...changes, order: [42] },
      { ...changes, levels: [{ id: 'x' }] },
    ])
      assert.equal(
        validateHostTeamMessage({ type: 'changes', changes: forged }),
        undefined,
        JSON.stringify(forged).slice(0, 80),
      );
    assert.equal(validateHostTeamMessage({ type: 'team', result: { ...result, version: undefined } }), undefined);
  });
});
