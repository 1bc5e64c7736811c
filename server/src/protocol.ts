/**
 * The custom requests and notifications between the extension client and the language server, and the
 * file naming both sides must agree on, declared once and imported by both sides. Positions are LSP
 * ranges (zero-based, UTF-16).
 */
// The message types come from vscode-jsonrpc's small `messages` module rather than the protocol package:
// the extension's activation bundle imports this file and must not load the whole protocol (the
// language client, which does, is loaded after activation; see client/src/languageClientLoader.ts).
import { NotificationType, RequestType } from 'vscode-jsonrpc/lib/common/messages';
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { CalibrationFlag, CalibrationReport, LevelStatus, ReviewRole, ScaleId, ScoreReport } from './core';

export type { CalibrationFlag, CalibrationReport, LevelStatus, ReviewRole, ScaleId, ScoreReport };

/** How a file's name says its kind, so that the client picks files exactly as the server reads them. */
export { FILE_GLOB, fileNameEndings, kindFromFileName, nameBeforeKindEnding, newFileSuffix } from './core/fileKinds';

/** What the server receives in `initialize`. */
export interface LadderInitializationOptions {
  /** Files larger than this many megabytes are not analysed (the `ladder.maxFileSize` setting). */
  maxFileSize: number;
  /**
   * The strings of the editor's display language (`vscode.l10n.bundle`: English message → translation);
   * absent in English. The server's messages (diagnostics, hovers, explanations) are made in it.
   */
  l10nBundle?: Record<string, string>;
  /**
   * The editor's display language (`vscode.env.language`: `en`, `de`, `pt-br`). The numbers in the server's
   * messages are written as in it ("1,5 Jahre"); absent, as in English.
   */
  locale?: string;
}

export interface ScoreParams {
  /** The assessment document. */
  uri: string;
  /** What-if ratings that replace the file's (null: unrated), applied without touching the file. */
  overrides?: Record<string, ScaleId | null>;
}

export interface ScaleOption {
  id: ScaleId;
  name?: string;
}

export interface CompetencyInfo {
  id: string;
  name: string;
  group?: string;
  description?: string;
  /** Scale id (as text) → what that rating means for this competency. */
  descriptors: Record<string, string>;
}

export interface ScoreResult {
  uri: string;
  /** Undefined when the file is not an assessment or its ladder cannot be read; `message` says why. */
  report?: ScoreReport;
  message?: string;
  ladderUri?: string;
  ladderName?: string;
  person?: string;
  currentLevelName?: string;
  /** Years at the current level (since → as-of date), when known. */
  yearsAtLevel?: number;
  /** Level ids to show first: the current level's next levels, then the target. */
  focus: string[];
  /** The id of the focus level closest to a promotion: the best status, then the highest readiness. */
  closestFocusLevel?: string;
  /** Level id → its readiness as a whole percentage, rounded by the one rule every surface shows. */
  readinessPercent: Record<string, number>;
  target?: string;
  scale: ScaleOption[];
  competencies: CompetencyInfo[];
  /** Track id → its name, for the tracks that have one (the panel shows names, like every other view). */
  trackNames?: Record<string, string>;
  /** Competency id → the range of its rating value in the assessment (the whole `id:` pair when it has no value). */
  ratingRanges: Record<string, Range>;
  /**
   * An empty range where a new rating would go: the end of the `ratings` mapping, else the end of the
   * `ratings` key (before its colon), else the end of the file.
   */
  ratingsInsertRange?: Range;
  /** Level id → its definition in the ladder. */
  levelRanges: Record<string, Range>;
  /** Competency id → the evidence and note written with its rating in the file (only where there are some). */
  evidence?: Record<string, RatingEvidence>;
  /** The assessment's `level` and `target` values: the verdict lenses go on their lines. */
  levelRange?: Range;
  targetRange?: Range;
  errorCount: number;
}

export interface RatingEvidence {
  evidence: string[];
  note?: string;
}

export const ScoreRequest = new RequestType<ScoreParams, ScoreResult, void>('ladder/score');

export interface RatingEditsParams {
  /** The assessment document. */
  uri: string;
  /** The ratings to write, by competency id (null: not rated, which empties a short-form rating). */
  ratings: Record<string, ScaleId | null>;
}

export interface RatingEditsResult {
  /** Edits of the document, to apply as one undoable edit. */
  edits: TextEdit[];
  /** The version of the open document they were computed on; null when the server has no open document for it. */
  version: number | null;
  /** Competencies that could not be written (to edit by hand): a block rating cannot be emptied, or there is nowhere to add one. */
  skipped: string[];
}

