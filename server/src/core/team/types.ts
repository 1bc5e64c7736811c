import type { ScaleId } from '../model/types';
import type { LevelStatus } from '../score/types';
import type { Span } from '../types';

/** A next or target level of one person, and their verdict on it. */
export interface FocusVerdict {
  level: string;
  /** In the current level's `next`. */
  next: boolean;
  /** The assessment's `target`. */
  target: boolean;
  status: LevelStatus;
  readiness: number;
  /** Reserved for reviews: the status under the consensus of the reviews (spec section 8). */
  consensus?: LevelStatus;
}

/**
 * One cell of the people × competencies heat map: the person's rating of a competency against what
 * their compared level expects. `none`: the compared level does not expect it (or there is no such level).
 */
export interface RatingCell {
  competency: string;
  rated: ScaleId | null;
  expected: ScaleId | null;
  status: 'met' | 'gap' | 'unrated' | 'none';
  /** Where the rating is written (or, unrated, where one would go), in the assessment. */
  span: Span;
  /** Reserved for reviews: the consensus rating (spec section 8). */
  consensus?: ScaleId | null;
}

/** One scored assessment in a ladder's section of the team report. */
export interface TeamMember {
  uri: string;
  /** The person's name as written (empty when the file has none). */
  person: string;
  /** "Person N": the person's number in path order over the whole report (one number per person). */
  alias: string;
  /** Current level id, or null. */
  level: string | null;
  asOf: string;
  /** False when a newer assessment of the same person, against the same ladder, counts instead. */
  counted: boolean;
  /** The next levels, then the target, each once. */
  focus: FocusVerdict[];
  /** The level the heat map compares ratings with: the target, else the closest next level; null when none. */
  compared: string | null;
  /** Every competency the person rates or the compared level expects, in the ladder's competency order. */
  ratings: RatingCell[];
}

/** How many people have a level as a next or target level, and their statuses on it. */
export interface LevelPipeline {
  id: string;
  name: string;
  track: string;
  rank: number;
  candidates: number;
  eligible: number;
  incomplete: number;
  notYet: number;
}

export type CompetencyFlag = 'single-point';

/** How the counted people of a ladder are rated on one competency. */
export interface CompetencyDistribution {
  id: string;
  name: string;
  /** One count per scale entry, in scale order. */
  counts: { id: ScaleId; count: number }[];
  unrated: number;
  /** The highest minimum any level of the ladder sets for the competency; null when no level expects it. */
  highest: ScaleId | null;
  /** People rated at or above `highest` (0 when no level expects it). */
  atOrAbove: number;
  flags: CompetencyFlag[];
}

/** One ladder's part of the team report. */
export interface TeamLadder {
  uri: string;
  id: string;
  name: string;
  scale: { id: ScaleId; name?: string }[];
  /** In path order. */
  people: TeamMember[];
  /** Every level, in file order. */
  levels: LevelPipeline[];
  /** Every competency of the ladder and its includes, in the ladder's order. */
  competencies: CompetencyDistribution[];
  /** Assessments of this ladder that were not scored because a file has errors (listed in `problems`). */
  notScored: number;
}

export type ProblemFileRole = 'assessment' | 'ladder' | 'catalogue' | 'other';

/** A file with errors: it is listed, and an assessment with errors (in it or its ladder) is not scored. */
export interface TeamProblem {
  uri: string;
  role: ProblemFileRole;
  /** For an assessment (or a file that may be one): its person's alias. */
  alias?: string;
  errors: TeamError[];
}

/** An error diagnostic where it starts: zero-based line and UTF-16 character, as in LSP. */
export interface TeamError {
  line: number;
  character: number;
  code: string;
  message: string;
}

/** Two or more assessments of the same person (names compared without case or extra spaces). */
export interface DuplicatePerson {
  person: string;
  alias: string;
  uris: string[];
}

export interface TeamReport {
  /** Ordered by the ladder's path. */
  ladders: TeamLadder[];
  /** Ordered by path. */
  problems: TeamProblem[];
  duplicates: DuplicatePerson[];
  /** How many assessments were found. */
  assessments: number;
}
