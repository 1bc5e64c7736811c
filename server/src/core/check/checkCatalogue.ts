import * as l10n from '@vscode/l10n';
import type { CompetencyCatalogue } from '../model/types';
import type { LadderDiagnostic } from '../types';
import { scaleList, type LadderContext } from '../workspace/ladderContext';
import { displayName } from '../workspace/paths';
import { checkFormerIdConflicts } from './formerIdConflicts';
import { Report, reportDuplicates } from './report';

/** A competency catalogue: unique ids, and descriptors on the scale of every ladder that includes it. */
export function checkCatalogue(
  catalogue: CompetencyCatalogue,
  includedBy: readonly LadderContext[],
): LadderDiagnostic[] {
  const report = new Report();
  reportDuplicates(report, catalogue.competencies, (c) => ({ key: c.id, span: c.idSpan }), 'competency');
  checkCatalogueFormerIds(catalogue, includedBy, report);
  for (const context of includedBy) {
    for (const competency of catalogue.competencies) {
      for (const descriptor of competency.descriptors) {
        if (context.scale.has(descriptor.key)) continue;
        report.add(
          descriptor.keySpan,
          'error',
          'off-scale',
          l10n.t(
            "Descriptor '{0}' of '{1}' is not on the scale of {2} ({3}).",
            descriptor.key,
            competency.id,
            displayName(context.ladder.uri, catalogue.uri),
            scaleList(context),
          ),
        );
      }
    }
  }
  return report.diagnostics;
}

/**
 * The catalogue's former ids, against its own competencies and, in each ladder that includes it, against
 * the whole competency list of that ladder; a conflict found through several ladders is reported once.
 */
function checkCatalogueFormerIds(
  catalogue: CompetencyCatalogue,
  includedBy: readonly LadderContext[],
  report: Report,
): void {
  // Only the catalogue's own former ids can be reported here (and looking at every ladder's whole list for
  // each of its catalogues would cost a ladder of n includes n² time).
  if (!catalogue.competencies.some((competency) => (competency.formerly?.length ?? 0) > 0)) return;
  const lists = [
    catalogue.competencies,
    ...includedBy.map((context) => [
      ...context.ladder.competencies,
      ...context.includes.flatMap((include) => include.competencies),
    ]),
  ];
  const seen = new Set<string>();
  for (const list of lists) {
    const found = new Report();
    checkFormerIdConflicts(found, 'competency', list, catalogue.uri);
    for (const diagnostic of found.diagnostics) {
      const key = `${diagnostic.span.start}:${diagnostic.message}`;
      if (!seen.has(key)) report.diagnostics.push(diagnostic);
      seen.add(key);
    }
  }
}
