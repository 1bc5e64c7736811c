// The eligibility panel's host against a stand-in `vscode` API and language client: the panel it opens, the
// requests it sends and drops, the files it agrees to reveal, and the one edit it applies.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it, mock } from 'node:test';
import type {
  CalibrationParams,
  CalibrationResult,
  RatingEditsParams,
  RatingEditsResult,
  ScoreParams,
  ScoreResult,
} from '../../../server/src/protocol';
import { createFakeVscode, installFakeVscode, Uri, type FakeWebviewPanel } from './fakeVscode';

const fake = createFakeVscode();
installFakeVscode(fake.api);

type PanelModule = typeof import('../../../client/src/panel/eligibilityPanel');
let panelModule: PanelModule;

const ASSESSMENT = 'file:///ws/ana.assessment.yaml';
const LADDER = 'file:///ws/team.ladder.yaml';
const TEXT =
  'kind: SelfAssessment\nladder: team.ladder.yaml\nperson: Ana\nratings:\n  linux: 3\n  networking:\n    rating: 2\n    note: keep\nchecks: {}\n';

function result(uri: string, person = 'Ana'): ScoreResult {
  return {
    uri,
    report: { person, ladder: 'team', level: 'one', asOf: '2026-11-01', levels: [] },
    ladderUri: LADDER,
    person,
    focus: [],
    readinessPercent: {},
    scale: [{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }],
    competencies: [],
    ratingRanges: {
      linux: { start: { line: 4, character: 9 }, end: { line: 4, character: 10 } },
      networking: { start: { line: 6, character: 12 }, end: { line: 6, character: 13 } },
    },
    ratingsInsertRange: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } },
    levelRanges: {},
    errorCount: 0,
  };
}

interface Pending<P, R> {
  params: P;
  token: { isCancellationRequested: boolean };
  resolve(value: R): void;
  reject(error: Error): void;
}

/**
 * A language client whose score, rating edits and calibration requests the test answers one by one; history
 * requests (the panel's timeline, tested in panelHistory.test.ts) are recorded and left unanswered.
 */
class FakeClient {
  /** Every score and rating edits request's method, in the order sent (calibrations are in `calibrations`). */
  readonly methods: string[] = [];
  readonly histories: ScoreParams[] = [];
  readonly requests: Pending<ScoreParams, ScoreResult>[] = [];
  readonly edits: Pending<RatingEditsParams, RatingEditsResult>[] = [];
  readonly calibrations: Pending<CalibrationParams, CalibrationResult>[] = [];
  sendRequest(
    type: { method: string },
    params: ScoreParams | RatingEditsParams,
    token?: { isCancellationRequested: boolean },
  ): Promise<unknown> {
    if (type.method === 'ladder/history') {
      this.histories.push(params as ScoreParams);
      return new Promise(() => undefined);
    }
    if (type.method === 'ladder/calibration') {
      return new Promise((resolve, reject) =>
        (this.calibrations as Pending<unknown, unknown>[]).push({
          params,
          token: token ?? { isCancellationRequested: false },
          resolve,
          reject,
        }),
      );
    }
    this.methods.push(type.method);
    const list = type.method === 'ladder/ratingEdits' ? this.edits : this.requests;
    assert.ok(['ladder/score', 'ladder/ratingEdits'].includes(type.method), type.method);
    return new Promise((resolve, reject) =>
      (list as Pending<unknown, unknown>[]).push({
        params,
        token: token ?? { isCancellationRequested: false },
        resolve,
        reject,
      }),
    );
  }
  answer(index: number, value: ScoreResult = result(this.requests[index]!.params.uri)): void {
    this.requests[index]!.resolve(value);
  }
}

const REVIEW = 'file:///ws/ana.jordan.review.yaml';
const OTHER_REVIEW = 'file:///ws/bo.jordan.review.yaml';
const REVIEW_RANGE = { start: { line: 1, character: 10 }, end: { line: 1, character: 21 } };