/** Computes the edits that write ratings (the eligibility panel's what-if ratings) into an assessment. */
export const RatingEditsRequest = new RequestType<RatingEditsParams, RatingEditsResult, void>('ladder/ratingEdits');

export interface RequirementNode {
  id?: string;
  type: string;
  label: string;
  range: Range;
  children: RequirementNode[];
  /** The messages of the errors reported inside it (left out when none). */
  errors?: string[];
}

export interface LevelNode {
  id: string;
  name: string;
  rank?: number;
  range: Range;
  expectations: { competency: string; competencyName: string; min: ScaleId; range: Range; errors?: string[] }[];
  requirements: RequirementNode[];
  next: string[];
  /** The messages of the errors reported inside the level, its expectations and requirements included. */
  errors?: string[];
}

export interface TrackNode {
  id: string;
  name: string;
  range: Range;
  levels: LevelNode[];
}

export interface AssessmentSummary {
  uri: string;
  person: string;
  level?: string;
  /** The verdict on the focus level (next or target) closest to a promotion, if any. */
  focusLevel?: string;
  focusStatus?: LevelStatus;
  focusReadiness?: number;
  /** `focusReadiness` as the whole percentage to show. */
  focusReadinessPercent?: number;
  /** How many reviews of the assessment the workspace knows (left out when none); views ask for their calibration when shown. */
  reviewCount?: number;
}

export interface LadderStructure {
  uri: string;
  id: string;
  name: string;
  tracks: TrackNode[];
  assessments: AssessmentSummary[];
  errorCount: number;
}

export interface LadderStructureParams {
  uri: string;
}

export const LadderStructureRequest = new RequestType<LadderStructureParams, LadderStructure | null, void>(
  'ladder/structure',
);

export interface WorkspaceSummary {
  ladders: { uri: string; id: string; name: string }[];
  assessments: AssessmentSummary[];
}

export const WorkspaceSummaryRequest = new RequestType<Record<string, never>, WorkspaceSummary, void>(
  'ladder/workspaceSummary',
);

export interface ScaffoldAssessmentParams {
  ladderUri: string;
  /** Where the new assessment will be written (used for the relative `ladder:` path). */
  targetUri: string;
  levelId: string;
  person: string;
}

export const ScaffoldAssessmentRequest = new RequestType<ScaffoldAssessmentParams, { text: string }, void>(
  'ladder/scaffoldAssessment',
);

export interface ScaffoldReviewParams {
  /** The self-assessment to review. */
  assessmentUri: string;
  /** Where the new review will be written (used for the relative `assessment:` path). */
  targetUri: string;
}

/** The text of a new review of an assessment; an error when the assessment or its ladder cannot be read. */
export const ScaffoldReviewRequest = new RequestType<ScaffoldReviewParams, { text: string }, void>(
  'ladder/scaffoldReview',
);

export interface ExportMarkdownParams {
  /** A ladder (its structure) or an assessment (its score report). */
  uri: string;
}

export const ExportMarkdownRequest = new RequestType<ExportMarkdownParams, { markdown: string } | null, void>(
  'ladder/exportMarkdown',
);

export interface CalibrationParams {
  /** A self-assessment, or a review (then the assessment it reviews is calibrated). */
  uri: string;
}

/** One review of the calibrated assessment, in the order of `report.reviews`. */
export interface CalibrationReview {
  /** The review document. */
  uri: string;
  /** Its path relative to the assessment's folder, as `report.reviews[].file` gives it. */
  file: string;
  reviewer?: string;
  role?: ReviewRole;
  /** The review's `date` as written (YYYY-MM-DD), when it has one. */
  date?: string;
  note?: string;
  /** Where to reveal the review: its `reviewer` value, else the start of the file. */
  range: Range;
  /** Errors in the review file. */
  errorCount: number;
}

/** Where the values of one row of `report.competencies` are written, so that a UI can link each cell. */
export interface CalibrationCells {
  competency: string;
  /** The self-rating's value in the assessment (the whole `id:` pair when it has none); null when not rated. */
  self: Range | null;
  /** One per review, in the order of `reviews`: the rating in that review's file, or null. */
  reviews: (Range | null)[];
}

/** One level of `report.levels`, with what a UI shows beside its statuses. */
export interface CalibrationLevel {
  id: string;
  name: string;
  track: string;
  rank: number;
  /** The level's definition in the ladder. */
  range?: Range;
  /** Readiness (spec section 5) under the self-assessment, each review (in order) and the consensus. */
  readiness: { self: number; reviews: number[]; consensus: number };
  /** The same readiness as the whole percentages to show. */
  readinessPercent: { self: number; reviews: number[]; consensus: number };
}

