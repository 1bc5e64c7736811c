/** What-if ratings: a rating picker per expectation, and the bar that resets or applies them. */
import * as l10n from '@vscode/l10n';
import type { ScaleId, WhatIf } from '../panel/messages';
import type { Actions, ViewState } from './actions';
import { h } from './dom';
import { sameScaleId, scaleText } from './format';
import { scaleLabel, type ExpectationResult, type LevelScore, type ViewModel } from './model';

const UNRATED = 'unrated';

/** A <select> of the scale (plus "Not rated"); changing it previews the verdict with that rating. */
export function ratingSelect(
  model: ViewModel,
  level: LevelScore,
  expectation: ExpectationResult,
  actions: Actions,
): HTMLSelectElement {
  const scale = model.result.scale;
  const current = expectation.rated;
  const select = h(
    'select',
    {
      attrs: {
        'aria-label': l10n.t(
          'Rating of {0} (what-if for {1})',
          model.competencyName(expectation.competency),
          level.name,
        ),
        'data-focus-key': `rating\u0000${level.id}\u0000${expectation.competency}`,
        'data-competency': expectation.competency,
      },
    },
    h('option', { text: l10n.t('Not rated'), attrs: { value: UNRATED, selected: current === null } }),
    ...scale.map((option, index) =>
      h('option', {
        text: scaleLabel(model, option.id),
        attrs: { value: String(index), selected: sameScaleId(option.id, current) },
      }),
    ),
  );
  select.addEventListener('change', () => {
    const chosen: ScaleId | null = select.value === UNRATED ? null : (scale[Number(select.value)]?.id ?? null);
    actions.setRating(expectation.competency, chosen);
  });
  return select;
}

/**
 * The overrides after the user picks `value` for `competency`: a pick equal to the file drops the override.
 * Built from entries, so that a competency called `__proto__` becomes a key and not the prototype.
 */
export function nextWhatIf(state: ViewState, competency: string, value: ScaleId | null): WhatIf {
  const next = new Map(Object.entries(state.whatIf));
  if (state.fileRatings.has(competency) && sameScaleId(state.fileRatings.get(competency), value))
    next.delete(competency);
  else next.set(competency, value);
  return Object.fromEntries(next);
}

export function whatIfBar(model: ViewModel, state: ViewState, actions: Actions): HTMLElement {
  const changes = Object.entries(state.whatIf);
  const bar = h('section', {
    className: `what-if-bar${changes.length > 0 ? ' active' : ''}`,
    attrs: { 'aria-label': l10n.t('What-if ratings') },
  });
  if (changes.length === 0) {
    bar.append(
      h('p', {
        className: 'muted',
        text: l10n.t(
          'What-if: pick another rating in any expectation to preview the verdict. Your file is not changed until you apply.',
        ),
      }),
    );
    return bar;
  }
  const list = h(
    'ul',
    { className: 'what-if-changes' },
    ...changes.map(([competency, value]) => {
      const change = state.fileRatings.has(competency)
        ? `${scaleText(state.fileRatings.get(competency) ?? null)} → ${scaleText(value)}`
        : l10n.t('set to {0}', scaleText(value));
      return h(
        'li',
        {},
        h('span', { text: model.competencyName(competency) }),
        h('span', { className: 'muted', text: ` ${change}` }),
      );
    }),
  );
  bar.append(
    h(
      'div',
      { className: 'what-if-text' },
      h('strong', {
        text:
          changes.length === 1
            ? l10n.t('Previewing 1 what-if rating')
            : l10n.t('Previewing {0} what-if ratings', changes.length),
      }),
      list,
    ),
    h(
      'div',
      { className: 'what-if-actions' },
      h('button', {
        className: 'secondary',
        text: l10n.t('Reset'),
        attrs: { type: 'button', 'data-focus-key': 'reset', 'data-action': 'reset' },
        on: { click: () => actions.resetWhatIf() },
      }),
      h('button', {
        className: 'primary',
        text: l10n.t('Apply to file'),
        attrs: {
          type: 'button',
          'data-focus-key': 'apply',
          'data-action': 'apply',
          title: l10n.t('Write these ratings into the assessment (one undoable edit)'),
        },
        on: { click: () => actions.applyWhatIf() },
      }),
    ),
  );
  return bar;
}
