import * as l10n from '@vscode/l10n';
import { REQUIREMENT_TYPES, type Requirement } from '../model/types';
import { competenciesInGroup } from '../workspace/contextIndex';
import type { LadderContext } from '../workspace/ladderContext';
import { Report } from './report';
import { checkScaleValue } from './scaleValue';
import { formatNumber } from '../text/numbers';

const TYPE_LIST = REQUIREMENT_TYPES.join(', ');

/** One requirement (not its children): exactly one type, and every id it names exists. */
export function checkRequirement(requirement: Requirement, context: LadderContext, report: Report): void {
  if (requirement.typeKeys.length === 0) {
    report.add(
      { start: requirement.span.start, end: Math.min(requirement.span.end, requirement.span.start + 1) },
      'error',
      'requirement-type',
      l10n.t('This requirement has no type: give it exactly one of {0}.', TYPE_LIST),
    );
    return;
  }
  if (requirement.typeKeys.length > 1) {
    const [, ...extra] = requirement.typeKeys;
    for (const key of extra) {
      report.add(
        key.span,
        'error',
        'requirement-type',
        l10n.t(
          'A requirement has exactly one type, but this one has {0}: split it, or combine them under all-of or any-of.',
          requirement.typeKeys.map((k) => `'${k.value}'`).join(` ${l10n.t('and')} `),
        ),
      );
    }
    return;
  }
  const typeSpan = requirement.typeKeys[0]!.span;
  switch (requirement.type) {
    case 'time-at-level':
      if (requirement.rank && requirement.level)
        report.add(
          requirement.level.span,
          'error',
          'requirement-shape',
          l10n.t('time-at-level takes either rank or level, not both.'),
        );
      else if (!requirement.rank && !requirement.level)
        report.add(typeSpan, 'error', 'requirement-shape', l10n.t('time-at-level needs a rank or a level.'));
      if (requirement.level) report.reference(requirement.level, 'level', context);
      if (requirement.rank && !context.ranks.has(requirement.rank.value)) {
        report.add(
          requirement.rank.span,
          'error',
          'unknown-reference',
          l10n.t(
            'No level has rank {0}; ranks in this ladder: {1}.',
            requirement.rank.value,
            [...context.ranks].sort((a, b) => a - b).join(', ') || l10n.t('none'),
          ),
        );
      }
      break;
    case 'competencies':
      if (requirement.min) checkScaleValue(requirement.min, context, report);
      if (requirement.group && requirement.of)
        report.add(
          requirement.group.span,
          'error',
          'requirement-shape',
          l10n.t('competencies takes either group or of, not both.'),
        );
      if (requirement.group && !context.groups.has(requirement.group.value))
        report.unknown(requirement.group, 'competency group', context.groups);
      for (const id of requirement.of ?? []) report.reference(id, 'competency', context);
      if (requirement.count) {
        const pool = requirement.of
          ? requirement.of.length
          : requirement.group
            ? competenciesInGroup(context, requirement.group.value).length
            : context.competencies.size;
        if (requirement.count.value > pool && (!requirement.group || context.groups.has(requirement.group.value))) {
          report.add(
            requirement.count.span,
            'warning',
            'unsatisfiable',
            l10n.t(
              'This asks for {0} competencies but only {1} can count, so it can never be met.',
              formatNumber(requirement.count.value),
              formatNumber(pool),
            ),
          );
        }
      }
      break;
    case 'check':
      if (requirement.check) report.reference(requirement.check, 'check', context);
      break;
    case 'metric':
      if (requirement.metric) report.reference(requirement.metric, 'metric', context);
      if (!requirement.min && !requirement.max)
        report.add(typeSpan, 'error', 'requirement-shape', l10n.t('A metric requirement needs min, max or both.'));
      if (requirement.min && requirement.max && requirement.min.value > requirement.max.value) {
        report.add(
          requirement.max.span,
          'error',
          'requirement-shape',
          l10n.t(
            'max {0} is below min {1}, so this can never be met.',
            formatNumber(requirement.max.value),
            formatNumber(requirement.min.value),
          ),
        );
      }
      break;
    case 'any-of':
    case 'all-of':
      if (requirement.children.length === 0)
        report.add(
          typeSpan,
          'warning',
          'requirement-shape',
          requirement.type === 'any-of'
            ? l10n.t('An empty any-of list can never be met.')
            : l10n.t('An empty all-of list is always met.'),
        );
      break;
    default:
      break;
  }
}
