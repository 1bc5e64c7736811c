import * as l10n from '@vscode/l10n';
import type { ScaleRef } from '../model/types';
import { yamlScalar } from '../text/yamlText';
import { sameIgnoringCase } from './suggestions';
import { scaleList, type LadderContext } from '../workspace/ladderContext';
import { changeTo, type Report } from './report';

/** A rating or minimum is a value of the ladder's scale; a value differing only in case gets a fix. */
export function checkScaleValue(
  value: ScaleRef,
  context: LadderContext,
  report: Report,
  what: 'scale value' | 'rating' = 'scale value',
): void {
  if (context.scale.has(value.key)) return;
  const suggestion = sameIgnoringCase(value.key, context.scale);
  const fixes = suggestion === undefined ? undefined : changeTo(value.span, suggestion, yamlScalar(suggestion));
  report.add(
    value.span,
    'error',
    'off-scale',
    what === 'rating'
      ? l10n.t("'{0}' is not a rating of this ladder; the scale is {1}.", value.key, scaleList(context))
      : l10n.t("'{0}' is not a scale value of this ladder; the scale is {1}.", value.key, scaleList(context)),
    fixes ? { fixes } : {},
  );
}
