import type { ScaleId } from '../model/types';
import type { Span } from '../types';

export type ExpectationStatus = 'met' | 'gap' | 'unrated';
export type RequirementStatus = 'met' | 'unmet' | 'unknown' | 'waived';
export type LevelStatus = 'eligible' | 'not-yet' | 'incomplete';

export interface ExpectationResult {
  competency: string;
  expected: ScaleId;
  rated: ScaleId | null;
  status: ExpectationStatus;
}

export interface RequirementResult {
  id?: string;
  type: string;
  status: RequirementStatus;
  /** A human explanation, e.g. "1.2 years at rank 1 (needs 1)". */
  detail: string;
  description?: string;
  children?: RequirementResult[];
}

export interface LevelScore {
  id: string;
  name: string;
  track: string;
  rank: number;
  status: LevelStatus;
  readiness: number;
  expectations: ExpectationResult[];
  requirements: RequirementResult[];
}

/** The spec's JSON shape of `ladder score --format json`. */
export interface ScoreReport {
  person: string;
  ladder: string;
  level: string;
  asOf: string;
  levels: LevelScore[];
}

/** Where things are in the assessment and ladder, so a UI can link each result to its line. */
export interface ScoreLocations {
  /** Competency id → span of its rating in the assessment. */
  ratings: Record<string, Span>;
  /** Where a missing rating would be inserted. */
  ratingsInsert?: Span;
  /** Level id → span of the level's id in the ladder. */
  levels: Record<string, Span>;
}
