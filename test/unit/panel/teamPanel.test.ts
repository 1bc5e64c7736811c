// The team view's host against a stand-in `vscode` API and language client: the view it opens, the team
// requests it sends (again when files change), the files it agrees to open, and its revival after a reload.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { TeamChanges, TeamParams, TeamResult } from '../../../server/src/protocol';
import { createFakeVscode, installFakeVscode, Uri, type FakeWebviewPanel } from './fakeVscode';

const fake = createFakeVscode();
installFakeVscode(fake.api);

type TeamModule = typeof import('../../../client/src/panel/teamPanel');
let teamModule: TeamModule;

const LADDER = 'file:///ws/team.ladder.yaml';
const ANA = 'file:///ws/ana.assessment.yaml';
const BROKEN = 'file:///ws/broken.assessment.yaml';
const range = { start: { line: 5, character: 9 }, end: { line: 5, character: 10 } };

function team(people = 1): TeamResult {
  return {
    ladderUri: LADDER,
    ladder: { id: 'team', name: 'Team Ladder' },
    scale: [{ id: 1 }, { id: 2 }],
    people: Array.from({ length: people }, (_, i) => ({
      uri: i === 0 ? ANA : `file:///ws/p${i}.assessment.yaml`,
      person: i === 0 ? 'Ana' : `P${i}`,
      alias: `Person ${i + 1}`,
      level: 'one',
      asOf: '2026-11-01',
      counted: true,
      focus: [{ level: 'two', next: true, target: false, status: 'eligible', readiness: 1, readinessPercent: 100 }],
      compared: 'two',
      ratings: [{ competency: 'writing', rated: 2, expected: 2, status: 'met', range }],
    })),
    levels: [],
    competencies: [],
    problems: [{ uri: BROKEN, role: 'assessment', alias: 'Person 9', errorCount: 1 }],
    duplicates: [],
    version: `v${people}`,
  };
}

