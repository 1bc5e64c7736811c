// The eligibility panel's host and the timeline: it asks the server for the assessment's history once per
// assessment shown (not at every keystroke), again when files changed or the webview reloaded, and posts it.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { AssessmentHistoryResult, ScoreParams, ScoreResult } from '../../../server/src/protocol';
import { createFakeVscode, installFakeVscode, Uri, type FakeWebviewPanel } from './fakeVscode';

const fake = createFakeVscode();
installFakeVscode(fake.api);

const ASSESSMENT = 'file:///ws/ana.assessment.yaml';
const POINTS: AssessmentHistoryResult['points'] = [
  {
    commit: 'c0ffee',
    date: '2026-01-01T12:00:00+00:00',
    subject: 'Ana joins',
    levels: [{ level: 'two', name: 'Two', status: 'incomplete', readiness: 0.5, readinessPercent: 50 }],
  },
];

const result = (uri: string): ScoreResult => ({
  uri,
  report: { person: 'Ana', ladder: 'team', level: 'one', asOf: '2026-11-01', levels: [] },
  focus: [],
  readinessPercent: {},
  scale: [],
  competencies: [],
  ratingRanges: {},
  levelRanges: {},
  errorCount: 0,
});

/**
 * Answers every request at once; records the score and history methods asked (the panel's calibration
 * request, answered with no reviews, is left out).
 */
class Client {
  readonly methods: string[] = [];
  async sendRequest(type: { method: string }, params: ScoreParams): Promise<unknown> {
    if (type.method === 'ladder/calibration') return undefined;
    this.methods.push(type.method);
    return type.method === 'ladder/history' ? { uri: params.uri, points: POINTS } : result(params.uri);
  }
}

const tick = () => new Promise((done) => setTimeout(done, 0));
/** Polls `condition` (yielding to the event loop between looks) until it holds; fails after a second. */
async function waitFor(what: string, condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 1000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick();
  }
}

describe('the panel timeline', () => {
  let client: Client;
  let panel: FakeWebviewPanel;

  beforeEach(async () => {
    fake.state.panels.length = 0;
    fake.document(Uri.parse(ASSESSMENT), 'kind: SelfAssessment\n');
    client = new Client();
    const { EligibilityPanelManager } = await import('../../../client/src/panel/eligibilityPanel');
    const manager = new EligibilityPanelManager(
      { extensionUri: Uri.parse('file:///ext'), subscriptions: [] } as never,
      client as never,
    );
    await manager.show(Uri.parse(ASSESSMENT) as never);
    panel = fake.state.panels[0]!;
    await waitFor('the verdict and the timeline', () => panel.posted.length === 2);
  });

  it('posts the history after the first verdict, and does not ask again for a what-if', async () => {
    assert.deepEqual(client.methods, ['ladder/score', 'ladder/history']);
    assert.deepEqual(
      panel.posted.map((message) => (message as { type: string }).type),
      ['score', 'history'],
    );
    assert.deepEqual(panel.posted[1], { type: 'history', uri: ASSESSMENT, points: POINTS });
    panel.receive({ type: 'whatIf', overrides: {} });
    await waitFor('the what-if verdict', () => panel.posted.length === 3);
    assert.deepEqual(client.methods, ['ladder/score', 'ladder/history', 'ladder/score']);
  });

  it('asks again when the webview reloads', async () => {
    panel.receive({ type: 'ready' });
    await waitFor('the timeline again', () => client.methods.length === 4);
    assert.deepEqual(client.methods, ['ladder/score', 'ladder/history', 'ladder/score', 'ladder/history']);
  });
});
