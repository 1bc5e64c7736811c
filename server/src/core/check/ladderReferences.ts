import * as l10n from '@vscode/l10n';
import type { Competency, Requirement } from '../model/types';
import { scaleList, type LadderContext } from '../workspace/ladderContext';
import { reportRenamedTwice } from './renamedTwice';
import { Report } from './report';
import { checkRequirement } from './requirements';
import { checkScaleValue } from './scaleValue';

/** Every reference inside a ladder resolves: tracks, competencies, scale values, next levels, requirement targets. */
export function checkLadderReferences(context: LadderContext, report: Report): void {
  const { ladder } = context;
  for (const competency of ladder.competencies) checkDescriptors(competency, context, report);
  for (const level of ladder.levels) {
    if (level.track) report.reference(level.track, 'track', context);
    for (const expectation of level.expectations) {
      report.reference(expectation.competency, 'competency', context);
      if (expectation.min) checkScaleValue(expectation.min, context, report);
    }
    reportRenamedTwice(
      report,
      context,
      'competency',
      level.expectations.map((e) => e.competency),
      'duplicate-id',
      'expected',
    );
    for (const next of level.next) report.reference(next, 'level', context);
    for (const requirement of level.requirements) checkRequirementTree(requirement, context, report);
  }
}

function checkRequirementTree(requirement: Requirement, context: LadderContext, report: Report): void {
  checkRequirement(requirement, context, report);
  if (requirement.type === 'any-of' || requirement.type === 'all-of') {
    for (const child of requirement.children) checkRequirementTree(child, context, report);
  }
}

function checkDescriptors(competency: Competency, context: LadderContext, report: Report): void {
  for (const descriptor of competency.descriptors) {
    if (!context.scale.has(descriptor.key)) {
      report.add(
        descriptor.keySpan,
        'error',
        'off-scale',
        l10n.t(
          "Descriptor '{0}' of '{1}' is not on the scale ({2}).",
          descriptor.key,
          competency.id,
          scaleList(context),
        ),
      );
    }
  }
}
