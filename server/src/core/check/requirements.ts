import { REQUIREMENT_TYPES, type Requirement } from '../model/types';
import { competenciesInGroup } from '../workspace/contextIndex';
import type { LadderContext } from '../workspace/ladderContext';
import { Report } from './report';
import { checkScaleValue } from './scaleValue';

const TYPE_LIST = REQUIREMENT_TYPES.join(', ');

/** One requirement (not its children): exactly one type, and every id it names exists. */
export function checkRequirement(requirement: Requirement, context: LadderContext, report: Report): void {
  if (requirement.typeKeys.length === 0) {
    report.add(
      { start: requirement.span.start, end: Math.min(requirement.span.end, requirement.span.start + 1) },
      'error',
      'requirement-type',
      `This requirement has no type: give it exactly one of ${TYPE_LIST}.`,
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
        `A requirement has exactly one type, but this one has ${requirement.typeKeys.map((k) => `'${k.value}'`).join(' and ')}: split it, or combine them under all-of or any-of.`,
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
          'time-at-level takes either rank or level, not both.',
        );
      else if (!requirement.rank && !requirement.level)
        report.add(typeSpan, 'error', 'requirement-shape', 'time-at-level needs a rank or a level.');
      if (requirement.level) report.reference(requirement.level, 'level', context);
      if (requirement.rank && !context.ranks.has(requirement.rank.value)) {
        report.add(
          requirement.rank.span,
          'error',
          'unknown-reference',
          `No level has rank ${requirement.rank.value}; ranks in this ladder: ${[...context.ranks].sort((a, b) => a - b).join(', ') || 'none'}.`,
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
          'competencies takes either group or of, not both.',
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
            `This asks for ${requirement.count.value} competencies but only ${pool} can count, so it can never be met.`,
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
        report.add(typeSpan, 'error', 'requirement-shape', 'A metric requirement needs min, max or both.');
      if (requirement.min && requirement.max && requirement.min.value > requirement.max.value) {
        report.add(
          requirement.max.span,
          'error',
          'requirement-shape',
          `max ${requirement.max.value} is below min ${requirement.min.value}, so this can never be met.`,
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
          `An empty ${requirement.type} list ${requirement.type === 'any-of' ? 'can never be met' : 'is always met'}.`,
        );
      break;
    default:
      break;
  }
}