/** A calibration of `assessment` with one review at `review`. */
function calibration(assessment: string, review: string): CalibrationResult {
  return {
    uri: assessment,
    assessmentUri: assessment,
    ladderUri: LADDER,
    reviews: [
      {
        uri: review,
        file: 'ana.jordan.review.yaml',
        reviewer: 'Jordan',
        role: 'manager',
        range: REVIEW_RANGE,
        errorCount: 0,
      },
    ],
    cells: [],
    levels: [],
    focus: [],
    scale: [{ id: 1 }, { id: 2 }],
    competencies: [],
    evidence: {},
    errorCount: 0,
  };
}

/** What the server answers for { linux: 4, networking: 3, mentoring: 2 } on TEXT. */
const EDITS: RatingEditsResult['edits'] = [
  { range: { start: { line: 4, character: 9 }, end: { line: 4, character: 10 } }, newText: '4' },
  { range: { start: { line: 6, character: 12 }, end: { line: 6, character: 13 } }, newText: '3' },
  { range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, newText: '  mentoring: 2\n' },
];

/** The state the webview starts from, as the host wrote it into the panel's HTML. */
function initialStateOf(html: string): unknown {
  const attribute = /<body data-state="([^"]*)">/.exec(html)?.[1] ?? '';
  return JSON.parse(attribute.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))));
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

/** Runs `body` with setTimeout under the test's control, so debounce delays are exact and instant. */
async function withMockTimers(body: () => Promise<void> | void): Promise<void> {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    await body();
  } finally {
    mock.timers.reset();
  }
}

