/**
 * The team view's browser entry: restores the saved state, listens to the host, draws the team and turns
 * clicks into messages. Bundled to dist/team.js (and its stylesheet to dist/team.css).
 */
import '../../../media/team.css';
import type { TeamResult } from '../../../../server/src/protocol';
import type { TeamSortKey, TeamToHostMessage, TeamViewState } from '../../panel/teamMessages';
import { isTeamResult, validateHostTeamMessage, validateTeamViewState } from '../../panel/validateTeamMessage';
import * as l10n from '@vscode/l10n';
import { h } from '../dom';
import { configureStrings } from '../locale';
import { connectHost } from '../vscodeApi';
import { buildTeamModel, personJson, type TeamViewOptions } from './teamModel';
import { renderTeam, teamAnnouncement, type TeamActions } from './teamView';

configureStrings();
const host = connectHost<TeamToHostMessage, TeamViewState>();
const root = document.getElementById('app') ?? document.body.appendChild(h('main', { attrs: { id: 'app' } }));
const live = document.body.appendChild(
  h('div', { className: 'sr-only', attrs: { role: 'status', 'aria-live': 'polite' } }),
);

function initialState(): { ladderUri?: string; options: TeamViewOptions; result?: TeamResult } {
  const saved = host.getState() as Partial<TeamViewState> | undefined;
  const trusted = validateTeamViewState(saved);
  if (trusted)
    return {
      ladderUri: trusted.ladderUri,
      options: { anonymize: trusted.anonymize, sort: trusted.sort },
      ...(isTeamResult(saved?.result) && saved.result.ladderUri === trusted.ladderUri ? { result: saved.result } : {}),
    };
  try {
    const fromHost = validateTeamViewState(JSON.parse(document.body.dataset.state ?? 'null'));
    if (fromHost)
      return { ladderUri: fromHost.ladderUri, options: { anonymize: fromHost.anonymize, sort: fromHost.sort } };
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
  if (ladderUri)
    host.setState({ ladderUri, anonymize: options.anonymize, sort: options.sort, ...(result ? { result } : {}) });
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
    drawIfChanged();
  },
  toggleAnonymize() {
    options = { ...options, anonymize: !options.anonymize };
    save();
    drawIfChanged();
  },
};

/**
 * Puts `parts` in the page, leaving a part that is already there (the heat map, updated in place) where it
 * is; then puts focus back on the control that had it, if that was replaced.
 */
function updateContent(parts: Node[], focusKey: string | undefined): void {
  // Parts that go first: then a part kept (the heat map) is never moved, which would lay it out again.
  const kept = new Set(parts);
  for (const child of [...root.childNodes]) if (!kept.has(child)) child.remove();
  parts.forEach((part, index) => {
    if (root.childNodes[index] !== part) root.insertBefore(part, root.childNodes[index] ?? null);
  });
  while (root.childNodes.length > parts.length) root.lastChild!.remove();
  root.removeAttribute('aria-busy');
  if (
    focusKey === undefined ||
    (document.activeElement instanceof HTMLElement && document.activeElement.dataset.focusKey === focusKey)
  )
    return;
  for (const element of root.querySelectorAll<HTMLElement>('[data-focus-key]')) {
    if (element.dataset.focusKey === focusKey) {
      element.focus({ preventScroll: true });
      return;
    }
  }
}

/** What the page shows: the data drawn last and how many parts it has. */
let drawn: { signature: string; parts: number } | undefined;

/** Draws, unless the page already shows exactly this (a change to another ladder's files, say). */
function drawIfChanged(): void {
  const signature =
    JSON.stringify([result && { ...result, people: [] }, options, error]) +
    (result?.people.map(personJson).join('\u0000') ?? '');
  if (drawn?.signature === signature && root.childNodes.length === drawn.parts) return;
  // Which control has focus, before drawing replaces it (the heat map's header is replaced while it is built).
  const active = document.activeElement;
  const focusKey = active instanceof HTMLElement && root.contains(active) ? active.dataset.focusKey : undefined;
  const parts: Node[] = result
    ? renderTeam(buildTeamModel(result, options), actions)
    : [h('p', { className: 'placeholder', text: error ? '' : l10n.t('Loading the team…') })];
  if (error) parts.unshift(h('p', { className: 'notice error', attrs: { role: 'alert' }, text: error }));
  updateContent(parts, focusKey);
  drawn = { signature, parts: parts.length };
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = validateHostTeamMessage(event.data);
  if (!message) return;
  if (message.type === 'error') {
    error = message.message;
    drawIfChanged();
    live.textContent = message.message;
    return;
  }
  ladderUri = message.result.ladderUri;
  result = message.result;
  error = undefined;
  save();
  drawIfChanged();
  const sentence = teamAnnouncement(buildTeamModel(result, options));
  if (sentence !== spoken) live.textContent = spoken = sentence;
});

if (result) drawIfChanged();
host.post({ type: 'ready' });
