// What-if ratings from end to end: the panel in headless Chromium, the extension's panel host (over a
// stand-in `vscode` API) and the real language server, messages carried between them as JSON the way VS Code
// carries them, for competencies called `constructor` and `__proto__`.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ScoreParams } from '../../server/src/protocol';
import { LspClient } from '../protocol/lspClient';
import { createFakeVscode, installFakeVscode, Uri, type FakeWebviewPanel } from '../unit/panel/fakeVscode';
import { openPanelPage, type PanelPage } from './panelPage';

const fake = createFakeVscode();
installFakeVscode(fake.api);

const LADDER = `kind: Ladder
id: odd-ids
name: Odd ids
scale: [{id: 1, name: Learning}, {id: 2, name: Practising}, {id: 3, name: Proficient}]
competencies:
  - {id: constructor, name: Builder}
  - {id: __proto__, name: Prototyping}
tracks: [{id: ic, name: IC}]
levels:
  - {id: engineer, name: Engineer, track: ic, rank: 1, next: [senior]}
  - {id: senior, name: Senior, track: ic, rank: 2, expectations: {constructor: 3, __proto__: 2}}
`;

const ASSESSMENT = `kind: SelfAssessment
ladder: team.ladder.yaml
person: Ana
date: 2026-11-01
level: engineer
ratings:
  constructor: 2
  __proto__: 2
`;

describe('what-if ratings from the panel through its host and the language server', () => {
  let dir: string;
  let server: LspClient;
  let panel: PanelPage;
  let manager:
    InstanceType<typeof import('../../client/src/panel/eligibilityPanel').EligibilityPanelManager> | undefined;
  let host: FakeWebviewPanel;
  let assessmentUri: string;
  const requests: ScoreParams[] = [];
  let requestsInFlight = 0;
  let relayedToHost = 0;
  let relayedToWebview = 0;
  const page = () => panel.harness.page;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'what-if-ids-'));
    writeFileSync(join(dir, 'team.ladder.yaml'), LADDER);
    writeFileSync(join(dir, 'ana.assessment.yaml'), ASSESSMENT);
    assessmentUri = pathToFileURL(join(dir, 'ana.assessment.yaml')).href;
    server = new LspClient();
    await server.initialize(pathToFileURL(dir).href);
    const client = {
      sendRequest: (type: { method: string }, params: ScoreParams) => {
        requests.push(params);
        requestsInFlight++;
        return server.connection.sendRequest(type.method, params).finally(() => requestsInFlight--);
      },
    };
    const { EligibilityPanelManager } = await import('../../client/src/panel/eligibilityPanel');
    manager = new EligibilityPanelManager(
      { extensionUri: Uri.parse('file:///ext'), subscriptions: [] } as never,
      client as never,
    );
    await manager.show(Uri.parse(assessmentUri) as never);
    host = fake.state.panels[0]!;
    panel = await openPanelPage({ viewport: { width: 1200, height: 900 } });
    await panel.load();
  });

  after(async () => {
    manager?.dispose();
    await panel?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Carries what each side posted to the other, as JSON, until no request is in flight and `condition` holds. */
  async function relayUntil(condition: () => Promise<boolean>): Promise<void> {
    const relayed = panel.until(async () => {
      const posted = await panel.posted();
      for (const message of posted.slice(relayedToHost)) host.receive(message);
      relayedToHost = posted.length;
      for (const message of host.posted.slice(relayedToWebview)) await panel.send(message as Record<string, unknown>);
      relayedToWebview = host.posted.length;
      return requestsInFlight === 0 && (await condition());
    });
    await relayed.catch((error: unknown) => {
      assert.deepEqual(panel.harness.pageErrors, [], 'no uncaught error in the panel');
      throw error;
    });
  }

  const seniorStatus = () => page().evaluate(() => document.querySelector('[data-level="senior"] .badge')?.textContent);
  const ratingSelect = (competency: string) =>
    page().locator(`[data-level="senior"] tr[data-competency="${competency}"] select`);
  const selectedRating = (competency: string) =>
    ratingSelect(competency).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent);
  const lastPostedJson = async () => JSON.stringify((await panel.posted()).at(-1));

  it('previews ratings of constructor and __proto__, each changing the verdict, and resets them', async () => {
    const prototypeOfObjects = () =>
      page().evaluate(() => ({
        names: Object.getOwnPropertyNames(Object.prototype).sort(),
        constructor: ({} as { constructor: unknown }).constructor === Object,
      }));
    const pristine = await prototypeOfObjects();
    await relayUntil(async () => (await seniorStatus()) === 'Not yet');
    assert.deepEqual(
      await page()
        .locator('[data-level="senior"] tr[data-competency]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-competency'))),
      ['constructor', '__proto__'],
    );
    assert.deepEqual(
      [await selectedRating('constructor'), await selectedRating('__proto__')],
      ['2 · Practising', '2 · Practising'],
    );

    await ratingSelect('constructor').selectOption({ label: '3 · Proficient' });
    assert.equal(await lastPostedJson(), '{"type":"whatIf","overrides":{"constructor":3}}');
    await relayUntil(async () => (await seniorStatus()) === 'Eligible');
    assert.deepEqual(requests.at(-1), { uri: assessmentUri, overrides: { constructor: 3 } });
    assert.deepEqual(manager?.snapshot()?.statuses, { engineer: 'eligible', senior: 'eligible' });
    assert.deepEqual(await page().locator('.what-if-changes li').allTextContents(), ['Builder 2 → 3']);

    await ratingSelect('__proto__').selectOption({ label: 'Not rated' });
    assert.equal(await lastPostedJson(), '{"type":"whatIf","overrides":{"constructor":3,"__proto__":null}}');
    await relayUntil(async () => (await seniorStatus()) === 'Incomplete');
    assert.equal(
      JSON.stringify(requests.at(-1)),
      JSON.stringify({ uri: assessmentUri, overrides: JSON.parse('{"constructor":3,"__proto__":null}') }),
    );
    assert.deepEqual(await page().locator('.what-if-changes li').allTextContents(), [
      'Builder 2 → 3',
      'Prototyping 2 → not rated',
    ]);
    assert.equal(JSON.stringify((await panel.savedState())?.whatIf), '{"constructor":3,"__proto__":null}');

    await page().locator('button[data-action="reset"]').click();
    assert.equal(await lastPostedJson(), '{"type":"whatIf","overrides":{}}');
    await relayUntil(async () => (await seniorStatus()) === 'Not yet');
    assert.deepEqual(requests.at(-1), { uri: assessmentUri });
    assert.equal(await page().locator('.what-if-changes li').count(), 0);

    assert.deepEqual(await prototypeOfObjects(), pristine);
    assert.equal(pristine.constructor, true);
    assert.deepEqual(panel.harness.pageErrors, []);
  });
});
