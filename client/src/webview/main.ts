/**
 * The eligibility panel's browser entry: restores the saved state, listens to the host, draws the verdict
 * and turns clicks into messages. Bundled to dist/webview.js (and its stylesheet to dist/webview.css).
 */
import '../../media/panel.css';
import type { CalibrationResult, HistoryPoint, ScoreResult } from '../../../server/src/protocol';
import type { PanelState, WhatIf } from '../panel/messages';
import { isScoreResult, validateHostMessage, validatePanelState, validateWhatIf } from '../panel/validateMessage';
import type { Actions, ViewState } from './actions';
import * as l10n from '@vscode/l10n';
import { h } from './dom';
import { configureStrings } from './locale';
import { announcement, OTHERS_KEY, renderResult, replaceContent } from './view';
import { connectHost } from './vscodeApi';
import { nextWhatIf } from './whatIf';

configureStrings();
const host = connectHost();
const root = document.getElementById('app') ?? document.body.appendChild(h('main', { attrs: { id: 'app' } }));
const live = document.body.appendChild(
  h('div', { className: 'sr-only', attrs: { role: 'status', 'aria-live': 'polite', id: 'live' } }),
);

function initialState(): {
  uri?: string;
  whatIf: WhatIf;
  result?: ScoreResult;
  fileRatings?: WhatIf;
  othersOpen?: boolean;
} {
  const saved = host.getState() as Partial<PanelState> | undefined;
  const trusted = validatePanelState(saved);
  if (trusted && saved) {
    const fileRatings = validateWhatIf(saved.fileRatings);
    return {
      ...trusted,
      ...(fileRatings ? { fileRatings } : {}),
      ...(isScoreResult(saved.result) && saved.result.uri === trusted.uri ? { result: saved.result } : {}),
      ...(typeof saved.othersOpen === 'boolean' ? { othersOpen: saved.othersOpen } : {}),
    };
  }
  try {
    const fromHost = validatePanelState(JSON.parse(document.body.dataset.state ?? 'null'));
    if (fromHost) return fromHost;
  } catch {
    // No usable initial state: wait for the host.
  }
  return { whatIf: {} };
}

const start = initialState();
let uri = start.uri;
let result = start.result;
let calibration: CalibrationResult | undefined;
let error: string | undefined;
let spoken = '';
/** The assessment's verdicts over its commits, for the timeline (kept for the assessment they belong to). */
let history: { uri: string; points: HistoryPoint[] } | undefined;
const state: ViewState = {
  whatIf: start.whatIf,
  fileRatings: new Map(Object.entries(start.fileRatings ?? {})),
  open: new Map(),
};
if (start.othersOpen !== undefined) state.open.set(OTHERS_KEY, start.othersOpen);

function save(): void {
  if (!uri) return;
  const othersOpen = state.open.get(OTHERS_KEY);
  host.setState({
    uri,
    whatIf: state.whatIf,
    fileRatings: Object.fromEntries(state.fileRatings),
    ...(result ? { result } : {}),
    ...(othersOpen !== undefined ? { othersOpen } : {}),
  });
}

function announce(text: string): void {
  if (text === spoken) return;
  spoken = text;
  live.textContent = text;
}

const actions: Actions = {
  reveal(range, target) {
    const targetUri = target === 'ladder' ? result?.ladderUri : result?.uri;
    if (targetUri) host.post({ type: 'reveal', uri: targetUri, range });
  },
  revealSource(source, range) {
    const targetUri = source === 'self' ? calibration?.assessmentUri : calibration?.reviews[source]?.uri;
    if (targetUri) host.post({ type: 'reveal', uri: targetUri, range });
  },
  revealLadder(range) {
    if (result?.ladderUri) host.post({ type: 'reveal', uri: result.ladderUri, range });
  },
  setRating(competency, value) {
    state.whatIf = nextWhatIf(state, competency, value);
    save();
    host.post({ type: 'whatIf', overrides: state.whatIf });
  },
  resetWhatIf() {
    state.whatIf = {};
    save();
    host.post({ type: 'whatIf', overrides: {} });
  },
  applyWhatIf() {
    host.post({ type: 'applyWhatIf' });
  },
  exportPacket() {
    host.post({ type: 'exportPacket' });
  },
  toggled(key, open) {
    state.open.set(key, open);
    save();
  },
};

function draw(): void {
  const points = history && result && history.uri === result.uri ? history.points : [];
  const parts: Node[] = result
    ? renderResult(result, state, actions, calibration, points)
    : [h('p', { className: 'placeholder', text: error ? '' : l10n.t('Loading the eligibility verdict…') })];
  if (error) parts.unshift(h('p', { className: 'notice error', attrs: { role: 'alert' }, text: error }));
  replaceContent(root, parts);
}

/** Remembers the file's own ratings: every rating the verdict used that is not a what-if. */
function learnFileRatings(next: ScoreResult, whatIf: WhatIf): void {
  for (const level of next.report?.levels ?? []) {
    for (const expectation of level.expectations) {
      if (!Object.prototype.hasOwnProperty.call(whatIf, expectation.competency))
        state.fileRatings.set(expectation.competency, expectation.rated);
    }
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = validateHostMessage(event.data);
  if (!message) return;
  if (message.type === 'error') {
    error = message.message;
    draw();
    announce(message.message);
    return;
  }
  if (message.type === 'calibration') {
    calibration = message.result;
    if (result) draw();
    return;
  }
  if (message.type === 'history') {
    history = { uri: message.uri, points: message.points };
    if (result) draw();
    return;
  }
  if (message.result.uri !== uri) {
    state.fileRatings.clear();
    if (calibration?.assessmentUri !== message.result.uri) calibration = undefined;
  }
  uri = message.result.uri;
  result = message.result;
  state.whatIf = message.whatIf;
  error = undefined;
  learnFileRatings(message.result, message.whatIf);
  save();
  draw();
  announce(announcement(message.result));
});

if (result) {
  learnFileRatings(result, state.whatIf);
  draw();
}
host.post({ type: 'ready' });
