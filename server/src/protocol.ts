/**
 * The custom requests and notifications between the extension client and the language server,
 * declared once and imported by both sides. Positions are LSP ranges (zero-based, UTF-16).
 */
// The message types come from vscode-jsonrpc's small `messages` module rather than the protocol package:
// the extension's activation bundle imports this file and must not load the whole protocol (the
// language client, which does, is loaded after activation; see client/src/languageClientLoader.ts).
import { NotificationType, RequestType } from 'vscode-jsonrpc/lib/common/messages';
import type { Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { ScaleId } from './core/model/types';
import type { LevelStatus, ScoreReport } from './core/score/types';

export type { LevelStatus, ScoreReport };

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
  target?: string;
  scale: ScaleOption[];
  competencies: CompetencyInfo[];
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
  errorCount: number;
}

export interface RatingEvidence {
  evidence: string[];
  note?: string;
}

export const ScoreRequest = new RequestType<ScoreParams, ScoreResult, void>('ladder/score');

export interface RequirementNode {
  id?: string;
  type: string;
  label: string;
  range: Range;
  children: RequirementNode[];
}

export interface LevelNode {
  id: string;
  name: string;
  rank?: number;
  range: Range;
  expectations: { competency: string; competencyName: string; min: ScaleId; range: Range }[];
  requirements: RequirementNode[];
  next: string[];
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

export const LadderStructureRequest = new RequestType<LadderStructureParams, LadderStructure | null, void>('ladder/structure');

export interface WorkspaceSummary {
  ladders: { uri: string; id: string; name: string }[];
  assessments: AssessmentSummary[];
}

export const WorkspaceSummaryRequest = new RequestType<Record<string, never>, WorkspaceSummary, void>('ladder/workspaceSummary');

export interface ScaffoldAssessmentParams {
  ladderUri: string;
  /** Where the new assessment will be written (used for the relative `ladder:` path). */
  targetUri: string;
  levelId: string;
  person: string;
}

export const ScaffoldAssessmentRequest = new RequestType<ScaffoldAssessmentParams, { text: string }, void>('ladder/scaffoldAssessment');

export interface ExportMarkdownParams {
  /** A ladder (its structure) or an assessment (its score report). */
  uri: string;
}

export const ExportMarkdownRequest = new RequestType<ExportMarkdownParams, { markdown: string } | null, void>('ladder/exportMarkdown');

/**
 * Every reference to a former id (`formerly`) in the workspace's ladders and assessments, replaced by the
 * current id: one document edit per file, each edit annotated (needs confirmation) for preview.
 */
export const RenamedIdEditsRequest = new RequestType<Record<string, never>, WorkspaceEdit, void>('ladder/renamedIdEdits');

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
  levels: { level: string; name: string; status: LevelStatus; readiness: number }[];
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
export const AssessmentHistoryRequest = new RequestType<{ uri: string }, AssessmentHistoryResult, void>('ladder/history');

/** Sent by the server when ladder files were added, removed or changed, so views can refresh. */
export const WorkspaceChangedNotification = new NotificationType<{ uris: string[] }>('ladder/workspaceChanged');
