import type { AssessmentImpact } from '../core';
import type { Problem } from './problems';

/** What `ladder impact` found, for the three output formats. */
export interface ImpactReport {
  /** The revision as the user wrote it, and the commit it names. */
  base: string;
  commit: string;
  impacts: readonly AssessmentImpact[];
  /** Errors that kept assessments from being compared, as `check` prints them. */
  problems: readonly Problem[];
  /** How a file is shown: relative to the current directory. */
  file(uri: string): string;
}

/** Assessments compared (those without errors) and the people among them whose verdicts change. */
export function impactCounts(report: ImpactReport): { compared: number; people: number; levels: number } {
  const compared = report.impacts.filter((impact) => impact.errors.size === 0);
  return {
    compared: compared.length,
    people: compared.filter((impact) => impact.changes.length > 0).length,
    levels: compared.reduce((sum, impact) => sum + impact.changes.length, 0),
  };
}

/**
 * `--format json`: the base, the counts, one entry per changed level (person, file, level, before and
 * after verdicts, the expectations and requirements that changed), notes on assessments that could not
 * be scored at the base, and the problems.
 */
export function impactToJson(report: ImpactReport): string {
  const counts = impactCounts(report);
  const changes = report.impacts.flatMap((impact) =>
    impact.changes.map((change) => ({ person: impact.person, file: report.file(impact.uri), ...change })),
  );
  const notes = report.impacts.flatMap((impact) =>
    impact.baseProblem ? [{ file: report.file(impact.uri), message: impact.baseProblem }] : [],
  );
  return `${JSON.stringify({ base: report.base, commit: report.commit, assessments: counts.compared, people: counts.people, changes, notes, problems: report.problems }, null, 2)}\n`;
}
