import type { CompetencyCatalogue } from '../model/types';
import type { LadderDiagnostic } from '../types';
import { scaleList, type LadderContext } from '../workspace/ladderContext';
import { displayName } from '../workspace/paths';
import { Report, reportDuplicates } from './report';

/** A competency catalogue: unique ids, and descriptors on the scale of every ladder that includes it. */
export function checkCatalogue(
  catalogue: CompetencyCatalogue,
  includedBy: readonly LadderContext[],
): LadderDiagnostic[] {
  const report = new Report();
  reportDuplicates(report, catalogue.competencies, (c) => ({ key: c.id, span: c.idSpan }), 'competency');
  for (const context of includedBy) {
    for (const competency of catalogue.competencies) {
      for (const descriptor of competency.descriptors) {
        if (context.scale.has(descriptor.key)) continue;
        report.add(
          descriptor.keySpan,
          'error',
          'off-scale',
          `Descriptor '${descriptor.key}' of '${competency.id}' is not on the scale of ${displayName(context.ladder.uri, catalogue.uri)} (${scaleList(context)}).`,
        );
      }
    }
  }
  return report.diagnostics;
}
