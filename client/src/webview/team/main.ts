/**
 * The team view's browser entry: restores the saved state, listens to the host, draws the team and turns
 * clicks into messages. Bundled to dist/team.js (and its stylesheet to dist/team.css).
 */
import '../../../media/team.css';
import type { TeamResult } from '../../../../server/src/protocol';
import type { TeamSortKey, TeamToHostMessage, TeamViewState } from '../../panel/teamMessages';
import { isTeamResult, validateHostTeamMessage, validateTeamViewState } from '../../panel/validateTeamMessage';
import { h } from '../dom';
import { replaceContent } from '../view';
import { connectHost } from '../vscodeApi';
import { buildTeamModel, type TeamViewOptions } from './teamModel';
import { renderTeam, teamAnnouncement, type TeamActions } from './teamView';

const host = connectHost<TeamToHostMessage, TeamViewState>();
const root = document.getElementById('app') ?? document.body.appendChild(h('main', { attrs: { id: 'app' } }));
const live = document.body.appendChild(h('div', { className: 'sr-only', attrs: { role: 'status', 'aria-live': 'polite' } }));

function initialState(): { ladderUri?: string; options: TeamViewOptions; result?: TeamResult } {
  const saved = host.getState() as Partial<TeamViewState> | undefined;
  const trusted = validateTeamViewState(saved);
  if (trusted) return { ladderUri: trusted.ladderUri, options: { anonymize: trusted.anonymize, sort: trusted.sort }, ...(isTeamResult(saved?.result) && saved.result.ladderUri === trusted.ladderUri ? { result: saved.result } : {}) };
  try {
    const fromHost = validateTeamViewState(JSON.parse(document.body.dataset.state ?? 'null'));
    if (fromHost) return { ladderUri: fromHost.ladderUri, options: { anonymize: fromHost.anonymize, sort: fromHost.sort } };
  } catch {
    // No usable initial state: wait for the host.
  }
  return { options: { anonymize: false, sort: { key: 'person', descending: false } } };
}

const start = initialState();
let ladderUri = start.ladderUri;
let result = start.result;
let options = start.options;
let error: string | undefined;
let spoken = '';

function save(): void {
  if (ladderUri) host.setState({ ladderUri, anonymize: options.anonymize, sort: options.sort, ...(result ? { result } : {}) });
}

const origin = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const actions: TeamActions = {
  open(person, rating) {
    host.post({ type: 'reveal', uri: person.uri, range: rating?.range ?? origin });
  },
  openFile(uri) {
    host.post({ type: 'reveal', uri, range: origin });
  },
  sort(key: TeamSortKey) {
    const same = options.sort.key === key;
    // Readiness reads best from the most ready down; names and levels from the top.
    options = { ...options, sort: { key, descending: same ? !options.sort.descending : key === 'readiness' } };
    save();
    draw();
  },
  toggleAnonymize() {
    options = { ...options, anonymize: !options.anonymize };
    save();
    draw();
  },
};

function draw(): void {
  const parts: Node[] = result ? renderTeam(buildTeamModel(result, options), actions) : [h('p', { className: 'placeholder', text: error ? '' : 'Loading the team…' })];
  if (error) parts.unshift(h('p', { className: 'notice error', attrs: { role: 'alert' }, text: error }));
  replaceContent(root, parts);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = validateHostTeamMessage(event.data);
  if (!message) return;
  if (message.type === 'error') {
    error = message.message;
    draw();
    live.textContent = message.message;
    return;
  }
  ladderUri = message.result.ladderUri;
  result = message.result;
  error = undefined;
  save();
  draw();
  const sentence = teamAnnouncement(buildTeamModel(result, options));
  if (sentence !== spoken) live.textContent = spoken = sentence;
});

if (result) draw();
host.post({ type: 'ready' });
