/** Each level's pipeline: how many people have it as a next or target level, by status, as bars. */
import * as l10n from '@vscode/l10n';
import { h } from '../dom';
import type { TeamModel } from './teamModel';

const SEGMENTS = ['eligible', 'incomplete', 'notYet'] as const;

function segmentTitle(key: (typeof SEGMENTS)[number], count: number): string {
  if (key === 'eligible') return l10n.t('{0} eligible', count);
  if (key === 'incomplete') return l10n.t('{0} incomplete', count);
  return l10n.t('{0} not yet', count);
}

export function pipeline(model: TeamModel): HTMLElement {
  const levels = model.result.levels;
  const most = Math.max(1, ...levels.map((level) => level.candidates));
  const items = levels.map((level) => {
    const words =
      level.candidates === 0
        ? l10n.t('nobody')
        : l10n.t(
            '{0}: {1} eligible, {2} incomplete, {3} not yet',
            level.candidates,
            level.eligible,
            level.incomplete,
            level.notYet,
          );
    const bar = h(
      'span',
      { className: 'bar', attrs: { 'aria-hidden': 'true' } },
      ...SEGMENTS.filter((key) => level[key] > 0).map((key) => {
        const segment = h('span', {
          className: `segment segment-${key}`,
          attrs: { title: segmentTitle(key, level[key]) },
        });
        // Through the CSSOM: the policy allows no style attribute.
        segment.style.width = `${((level[key] / most) * 100).toFixed(2)}%`;
        return segment;
      }),
    );
    return h(
      'li',
      { attrs: { 'data-level': level.id } },
      h('span', { className: 'pipeline-name', text: level.name || level.id }),
      bar,
      h('span', { className: 'pipeline-count muted', text: words }),
    );
  });
  return h('ul', { className: 'pipeline', attrs: { 'aria-label': l10n.t('People per level, by status') } }, ...items);
}

/** The competencies at most one person covers (at the highest rating any level expects). */
export function singlePoints(model: TeamModel): HTMLElement {
  const flagged = model.result.competencies.filter((competency) => competency.singlePoint);
  if (flagged.length === 0)
    return h('p', {
      className: 'muted',
      text: l10n.t('None: every expected competency has at least two people at the highest rating any level expects.'),
    });
  return h(
    'ul',
    { className: 'single-points' },
    ...flagged.map((competency) => {
      const coverers = model.coverers(competency.id);
      const who = coverers.length === 0 ? l10n.t('nobody') : l10n.t('only {0}', model.label(coverers[0]!));
      return h(
        'li',
        { attrs: { 'data-competency': competency.id } },
        h('strong', { text: competency.name || competency.id }),
        h('span', {
          className: 'muted',
          text: ` — ${l10n.t('{0} rated {1} or higher', who, String(competency.highest))}`,
        }),
      );
    }),
  );
}
