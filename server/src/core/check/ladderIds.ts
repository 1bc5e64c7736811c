import * as l10n from '@vscode/l10n';
import { allRequirements } from '../model/buildRequirement';
import type { Competency } from '../model/types';
import type { LadderContext } from '../workspace/ladderContext';
import { displayName } from '../workspace/paths';
import { checkFormerIdConflicts } from './formerIdConflicts';
import { Report, reportDuplicates } from './report';

/** Duplicate ids in every list of a ladder, competencies across its includes. */
export function checkLadderIds(context: LadderContext, report: Report): void {
  const { ladder } = context;
  const byId = (item: { id: string; idSpan: { start: number; end: number } }) => ({ key: item.id, span: item.idSpan });
  reportDuplicates(report, ladder.scale, (entry) => ({ key: entry.key, span: entry.idSpan }), 'scale');
  reportDuplicates(report, ladder.competencies, byId, 'competency');
  reportDuplicates(report, ladder.tracks, byId, 'track');
  reportDuplicates(report, ladder.levels, byId, 'level');
  reportDuplicates(report, ladder.metrics, byId, 'metric');
  reportDuplicates(report, ladder.checks, byId, 'check');
  const requirements = ladder.levels.flatMap((level) => allRequirements(level.requirements));
  reportDuplicates(
    report,
    requirements,
    (requirement) => requirement.id && { key: requirement.id.value, span: requirement.id.span },
    'requirement',
  );
  checkFormerIdConflicts(
    report,
    'competency',
    [...ladder.competencies, ...context.includes.flatMap((include) => include.competencies)],
    ladder.uri,
  );
  checkFormerIdConflicts(report, 'track', ladder.tracks, ladder.uri);
  checkFormerIdConflicts(report, 'level', ladder.levels, ladder.uri);
  checkFormerIdConflicts(report, 'metric', ladder.metrics, ladder.uri);
  checkFormerIdConflicts(report, 'check', ladder.checks, ladder.uri);
  const requirementItems = requirements.flatMap((r) =>
    r.id ? [{ id: r.id.value, uri: ladder.uri, ...(r.formerly ? { formerly: r.formerly } : {}) }] : [],
  );
  checkFormerIdConflicts(report, 'requirement', requirementItems, ladder.uri);

  const owner = new Map<string, string>();
  const own = new Map<string, Competency>();
  for (const competency of ladder.competencies) {
    if (owner.has(competency.id)) continue;
    owner.set(competency.id, ladder.uri);
    own.set(competency.id, competency);
  }
  for (const include of context.includes) {
    for (const competency of include.competencies) {
      const first = owner.get(competency.id);
      if (first === undefined) {
        owner.set(competency.id, competency.uri);
        continue;
      }
      if (first === competency.uri) continue;
      const ownCompetency = own.get(competency.id);
      const span = ownCompetency && first === ladder.uri ? ownCompetency.idSpan : include.span;
      const elsewhere = displayName(competency.uri, ladder.uri);
      report.add(
        span,
        'error',
        'duplicate-id',
        first === ladder.uri
          ? l10n.t("Duplicate competency id '{0}': defined in this ladder and in {1}.", competency.id, elsewhere)
          : l10n.t(
              "Duplicate competency id '{0}': defined in {1} and in {2}.",
              competency.id,
              displayName(first, ladder.uri),
              elsewhere,
            ),
      );
    }
  }
}
