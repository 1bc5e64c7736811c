import type { Span } from '../types';

/** A scale id as written: an integer or a short string. */
export type ScaleId = number | string;

/** A string written in a file, with where it was written. */
export interface Ref {
  value: string;
  span: Span;
}

export interface ScaleRef {
  value: ScaleId;
  /** Canonical form used for comparison: String(value). */
  key: string;
  span: Span;
}

export interface NumberRef {
  value: number;
  span: Span;
}

/** A calendar date written as YYYY-MM-DD. */
export interface DateRef {
  text: string;
  /** Days since 1970-01-01 (UTC); undefined when the text is not a real date. */
  day: number | undefined;
  span: Span;
}

/** Anything with an id in a list: scale entries, competencies, tracks, levels, metrics, checks. */
export interface Entity {
  id: string;
  idSpan: Span;
  /** The whole list item. */
  span: Span;
  name?: string;
  description?: string;
  /** The file that defines it. */
  uri: string;
  /** Ids the item had before it was renamed (`formerly`); absent when it lists none. */
  formerly?: Ref[];
}

export interface ScaleEntry extends Omit<Entity, 'id'> {
  id: ScaleId;
  key: string;
}

export interface Descriptor {
  key: string;
  keySpan: Span;
  text: string;
}

export interface Competency extends Entity {
  group?: Ref;
  descriptors: Descriptor[];
}

export type MetricUnit = 'percent' | 'ratio' | 'count' | 'hours' | 'minutes' | 'days' | 'score';

export interface Metric extends Entity {
  unit?: MetricUnit;
  better?: 'higher' | 'lower';
  target?: number;
}

export type Check = Entity;
export type Track = Entity;

export interface Expectation {
  competency: Ref;
  min: ScaleRef | undefined;
  span: Span;
}

export const REQUIREMENT_TYPES = [
  'time-at-level',
  'experience',
  'competencies',
  'check',
  'metric',
  'any-of',
  'all-of',
] as const;
export type RequirementType = (typeof REQUIREMENT_TYPES)[number];

export interface RequirementBase {
  id?: Ref;
  /** Ids the requirement had before it was renamed (`formerly`), so that old waivers still name it. */
  formerly?: Ref[];
  description?: string;
  span: Span;
  /** Every type key found; a valid requirement has exactly one. */
  typeKeys: Ref[];
}

export type Requirement = RequirementBase &
  (
    | { type: 'time-at-level'; years?: NumberRef; rank?: NumberRef; level?: Ref }
    | { type: 'experience'; years?: NumberRef }
    | { type: 'competencies'; count?: NumberRef; min?: ScaleRef; group?: Ref; of?: Ref[] }
    | { type: 'check'; check?: Ref }
    | { type: 'metric'; metric?: Ref; min?: NumberRef; max?: NumberRef }
    | { type: 'any-of' | 'all-of'; children: Requirement[] }
    | { type: undefined }
  );

export interface Level extends Entity {
  track?: Ref;
  rank?: NumberRef;
  summary?: string;
  responsibilities: string[];
  expectations: Expectation[];
  /** The `expectations` mapping itself, for inserting. */
  expectationsSpan?: Span;
  requirements: Requirement[];
  next: Ref[];
}

export interface Ladder {
  kind: 'Ladder';
  uri: string;
  id?: Ref;
  name?: string;
  description?: string;
  scale: ScaleEntry[];
  includes: Ref[];
  competencies: Competency[];
  metrics: Metric[];
  checks: Check[];
  tracks: Track[];
  levels: Level[];
}

export interface CompetencyCatalogue {
  kind: 'Competencies';
  uri: string;
  id?: Ref;
  name?: string;
  description?: string;
  competencies: Competency[];
}

export interface Rating {
  competency: Ref;
  value: ScaleRef | undefined;
  evidence: string[];
  note?: string;
  /** The whole `competency: …` pair. */
  span: Span;
}

export type CheckStatus = 'passed' | 'pending' | 'failed';

export interface CheckEntry {
  id: Ref;
  status: CheckStatus | undefined;
  statusSpan: Span;
}

export interface MetricValue {
  id: Ref;
  value: number | undefined;
  valueSpan: Span;
}

export interface HistoryEntry {
  level?: Ref;
  from?: DateRef;
  to?: DateRef;
  span: Span;
}

export interface Waiver {
  requirement?: Ref;
  reason?: string;
  span: Span;
}

export interface Assessment {
  kind: 'SelfAssessment';
  uri: string;
  ladder?: Ref;
  person?: string;
  date?: DateRef;
  level?: Ref;
  since?: DateRef;
  history: HistoryEntry[];
  experienceYears?: NumberRef;
  target?: Ref;
  ratings: Rating[];
  /** The `ratings` key and its mapping, for inserting missing ratings. */
  ratingsKeySpan?: Span;
  ratingsSpan?: Span;
  checks: CheckEntry[];
  metrics: MetricValue[];
  waivers: Waiver[];
}

export const REVIEW_ROLES = ['manager', 'peer', 'panel', 'other'] as const;
export type ReviewRole = (typeof REVIEW_ROLES)[number];

/** The facts a review may give about an assessment: each replaces the assessment's when scored under it. */
export type ReviewFacts = Pick<Assessment, 'ratings' | 'checks' | 'metrics'>;

/** Another person's ratings of one self-assessment (spec section 8). */
export interface Review extends ReviewFacts {
  kind: 'Review';
  uri: string;
  /** The path of the reviewed assessment, as written. */
  assessment?: Ref;
  reviewer?: Ref;
  /** Undefined when absent or not one of REVIEW_ROLES (the schema reports it). */
  role?: ReviewRole;
  date?: DateRef;
  note?: string;
  /** The `ratings` key and its mapping. */
  ratingsKeySpan?: Span;
  ratingsSpan?: Span;
}

export type Model = Ladder | CompetencyCatalogue | Assessment | Review;
