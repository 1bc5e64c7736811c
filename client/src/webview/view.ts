/** Draws the whole panel from a verdict, keeping focus and open sections across redraws. */
import * as l10n from '@vscode/l10n';
import type { CalibrationResult, ScoreResult } from '../../../server/src/protocol';
import type { Actions, ViewState } from './actions';
import { calibrationSection, consensusRatings } from './calibration';
import { h } from './dom';
import { LEVEL_STATUS } from './format';
import { header } from './header';
import { levelCard } from './levelCard';
import { percentText } from './locale';
import { competencyMatrix } from './matrix';
import { buildViewModel, type ViewModel } from './model';
import { radarChart } from './radar';
import { historyTimeline } from './timeline';
import type { HistoryPoint } from '../panel/historyMessage';
import { whatIfBar } from './whatIf';

export const OTHERS_KEY = 'others';

function focusSection(model: ViewModel, state: ViewState, actions: Actions): HTMLElement | undefined {
  if (model.focus.length === 0) return undefined;
  return h(
    'section',
    { className: 'levels focus-levels', attrs: { 'aria-labelledby': 'focus-heading' } },
    h('h2', {
      attrs: { id: 'focus-heading' },
      text: model.focus.length === 1 ? l10n.t('Next level') : l10n.t('Next levels'),
    }),
    ...model.focus.map((level) => levelCard(model, level, true, state, actions)),
  );
}

function othersSection(model: ViewModel, state: ViewState, actions: Actions): HTMLElement | undefined {
  if (model.others.length === 0) return undefined;
  const heading =
    model.focus.length > 0
      ? l10n.t('Other levels ({0})', model.others.length)
      : l10n.t('All levels ({0})', model.others.length);
  const details = h(
    'details',
    {
      className: 'levels other-levels',
      attrs: { 'data-details-key': OTHERS_KEY, open: state.open.get(OTHERS_KEY) ?? model.focus.length === 0 },
    },
    h('summary', {}, h('h2', { text: heading })),
    ...model.others.map((level) => levelCard(model, level, false, state, actions)),
  );
  details.addEventListener('toggle', () => actions.toggled(OTHERS_KEY, details.open));
  return details;
}

/**
 * The panel for a verdict, with the calibration against the assessment's reviews when it has some and the
 * timeline of its verdicts over its commits when it has history; a short explanation when the server could
 * not score the file.
 */
export function renderResult(
  result: ScoreResult,
  state: ViewState,
  actions: Actions,
  calibration?: CalibrationResult,
  history: readonly HistoryPoint[] = [],
): HTMLElement[] {
  const report = result.report;
  const ofThis = calibration && calibration.assessmentUri === result.uri ? calibration : undefined;
  if (!report) {
    return [
      header(result),
      h('p', {
        className: 'notice',
        attrs: { role: 'note' },
        text: result.message || l10n.t('This file could not be scored.'),
      }),
    ];
  }
  const model = buildViewModel(result, report);
  const overview = h(
    'div',
    { className: 'overview' },
    competencyMatrix(model),
    radarChart(model, model.chartLevel, consensusRatings(ofThis)),
  );
  const timeline = historyTimeline(
    history,
    model.focus.map((level) => ({ id: level.id, name: level.name })),
  );
  const parts = [
    header(result, actions),
    whatIfBar(model, state, actions),
    focusSection(model, state, actions),
    calibrationSection(ofThis, actions),
    othersSection(model, state, actions),
    timeline,
    overview,
  ];
  return parts.filter((part): part is HTMLElement => part !== undefined);
}

/** One sentence for screen readers after each update: the verdict on the levels in focus. */
export function announcement(result: ScoreResult): string {
  const report = result.report;
  if (!report) return result.message ?? l10n.t('No verdict.');
  const focus = result.focus
    .map((id) => report.levels.find((level) => level.id === id))
    .filter((level) => level !== undefined);
  const levels = focus.length > 0 ? focus : report.levels.slice(0, 1);
  return levels
    .map((level) =>
      l10n.t(
        '{0}: {1}, {2} ready.',
        level.name,
        LEVEL_STATUS[level.status].toLowerCase(),
        percentText(result.readinessPercent[level.id] ?? 0),
      ),
    )
    .join(' ');
}

/** Replaces the panel's content, then puts focus back on the control that had it. */
export function replaceContent(root: HTMLElement, parts: Node[]): void {
  const active = document.activeElement;
  const focusKey = active instanceof HTMLElement && root.contains(active) ? active.dataset.focusKey : undefined;
  root.replaceChildren(...parts);
  root.removeAttribute('aria-busy');
  if (focusKey === undefined) return;
  for (const element of root.querySelectorAll<HTMLElement>('[data-focus-key]')) {
    if (element.dataset.focusKey === focusKey) {
      element.focus({ preventScroll: true });
      return;
    }
  }
}