/** A language client whose team requests the test answers. */
class FakeClient {
  readonly requests: {
    params: TeamParams;
    resolve(value: TeamResult | TeamChanges): void;
    reject(error: Error): void;
  }[] = [];
  sendRequest(type: { method: string }, params: TeamParams): Promise<TeamResult | TeamChanges> {
    assert.equal(type.method, 'ladder/team');
    return new Promise((resolve, reject) => this.requests.push({ params, resolve, reject }));
  }
}

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('TeamPanelManager', () => {
  let client: FakeClient;
  let manager: InstanceType<TeamModule['TeamPanelManager']>;
  const context = { extensionUri: Uri.parse('file:///ext'), subscriptions: [] as { dispose(): void }[] };

  before(async () => {
    teamModule = await import('../../../client/src/panel/teamPanel');
  });

  beforeEach(() => {
    manager?.dispose();
    fake.state.panels.length = 0;
    fake.state.shown.length = 0;
    fake.document(Uri.parse(ANA), 'kind: SelfAssessment\n');
    fake.document(Uri.parse(BROKEN), 'kind: SelfAssessment\n');
    fake.document(Uri.parse('file:///etc/passwd'), 'root\n');
    client = new FakeClient();
    manager = new teamModule.TeamPanelManager(context as never, client as never);
  });

  after(() => manager?.dispose());

  async function open(): Promise<FakeWebviewPanel> {
    const shown = manager.show(Uri.parse(LADDER) as never);
    await tick();
    client.requests.at(-1)!.resolve(team());
    await shown;
    return fake.state.panels[0]!;
  }

  it('opens one view with scripts, a strict policy and only dist/ as local resources, and asks for the team', async () => {
    const panel = await open();
    assert.equal(panel.viewType, 'ladder.team');
    assert.equal(panel.webview.options.enableScripts, true);
    assert.equal(panel.webview.options.enableCommandUris, false);
    assert.deepEqual((panel.webview.options.localResourceRoots as Uri[]).map(String), ['file:///ext/dist']);
    assert.match(
      panel.webview.html,
      /content="default-src &#39;none&#39;; style-src https:\/\/webview.test &#39;nonce-[A-Za-z0-9+/=]{24}&#39;; script-src &#39;nonce-/,
    );
    assert.match(panel.webview.html, /<script nonce="[^"]+" src="https:\/\/webview.test\/ext\/dist\/team.js">/);
    assert.match(
      panel.webview.html,
      /<body data-state="\{&#34;ladderUri&#34;:&#34;file:\/\/\/ws\/team.ladder.yaml&#34;\}">/,
    );
    assert.deepEqual(
      client.requests.map((r) => r.params),
      [{ ladderUri: LADDER }],
    );
    assert.deepEqual(panel.posted, [{ type: 'team', result: team() }]);
    assert.equal(panel.title, 'Team: Team Ladder');
    assert.deepEqual(manager.snapshot(), {
      ladderUri: LADDER,
      people: 1,
      statuses: { Ana: { two: 'eligible' } },
      sent: 'team',
      firstSent: 'team',
    });
  });

  it('asks again when the workspace changes, and drops an answer that a newer request replaced', async () => {
    const panel = await open();
    manager.refresh();
    manager.refresh();
    await tick();
    assert.equal(client.requests.length, 3);
    client.requests[2]!.resolve(team(3));
    client.requests[1]!.resolve(team(2));
    await tick();
    assert.deepEqual(
      panel.posted.map((message) => (message as { result: TeamResult }).result.people.length),
      [1, 3],
    );
  });

  /** The changes from the team of one person (version v1) to `next`: its people whose data changed. */
  function changesTo(next: TeamResult, since = 'v1'): TeamChanges {
    const { people, ...rest } = next;
    return {
      kind: 'changes',
      ...rest,
      since,
      people: people.filter((person) => person.person !== 'Ana'),
      ...(people.length === 1 ? {} : { order: people.map((person) => person.uri) }),
    };
  }

  it('asks with the version it holds, and sends the webview only what changed', async () => {
    const panel = await open();
    manager.refresh();
    await tick();
    assert.deepEqual(client.requests[1]!.params, { ladderUri: LADDER, since: 'v1' });
    const changes = { ...changesTo(team(1)), version: 'v1' };
    client.requests[1]!.resolve(changes);
    await tick();
    assert.equal(panel.posted.length, 1, 'nothing changed: nothing sent');

    manager.refresh();
    await tick();
    const grown = changesTo(team(3));
    assert.deepEqual(
      grown.people.map((person) => person.person),
      ['P1', 'P2'],
    );
    client.requests[2]!.resolve(grown);
    await tick();
    assert.deepEqual(panel.posted.slice(1), [{ type: 'changes', changes: grown }]);
    assert.deepEqual(manager.snapshot(), {
      ladderUri: LADDER,
      people: 3,
      statuses: { Ana: { two: 'eligible' }, P1: { two: 'eligible' }, P2: { two: 'eligible' } },
      sent: 'changes',
      firstSent: 'team',
    });

    manager.refresh();
    await tick();
    assert.deepEqual(client.requests[3]!.params, { ladderUri: LADDER, since: 'v3' });
  });

  it('sends the whole team to a webview that was sent an error since, or asks for it', async () => {
    const panel = await open();
    manager.refresh();
    await tick();
    client.requests[1]!.reject(new Error('the server is gone'));
    await tick();
    manager.refresh();
    await tick();
    assert.deepEqual(client.requests[2]!.params, { ladderUri: LADDER, since: 'v1' });
    client.requests[2]!.resolve(changesTo(team(2)));
    await tick();
    assert.deepEqual(
      panel.posted.map((message) => (message as { type: string }).type),
      ['team', 'error', 'team'],
    );
    assert.deepEqual(panel.posted.at(-1), { type: 'team', result: team(2) });
    panel.receive({ type: 'ready' });
    assert.deepEqual(panel.posted.at(-1), { type: 'team', result: team(2) }, 'a webview that asks gets it whole');
  });

  it('asks for the whole team when the answer is changes to another version (the server restarted)', async () => {
    const panel = await open();
    manager.refresh();
    await tick();
    client.requests[1]!.resolve(changesTo(team(2), 'v0'));
    await tick();
    assert.deepEqual(client.requests[2]!.params, { ladderUri: LADDER });
    client.requests[2]!.resolve(team(2));
    await tick();
    assert.deepEqual(panel.posted.at(-1), { type: 'team', result: team(2) });
  });

  it('opens the people, the files with errors and the ladder, and no other file', async () => {
    const panel = await open();
    panel.receive({ type: 'reveal', uri: ANA, range });
    panel.receive({ type: 'reveal', uri: BROKEN, range });
    panel.receive({ type: 'reveal', uri: 'file:///etc/passwd', range });
    panel.receive({ type: 'reveal', uri: ANA, range: { start: { line: -1, character: 0 }, end: range.end } });
    panel.receive({ type: 'whatIf', overrides: {} });
    await tick();
    await tick();
    assert.deepEqual(
      fake.state.shown.map((shown) => [shown.uri, shown.selection.start.line, shown.selection.start.character]),
      [
        [ANA, 5, 9],
        [BROKEN, 5, 9],
      ],
    );
  });

  it('answers ready with the last team and asks for a fresh one', async () => {
    const panel = await open();
    panel.receive({ type: 'ready' });
    assert.equal(panel.posted.length, 2);
    assert.equal(client.requests.length, 2);
  });

  it('revives a view from its saved state, and asks for that ladder', async () => {
    const panel = new (await import('./fakeVscode')).FakeWebviewPanel('ladder.team', 'Team', {}, {});
    manager.revive(panel as never, { ladderUri: LADDER, anonymize: true, sort: { key: 'level', descending: false } });
    await tick();
    assert.deepEqual(
      client.requests.map((r) => r.params),
      [{ ladderUri: LADDER }],
    );
    assert.match(panel.webview.html, /dist\/team.js/);
  });

  it('does nothing after the view is closed', async () => {
    const panel = await open();
    panel.dispose();
    manager.refresh();
    assert.equal(client.requests.length, 1);
    assert.equal(manager.snapshot(), undefined);
  });
});