export interface CalibrationResult {
  /** The document the request named. */
  uri: string;
  /** The calibrated assessment: the requested document, or the assessment the requested review names. */
  assessmentUri?: string;
  /** When the request named a review: its index in `reviews`. */
  reviewIndex?: number;
  /** The spec's calibration JSON (section 8); undefined when it cannot be computed, and `message` says why. */
  report?: CalibrationReport;
  message?: string;
  ladderUri?: string;
  ladderName?: string;
  /** Every review of the assessment the workspace knows, in report order (may be empty). */
  reviews: CalibrationReview[];
  /** In the order of `report.competencies`. */
  cells: CalibrationCells[];
  /** In the order of `report.levels`. */
  levels: CalibrationLevel[];
  /** Level ids to show first: the current level's next levels, then the target. */
  focus: string[];
  scale: ScaleOption[];
  /** The ladder's competencies (names, descriptors), in ladder order. */
  competencies: CompetencyInfo[];
  /** Competency id → the evidence and note of the self-rating (only where there are some). */
  evidence: Record<string, RatingEvidence>;
  /** Errors in the assessment, its ladder files and its reviews: the report is unreliable while there are any. */
  errorCount: number;
}

export const CalibrationRequest = new RequestType<CalibrationParams, CalibrationResult, void>('ladder/calibration');

export interface TeamParams {
  /** The ladder whose assessments the team view shows. */
  ladderUri: string;
  /**
   * The `version` of the team the client holds: when the server still knows it, the answer is what changed
   * since (TeamChanges) instead of the whole team.
   */
  since?: string;
}

/** One person's verdict on one of their next or target levels. */
export interface TeamFocus {
  level: string;
  next: boolean;
  target: boolean;
  status: LevelStatus;
  readiness: number;
  /** `readiness` as the whole percentage to show. */
  readinessPercent: number;
}

/** One cell of the team heat map: a rating against what the person's compared level expects. */
export interface TeamRating {
  competency: string;
  rated: ScaleId | null;
  expected: ScaleId | null;
  status: 'met' | 'gap' | 'unrated' | 'none';
  /** Where the rating is (or, unrated, where one would go) in the person's assessment. */
  range: Range;
}

export interface TeamPerson {
  /** The assessment. */
  uri: string;
  person: string;
  /** "Person N" in the order of the assessments' paths: what the view shows when names are hidden. */
  alias: string;
  level: string | null;
  asOf: string;
  /** False for an older file of a person who has a newer one: not in the pipeline or the counts. */
  counted: boolean;
  focus: TeamFocus[];
  /** The level the ratings are compared with (the target, else the closest next level), or null. */
  compared: string | null;
  ratings: TeamRating[];
}

export interface TeamLevel {
  id: string;
  name: string;
  rank: number;
  candidates: number;
  eligible: number;
  incomplete: number;
  notYet: number;
}

export interface TeamCompetency {
  id: string;
  name: string;
  /** One count per scale entry, in scale order. */
  counts: number[];
  unrated: number;
  highest: ScaleId | null;
  atOrAbove: number;
  singlePoint: boolean;
}

/** A ladder's team: its people, each level's pipeline, the spread of ratings, and what could not be scored. */
export interface TeamResult {
  ladderUri: string;
  /** Undefined when the file is not a ladder that can be read; `message` says why. */
  ladder?: { id: string; name: string };
  message?: string;
  scale: ScaleOption[];
  people: TeamPerson[];
  levels: TeamLevel[];
  competencies: TeamCompetency[];
  /** Files with errors (assessments of the ladder, which are not scored; the ladder; its catalogues). */
  problems: {
    uri: string;
    role: 'assessment' | 'ladder' | 'catalogue' | 'other';
    alias?: string;
    errorCount: number;
  }[];
  /** People with more than one assessment of this ladder. */
  duplicates: { person: string; alias: string; uris: string[] }[];
  /** Names this state of the team (unique to the server process); the same while nothing in it changes. */
  version: string;
}

/**
 * The team at `version` as changes to the one at `since`: the people who are new or whose row changed,
 * whole, and everything else of the team (small next to the people) whole.
 */
export interface TeamChanges extends Omit<TeamResult, 'people'> {
  kind: 'changes';
  since: string;
  /** The people who are new or changed, in the team's order; the others are as they were at `since`. */
  people: TeamPerson[];
  /** Every person's `uri` in the team's order, when someone came, left or moved; absent when that is as it was. */
  order?: string[];
}

/** Without `since` (or with a version the server no longer knows) the answer is the whole team. */
export const TeamRequest = new RequestType<TeamParams, TeamResult | TeamChanges, void>('ladder/team');