describe('EligibilityPanelManager', () => {
  let client: FakeClient;
  let manager: InstanceType<PanelModule['EligibilityPanelManager']>;
  const context = { extensionUri: Uri.parse('file:///ext'), subscriptions: [] as { dispose(): void }[] };

  before(async () => {
    panelModule = await import('../../../client/src/panel/eligibilityPanel');
  });

  beforeEach(() => {
    manager?.dispose();
    fake.state.panels.length = 0;
    fake.state.shown.length = 0;
    fake.state.applied.length = 0;
    fake.state.messages.length = 0;
    fake.state.commands.length = 0;
    fake.document(Uri.parse(ASSESSMENT), TEXT);
    fake.document(Uri.parse(LADDER), 'kind: Ladder\n');
    fake.document(Uri.parse(REVIEW), 'kind: Review\nreviewer: Jordan\n');
    fake.document(Uri.parse(OTHER_REVIEW), 'kind: Review\nreviewer: Jordan\n');
    client = new FakeClient();
    manager = new panelModule.EligibilityPanelManager(context as never, client as never);
  });

  after(() => manager?.dispose());

  async function open(): Promise<FakeWebviewPanel> {
    await manager.show(Uri.parse(ASSESSMENT) as never);
    client.answer(client.requests.length - 1);
    await tick();
    return fake.state.panels[0]!;
  }

  it('opens one panel beside the editor with scripts, a strict policy and only dist/ as local resources', async () => {
    const panel = await open();
    assert.equal(panel.viewType, 'ladder.eligibility');
    assert.deepEqual(panel.showOptions, { viewColumn: fake.api.ViewColumn.Beside, preserveFocus: true });
    assert.equal(panel.webview.options.enableScripts, true);
    assert.equal(panel.webview.options.retainContextWhenHidden, false);
    assert.deepEqual((panel.webview.options.localResourceRoots as Uri[]).map(String), ['file:///ext/dist']);
    assert.match(
      panel.webview.html,
      /content="default-src &#39;none&#39;; style-src https:\/\/webview.test &#39;nonce-[A-Za-z0-9+/=]{24}&#39;; script-src &#39;nonce-/,
    );
    assert.match(panel.webview.html, /<script nonce="[^"]+" src="https:\/\/webview.test\/ext\/dist\/webview.js">/);
    assert.deepEqual(
      client.requests.map((r) => r.params),
      [{ uri: ASSESSMENT }],
    );
    assert.deepEqual(panel.posted, [{ type: 'score', result: result(ASSESSMENT), whatIf: {} }]);
    assert.equal(panel.title, 'Eligibility: Ana');

    await manager.show(Uri.parse(ASSESSMENT) as never);
    assert.equal(fake.state.panels.length, 1);
    assert.equal(panel.revealed, 1);
    assert.equal(client.requests.length, 2);
  });

  it('answers ready with the last verdict and asks for a fresh one', async () => {
    const panel = await open();
    panel.receive({ type: 'ready' });
    assert.equal(panel.posted.length, 2);
    assert.equal(client.requests.length, 2);
  });

  it('drops answers to requests that a newer one replaced, and cancels them', async () => {
    const panel = await open();
    panel.receive({ type: 'whatIf', overrides: { linux: 4 } });
    panel.receive({ type: 'whatIf', overrides: { linux: 2 } });
    assert.deepEqual(
      client.requests.slice(1).map((r) => r.params.overrides),
      [{ linux: 4 }, { linux: 2 }],
    );
    assert.equal(client.requests[1]!.token.isCancellationRequested, true);
    client.answer(2, result(ASSESSMENT, 'newer'));
    await tick();
    client.answer(1, result(ASSESSMENT, 'stale'));
    await tick();
    assert.deepEqual(panel.posted.slice(1), [
      { type: 'score', result: result(ASSESSMENT, 'newer'), whatIf: { linux: 2 } },
    ]);
  });

  it('keeps only what-if ratings on the ladder scale', async () => {
    const panel = await open();
    panel.receive({ type: 'whatIf', overrides: { linux: 9, networking: null, mentoring: '3' } });
    assert.deepEqual(client.requests[1]!.params.overrides, { networking: null, mentoring: '3' });
  });

  it('passes what-if ratings of competencies called constructor and __proto__ to the server and back', async () => {
    const panel = await open();
    panel.receive(JSON.parse('{"type": "whatIf", "overrides": {"constructor": 4, "__proto__": null, "toString": 9}}'));
    const sent = client.requests[1]!.params.overrides!;
    assert.equal(JSON.stringify(sent), '{"constructor":4,"__proto__":null}');
    assert.equal(Object.getPrototypeOf(sent), Object.prototype);
    client.answer(1);
    await waitFor('the what-if verdict', () => panel.posted.length === 2);
    assert.equal(
      JSON.stringify(panel.posted[1]),
      JSON.stringify({ type: 'score', result: result(ASSESSMENT), whatIf: sent }),
    );
  });

  it('ignores messages that fail the allow-list', async () => {
    const panel = await open();
    for (const message of [
      null,
      'ready',
      { type: 'run', command: 'x' },
      { type: 'whatIf', overrides: { linux: {} } },
      { type: 'reveal', uri: ASSESSMENT },
    ])
      panel.receive(message);
    await tick();
    assert.equal(client.requests.length, 1);
    assert.deepEqual(fake.state.shown, []);
  });

  it('asks for the promotion packet of the assessment shown when the webview says so', async () => {
    const panel = await open();
    panel.receive({ type: 'exportPacket', uri: 'file:///elsewhere.assessment.yaml' });
    await tick();
    assert.deepEqual(
      fake.state.commands.map(({ command, args }) => [command, ...args.map(String)]),
      [['ladder.exportPacket', ASSESSMENT]],
    );
  });

  it('reveals only the assessment shown and its ladder', async () => {
    const panel = await open();
    const range = { start: { line: 4, character: 9 }, end: { line: 4, character: 10 } };
    panel.receive({ type: 'reveal', uri: 'file:///etc/passwd', range });
    panel.receive({ type: 'reveal', uri: 'command:workbench.action.terminal.new', range });
    panel.receive({ type: 'reveal', uri: ASSESSMENT, range });
    panel.receive({ type: 'reveal', uri: LADDER, range });
    await waitFor('the allowed files to be shown', () => fake.state.shown.length >= 2);
    assert.deepEqual(
      fake.state.shown.map((s) => s.uri),
      [ASSESSMENT, LADDER],
    );
    assert.deepEqual(fake.state.shown[0]!.selection, new fake.api.Range(4, 9, 4, 10));
  });

  it('asks for the calibration of the assessment shown and passes it on, but not again for what-if ratings', async () => {
    const panel = await open();
    assert.deepEqual(
      client.calibrations.map((c) => c.params),
      [{ uri: ASSESSMENT }],
    );
    client.calibrations[0]!.resolve(calibration(ASSESSMENT, REVIEW));
    await waitFor('the calibration message', () => panel.posted.length === 2);
    assert.deepEqual(panel.posted[1], { type: 'calibration', result: calibration(ASSESSMENT, REVIEW) });
    panel.receive({ type: 'whatIf', overrides: { linux: 4 } });
    await waitFor('the what-if score request', () => client.requests.length === 2);
    assert.equal(client.calibrations.length, 1);
  });

  it('re-asks for the calibration when a review changes', async () => {
    await open();
    await withMockTimers(() => {
      fake.documentChanged.fire({ document: { uri: Uri.parse(REVIEW) }, contentChanges: [{}] });
      mock.timers.tick(250);
    });
    assert.deepEqual(
      client.calibrations.map((c) => c.params.uri),
      [ASSESSMENT, ASSESSMENT],
    );
  });

  it('reveals a review only once the calibration of the assessment shown names it', async () => {
    const panel = await open();
    // Before any calibration arrived: a review is not revealed, whatever the webview says.
    panel.receive({ type: 'reveal', uri: REVIEW, range: REVIEW_RANGE });
    await tick();
    assert.equal(fake.state.shown.length, 0);

    client.calibrations[0]!.resolve(calibration(ASSESSMENT, REVIEW));
    await waitFor('the calibration message', () => panel.posted.length === 2);
    panel.receive({ type: 'reveal', uri: OTHER_REVIEW, range: REVIEW_RANGE });
    panel.receive({ type: 'reveal', uri: `${REVIEW}/../../etc/passwd`, range: REVIEW_RANGE });
    panel.receive({
      type: 'reveal',
      uri: REVIEW,
      range: { start: { line: 2, character: 0 }, end: { line: 1, character: 0 } },
    });
    panel.receive({ type: 'reveal', uri: REVIEW, range: REVIEW_RANGE });
    await waitFor('the review to be shown', () => fake.state.shown.length >= 1);
    await tick();
    assert.deepEqual(
      fake.state.shown.map((s) => s.uri),
      [REVIEW],
    );
  });

  it('does not reveal the reviews of an assessment no longer shown, nor those of a calibration of another assessment', async () => {
    const panel = await open();
    // A stale or forged calibration of another assessment names its review: not revealed.
    client.calibrations[0]!.resolve(calibration('file:///ws/bo.assessment.yaml', OTHER_REVIEW));
    await tick();
    panel.receive({ type: 'reveal', uri: OTHER_REVIEW, range: REVIEW_RANGE });
    await tick();
    await tick();
    assert.deepEqual(fake.state.shown, []);

    await manager.show(Uri.parse(ASSESSMENT) as never);
    client.calibrations[1]!.resolve(calibration(ASSESSMENT, REVIEW));
    await waitFor('the calibration message', () =>
      panel.posted.some((m) => (m as { type: string }).type === 'calibration'),
    );
    fake.activeEditorChanged.fire({ document: { uri: Uri.parse('file:///ws/bo.assessment.yml') }, viewColumn: 1 });
    panel.receive({ type: 'reveal', uri: REVIEW, range: REVIEW_RANGE });
    await tick();
    await tick();
    assert.deepEqual(fake.state.shown, []);
  });

  it('re-scores once, 250 ms after a burst of edits to the assessment', async () => {
    const panel = await open();
    await withMockTimers(() => {
      for (let i = 0; i < 5; i++)
        fake.documentChanged.fire({ document: { uri: Uri.parse(ASSESSMENT) }, contentChanges: [{}] });
      fake.documentChanged.fire({ document: { uri: Uri.parse('file:///ws/notes.md') }, contentChanges: [{}] });
      mock.timers.tick(100);
      assert.equal(client.requests.length, 1);
      mock.timers.tick(250);
      assert.equal(client.requests.length, 2);
    });
    assert.ok(panel);
  });

  it('follows the active editor to another assessment, but not to other files', async () => {
    await open();
    fake.activeEditorChanged.fire({ document: { uri: Uri.parse('file:///ws/readme.md') }, viewColumn: 1 });
    fake.activeEditorChanged.fire(undefined);
    assert.equal(client.requests.length, 1);
    fake.activeEditorChanged.fire({ document: { uri: Uri.parse('file:///ws/bo.assessment.yml') }, viewColumn: 1 });
    assert.deepEqual(
      client.requests.map((r) => r.params.uri),
      [ASSESSMENT, 'file:///ws/bo.assessment.yml'],
    );
  });

  /** The panel open on TEXT with these what-if ratings previewed. */
  async function withWhatIf(overrides: Record<string, number>): Promise<FakeWebviewPanel> {
    const panel = await open();
    panel.receive({ type: 'whatIf', overrides });
    client.answer(1);
    await waitFor('the what-if verdict', () => panel.posted.length === 2);
    return panel;
  }

  it('applies the what-if ratings only when asked, as one workspace edit that the server computes, then scores the file once', async () => {
    const panel = await withWhatIf({ linux: 4, networking: 3, mentoring: 2 });
    assert.equal(fake.state.applied.length, 0);

    panel.receive({ type: 'applyWhatIf' });
    await waitFor('the rating edits request', () => client.edits.length === 1);
    assert.deepEqual(client.edits[0]!.params, { uri: ASSESSMENT, ratings: { linux: 4, networking: 3, mentoring: 2 } });
    client.edits[0]!.resolve({ edits: EDITS, version: 1, skipped: [] });
    await waitFor('the edit to be applied', () => fake.state.applied.length > 0);
    assert.equal(fake.state.applied.length, 1);
    assert.deepEqual(
      fake.state.applied[0]!.replacements.map((r) => [
        r.uri,
        r.range.start.line,
        r.range.start.character,
        r.range.end.line,
        r.range.end.character,
        r.newText,
      ]),
      [
        [ASSESSMENT, 4, 9, 4, 10, '4'],
        [ASSESSMENT, 6, 12, 6, 13, '3'],
        [ASSESSMENT, 8, 0, 8, 0, '  mentoring: 2\n'],
      ],
    );
    await waitFor('the verdict of the edited file to be asked for', () => client.requests.length === 3);
    assert.deepEqual(client.requests[2]!.params, { uri: ASSESSMENT }, 'without what-if ratings');
    assert.deepEqual(client.methods, ['ladder/score', 'ladder/score', 'ladder/ratingEdits', 'ladder/score']);
    assert.deepEqual(fake.state.messages, []);
  });

  it('keeps the what-if ratings the server could not write, and names them', async () => {
    const panel = await withWhatIf({ linux: 4, networking: 3 });
    panel.receive({ type: 'applyWhatIf' });
    await waitFor('the rating edits request', () => client.edits.length === 1);
    client.edits[0]!.resolve({ edits: EDITS.slice(0, 1), version: 1, skipped: ['networking'] });
    await waitFor('the verdict with what is left', () => client.requests.length === 3);
    assert.equal(fake.state.applied.length, 1);
    assert.deepEqual(fake.state.messages, ['Not written (edit these ratings by hand): networking.']);
    assert.deepEqual(client.requests[2]!.params, { uri: ASSESSMENT, overrides: { networking: 3 } });
  });

  it('writes nothing when the assessment changed while the server computed the edits', async () => {
    const panel = await withWhatIf({ linux: 4 });
    panel.receive({ type: 'applyWhatIf' });
    await waitFor('the rating edits request', () => client.edits.length === 1);
    client.edits[0]!.resolve({ edits: EDITS.slice(0, 1), version: 2, skipped: [] });
    await waitFor('the warning', () => fake.state.messages.length === 1);
    assert.deepEqual(fake.state.messages, [
      'The assessment changed while the what-if ratings were being applied. Try again.',
    ]);
    assert.equal(fake.state.applied.length, 0);
    assert.deepEqual(client.methods, ['ladder/score', 'ladder/score', 'ladder/ratingEdits']);
  });

  it('starts from the file again, without what-if ratings, when the panel is closed and opened again', async () => {
    const first = await open();
    first.receive({ type: 'whatIf', overrides: { linux: 4 } });
    client.answer(1);
    await waitFor('the what-if verdict', () => first.posted.length === 2);
    first.dispose();

    await manager.show(Uri.parse(ASSESSMENT) as never);
    const second = fake.state.panels[1]!;
    assert.deepEqual(initialStateOf(second.webview.html), { uri: ASSESSMENT, whatIf: {} });
    assert.deepEqual(
      client.requests.map((r) => r.params),
      [{ uri: ASSESSMENT }, { uri: ASSESSMENT, overrides: { linux: 4 } }, { uri: ASSESSMENT }],
    );
    second.receive({ type: 'ready' });
    assert.deepEqual(second.posted, [], 'no verdict computed with the old what-if ratings');
    assert.deepEqual(client.requests[3]!.params, { uri: ASSESSMENT });
    client.answer(3);
    await waitFor('the verdict of the file', () => second.posted.length === 1);
    assert.deepEqual(second.posted, [{ type: 'score', result: result(ASSESSMENT), whatIf: {} }]);
  });

  it('drops the what-if ratings when the panel follows the editor to another assessment', async () => {
    const panel = await open();
    panel.receive({ type: 'whatIf', overrides: { linux: 4 } });
    client.answer(1);
    await waitFor('the what-if verdict', () => panel.posted.length === 2);
    fake.activeEditorChanged.fire({ document: { uri: Uri.parse('file:///ws/bo.assessment.yml') }, viewColumn: 1 });
    assert.deepEqual(client.requests[2]!.params, { uri: 'file:///ws/bo.assessment.yml' });
    client.answer(2);
    await waitFor('the verdict on the other assessment', () => panel.posted.length === 3);
    assert.deepEqual(panel.posted[2], { type: 'score', result: result('file:///ws/bo.assessment.yml'), whatIf: {} });
  });

  it('revives a panel from its saved state, with a fresh nonce', async () => {
    const first = await open();
    const registration = panelModule.registerEligibilitySerializer(context as never, manager);
    const revived = fake.api.window.createWebviewPanel('ladder.eligibility', 'Eligibility', {}, {});
    await fake.state.serializers
      .get('ladder.eligibility')!
      .deserializeWebviewPanel(revived, { uri: ASSESSMENT, whatIf: { linux: 2 }, result: {} });
    assert.equal(first.disposed, true);
    assert.equal(revived.webview.options.enableScripts, true);
    const nonce = (html: string) => /nonce="([^"]+)"/.exec(html)?.[1];
    assert.notEqual(nonce(revived.webview.html), nonce(first.webview.html));
    revived.receive({ type: 'ready' });
    assert.deepEqual(client.requests[client.requests.length - 1]!.params, { uri: ASSESSMENT, overrides: { linux: 2 } });
    registration.dispose();
  });

  it('reports the verdict it sent to the webview, and forgets it when the panel closes', async () => {
    assert.equal(manager.snapshot(), undefined);
    const rendered: unknown[] = [];
    const listener = manager.onDidRender((snapshot) => rendered.push(snapshot));
    const verdict = result(ASSESSMENT);
    verdict.report!.levels = [
      {
        id: 'one',
        name: 'One',
        track: 'core',
        rank: 1,
        status: 'eligible',
        readiness: 1,
        expectations: [],
        requirements: [],
      },
      {
        id: 'two',
        name: 'Two',
        track: 'core',
        rank: 2,
        status: 'not-yet',
        readiness: 0.5,
        expectations: [],
        requirements: [],
      },
    ];
    await manager.show(Uri.parse(ASSESSMENT) as never);
    assert.equal(manager.snapshot(), undefined, 'nothing is shown before the server answers');
    client.answer(0, verdict);
    await tick();
    const expected = { uri: ASSESSMENT, person: 'Ana', statuses: { one: 'eligible', two: 'not-yet' } };
    assert.deepEqual(manager.snapshot(), expected);
    assert.deepEqual(rendered, [expected]);

    fake.state.panels[0]!.dispose();
    assert.equal(manager.snapshot(), undefined);
    listener.dispose();
  });

  it('disposes its panel and listeners', async () => {
    const panel = await open();
    manager.dispose();
    assert.equal(panel.disposed, true);
    assert.equal(panel.listeners, 0);
    await withMockTimers(() => {
      fake.documentChanged.fire({ document: { uri: Uri.parse(ASSESSMENT) }, contentChanges: [{}] });
      mock.timers.tick(300);
    });
    assert.equal(client.requests.length, 1);
  });
});
