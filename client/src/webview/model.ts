/** What the panel draws, derived once per verdict from the server's ScoreResult. */
import type { CompetencyInfo, ScoreReport, ScoreResult } from '../../../server/src/protocol';
import type { ScaleId } from '../panel/messages';

export type LevelScore = ScoreReport['levels'][number];
export type ExpectationResult = LevelScore['expectations'][number];
export type RequirementResult = LevelScore['requirements'][number];

export interface ViewModel {
  result: ScoreResult;
  report: ScoreReport;
  /** The levels to show first (next and target), in the server's order. */
  focus: LevelScore[];
  others: LevelScore[];
  /** The level the radar compares against: the target, else the first focus level. */
  chartLevel: LevelScore | undefined;
  /** Competencies that some level expects, in the order the levels first expect them. */
  matrixCompetencies: string[];
  /** Competency id → its current rating (with what-if ratings applied), as the verdict saw it. */
  ratings: Map<string, ScaleId | null>;
  competency(id: string): CompetencyInfo | undefined;
  competencyName(id: string): string;
  /** The track's name from the ladder, else its id. */
  trackName(id: string): string;
  /** Position on the scale (0 = lowest), or undefined for an id not on the scale. */
  position(id: ScaleId | null): number | undefined;
  scaleName(id: ScaleId): string | undefined;
  descriptor(competency: string, id: ScaleId | null): string | undefined;
}

export function buildViewModel(result: ScoreResult, report: ScoreReport): ViewModel {
  const byId = new Map(report.levels.map((level) => [level.id, level] as const));
  const focusIds = result.focus.filter((id, index) => byId.has(id) && result.focus.indexOf(id) === index);
  const focus = focusIds.map((id) => byId.get(id)!);
  const others = report.levels.filter((level) => !focusIds.includes(level.id));
  const chartLevel = (result.target !== undefined ? byId.get(result.target) : undefined) ?? focus[0];

  const competencies = new Map(result.competencies.map((c) => [c.id, c] as const));
  const ratings = new Map<string, ScaleId | null>();
  for (const level of report.levels) {
    for (const expectation of level.expectations) {
      if (!ratings.has(expectation.competency)) ratings.set(expectation.competency, expectation.rated);
    }
  }

  const positions = new Map(result.scale.map((option, index) => [String(option.id), index] as const));
  const names = new Map(result.scale.map((option) => [String(option.id), option.name] as const));

  return {
    result,
    report,
    focus,
    others,
    chartLevel,
    matrixCompetencies: [...ratings.keys()],
    ratings,
    competency: (id) => competencies.get(id),
    competencyName: (id) => competencies.get(id)?.name || id,
    trackName: (id) => (result.trackNames ? own(result.trackNames, id) : undefined) || id,
    position: (id) => (id === null ? undefined : positions.get(String(id))),
    scaleName: (id) => names.get(String(id)) || undefined,
    descriptor: (competency, id) => {
      const descriptors = competencies.get(competency)?.descriptors;
      return id !== null && descriptors ? own(descriptors, String(id)) : undefined;
    },
  };
}

/** The record's own value for `key` (never one inherited from Object.prototype). */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** "3 · Expert (SME)", or just "3" when the scale entry has no name. */
export function scaleLabel(model: ViewModel, id: ScaleId): string {
  const name = model.scaleName(id);
  return name ? `${id} · ${name}` : String(id);
}

/** Expectations met plus top-level requirements met or waived, out of all of them (spec section 5). */
export function readinessCounts(level: LevelScore): { satisfied: number; total: number } {
  const satisfied =
    level.expectations.filter((e) => e.status === 'met').length +
    level.requirements.filter((r) => r.status === 'met' || r.status === 'waived').length;
  return { satisfied, total: level.expectations.length + level.requirements.length };
}