export interface PacketParams {
  /** The assessment. */
  uri: string;
  /** The level of the packet; default: the target, else the next level closest to a promotion. */
  level?: string;
}

/** A promotion packet (one self-contained HTML page), or why there is none. */
export interface PacketResult {
  html?: string;
  /** The level the packet is about, and its name. */
  level?: string;
  levelName?: string;
  person?: string;
  /** Why no packet was made (errors in the files, an unknown level, no level to choose). */
  message?: string;
}

export const PacketRequest = new RequestType<PacketParams, PacketResult, void>('ladder/packet');
/**
 * Every reference to a former id (`formerly`) in the workspace's ladders and assessments, replaced by the
 * current id: one document edit per file, each edit annotated (needs confirmation) for preview.
 */
export const RenamedIdEditsRequest = new RequestType<Record<string, never>, WorkspaceEdit, void>(
  'ladder/renamedIdEdits',
);

export interface LadderImpactParams {
  /** A ladder or competency catalogue, as the editor holds it. */
  uri: string;
  /** Only this level (its current id). */
  level?: string;
}

/** One person whose verdict on one level the edited ladder changes, compared with its committed version. */
export interface LadderImpactEntry {
  person: string;
  assessmentUri: string;
  level: string;
  levelName: string;
  /** Null: the level is new (or did not exist in the committed ladder). */
  before: { status: LevelStatus; readiness: number } | null;
  /** Null: the level was removed. */
  after: { status: LevelStatus; readiness: number } | null;
  /** "incomplete 86% → not yet 71%". */
  summary: string;
  /** Why: one line per expectation or requirement whose result changed. */
  reasons: string[];
}

export interface LadderImpactResult {
  uri: string;
  /** The committed version the file is compared with. */
  base?: { label: string; commit: string };
  /** Why nothing is compared (no git, not in a repository, no committed version…). */
  unavailable?: string;
  entries: LadderImpactEntry[];
}

/** Who the edits to a ladder or catalogue change the verdict for, against its version at HEAD. */
export const LadderImpactRequest = new RequestType<LadderImpactParams, LadderImpactResult, void>('ladder/impact');

/** An assessment's verdicts on its next and target levels at one commit. */
export interface HistoryPoint {
  commit: string;
  /** Committer date, ISO 8601. */
  date: string;
  subject: string;
  levels: { level: string; name: string; status: LevelStatus; readiness: number; readinessPercent: number }[];
  /** Why it could not be scored at that commit. */
  problem?: string;
}

export interface AssessmentHistoryResult {
  uri: string;
  /** Oldest first; empty when no commit has the file. */
  points: HistoryPoint[];
  /** Why there is no history (no git, not in a repository…). */
  unavailable?: string;
}

/** The assessment scored at each commit that changed it or its ladder files (as `ladder history` does). */
export const AssessmentHistoryRequest = new RequestType<{ uri: string }, AssessmentHistoryResult, void>(
  'ladder/history',
);

/** Sent by the server when ladder files were added, removed or changed, so views can refresh. */
export const WorkspaceChangedNotification = new NotificationType<{ uris: string[] }>('ladder/workspaceChanged');

/** What the server's index is doing: sent when it starts indexing folders' files, and when it is done. */
export interface IndexingParams {
  state: 'indexing' | 'ready';
  /** Files being indexed (indexing), or every file the server knows (ready). */
  files: number;
}

export const IndexingNotification = new NotificationType<IndexingParams>('ladder/indexing');

// Files through the editor. Where the server cannot read the workspace itself (a web worker, a virtual
// workspace such as github.dev), it asks the client, which reads through `workspace.fs` and so through
// any file system provider. URIs here are the client's.

export interface ReadFileParams {
  uri: string;
  /** Larger files are not read (`too-large`); the limit of `ladder.maxFileSize` in bytes. */
  maxBytes: number;
}

/** A file's bytes (base64: exact bytes, so the server decodes UTF-8 as it does from disk) or why there are none. */
export type ReadFileResult =
  | { kind: 'file'; base64: string }
  | { kind: 'too-large'; size: number }
  | { kind: 'missing' | 'directory' | 'not-a-file' }
  | { kind: 'error'; message: string };

export const ReadFileRequest = new RequestType<ReadFileParams, ReadFileResult, void>('ladder/readFile');

/** A folder's entries: 'other' is anything not read (a link to a folder, which is not followed, or of unknown type). */
export type DirectoryEntry = [name: string, type: 'file' | 'directory' | 'other'];

/** The entries of a folder; null when it cannot be listed. */
export const ReadDirectoryRequest = new RequestType<{ uri: string }, DirectoryEntry[] | null, void>(
  'ladder/readDirectory',
);
