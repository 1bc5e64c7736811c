/** Status icons drawn as inline SVG (no icon font, no image files); always next to a word. */
import { s } from './dom';

export type IconName = 'pass' | 'fail' | 'unknown' | 'waived' | 'dash';

const PATHS: Record<IconName, string[]> = {
  pass: ['M4.5 8.2l2.3 2.3 4.7-5'],
  fail: ['M5.5 5.5l5 5', 'M10.5 5.5l-5 5'],
  unknown: ['M6.2 6.3a1.9 1.9 0 1 1 2.6 1.7c-.5.2-.8.6-.8 1.1v.4', 'M8 11.3v.2'],
  waived: ['M4.6 8h6.8', 'M8.6 5.3L11.4 8l-2.8 2.7'],
  dash: ['M5 8h6'],
};

export function icon(name: IconName): SVGSVGElement {
  return s(
    'svg',
    {
      class: `icon icon-${name}`,
      viewBox: '0 0 16 16',
      width: 16,
      height: 16,
      'aria-hidden': 'true',
      focusable: 'false',
    },
    s('circle', { cx: 8, cy: 8, r: 6.6, class: 'icon-ring' }),
    ...PATHS[name].map((d) => s('path', { d })),
  );
}

export const LEVEL_ICON = { eligible: 'pass', 'not-yet': 'fail', incomplete: 'unknown' } as const;
export const EXPECTATION_ICON = { met: 'pass', gap: 'fail', unrated: 'unknown' } as const;
export const REQUIREMENT_ICON = { met: 'pass', unmet: 'fail', unknown: 'unknown', waived: 'waived' } as const;
