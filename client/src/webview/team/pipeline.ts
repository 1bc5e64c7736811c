/** Each level's pipeline: how many people have it as a next or target level, by status, as bars. */
import type { TeamCompetency } from '../../../../server/src/protocol';
import { h } from '../dom';
import type { TeamModel } from './teamModel';

const SEGMENTS = [
  ['eligible', 'eligible'],
  ['incomplete', 'incomplete'],
  ['notYet', 'not yet'],
] as const;

export function pipeline(model: TeamModel): HTMLElement {
  const levels = model.result.levels;
  const most = Math.max(1, ...levels.map((level) => level.candidates));
  const items = levels.map((level) => {
    const words =
      level.candidates === 0
        ? 'nobody'
        : `${level.candidates}: ${level.eligible} eligible, ${level.incomplete} incomplete, ${level.notYet} not yet`;
    const bar = h(
      'span',
      { className: 'bar', attrs: { 'aria-hidden': 'true' } },
      ...SEGMENTS.filter(([key]) => level[key] > 0).map(([key, text]) => {
        const segment = h('span', { className: `segment segment-${key}`, attrs: { title: `${level[key]} ${text}` } });
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
  return h('ul', { className: 'pipeline', attrs: { 'aria-label': 'People per level, by status' } }, ...items);
}

/** A competency at most one person covers, and that person as shown (undefined: nobody). */
export interface SinglePoint {
  competency: TeamCompetency;
  only: string | undefined;
}

/** The competencies at most one person covers (at the highest rating any level expects). */
export function singlePoints(flagged: readonly SinglePoint[]): HTMLElement {
  if (flagged.length === 0)
    return h('p', {
      className: 'muted',
      text: 'None: every expected competency has at least two people at the highest rating any level expects.',
    });
  return h(
    'ul',
    { className: 'single-points' },
    ...flagged.map(({ competency, only }) => {
      const who = only === undefined ? 'nobody' : `only ${only}`;
      return h(
        'li',
        { attrs: { 'data-competency': competency.id } },
        h('strong', { text: competency.name || competency.id }),
        h('span', { className: 'muted', text: ` — ${who} rated ${competency.highest} or higher` }),
      );
    }),
  );
}
