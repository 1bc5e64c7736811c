/**
 * The one entry point of the core: the language service and the pure helpers the edges (language
 * server, CLI, tests) need to turn its answers into LSP messages, terminal lines and files. Nothing
 * outside server/src/core imports a deeper path; nothing here imports vscode, an LSP connection or
 * a Node built-in.
 */
export { createLadderService } from './service/ladderService';
export type {
  LadderService,
  LadderServiceOptions,
  ReviewScaffoldRequest,
  ScaffoldRequest,
  ServiceScoreOptions,
} from './service/ladderService';

export type { FileHost, ReadFailureReason, ReadResult } from './workspace/host';
export type { ScoreOutcome, Workspace, WorkspaceFile } from './workspace/workspace';
export type { LadderContext } from './workspace/ladderContext';
export { currentId, resolveId } from './workspace/ladderContext';
export type { RenamableList } from './workspace/formerIds';
export {
  displayName,
  isInside,
  isPlainFileUri,
  normalizeUri,
  PLAIN_POSIX_PATH,
  relativeReference,
  resolveReference,
} from './workspace/paths';

export { DIAGNOSTIC_SOURCE } from './types';
export type { FileKind, LadderDiagnostic, QuickFix, Severity, Span, TextEdit } from './types';
export { FILE_GLOB, FILE_KINDS, isLadderFileName, kindFromFileName } from './fileKinds';
export { DEFAULT_MAX_FILE_CHARS } from './parse/parseYaml';
export { maxFileBytes, maxFileCharsFromSetting, tooLargeReason } from './parse/sizeLimit';

export type { AnalyzedFile } from './model/analyzeFile';
export type { Assessment, Ladder, Level, Rating, Requirement, Review, ReviewRole, ScaleId } from './model/types';
export { DAYS_PER_YEAR, dayToIso, todayDay } from './model/dates';

export type { CodeActionEntry } from './features/codeActions';
export type { CompletionEntry } from './features/completion';
export type { DefinitionTarget } from './features/definition';
export type { Highlight } from './features/highlight';
export type { ReferenceLocation } from './features/references';
export type { RenameFileEdits, RenameOptions, RenamePlan, RenameStart } from './features/rename';
export type { FormatRequest } from './features/format';
export type { InlayHintEntry } from './features/inlayHints';
export { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from './features/semanticTokens';
export type { SemanticTokenEntry, SemanticTokenModifier, SemanticTokenType } from './features/semanticTokens';
export type { RatingChanges, RatingEditPlan } from './features/ratingEdits';
export type { RenamedIdEdit, RenamedIdFile } from './features/renamedIds';
export type { SymbolEntry } from './features/symbols';

export { asOfDay, focusLevelIds, scoreAssessment } from './score/scoreAssessment';
export { closestLevel } from './score/closestLevel';
export { countedRatings } from './score/calibrate';
export type { CalibrationFlag, CalibrationReport } from './score/calibrate';
export { calibrateAssessment, scoreUnderReview } from './workspace/reviewScoring';
export type {
  ExpectationStatus,
  LevelScore,
  LevelStatus,
  RequirementResult,
  RequirementStatus,
  ScoreReport,
} from './score/types';

export { assessImpact, ImpactSession } from './impact/assessImpact';
export type { AssessmentImpact } from './impact/assessImpact';
export { compareReports } from './impact/compareReports';
export { BaseVerdicts, editImpact } from './impact/editImpact';
export { planLevels } from './impact/levelPlan';
export type { LadderSide, LevelPlan } from './impact/levelPlan';
export { changeReasons, verdictChangeText, verdictText } from './impact/describeChange';
export type { ExpectationChange, IdMapping, LevelChange, RequirementChange, Verdict } from './impact/compareReports';

export { focusVerdicts } from './history/focusVerdicts';
export type { FocusVerdicts, LevelVerdict } from './history/focusVerdicts';

export { describeRequirement } from './render/describeRequirement';
export { readinessPercent } from './features/percent';
export {
  focusFirst,
  formatReadiness,
  LEVEL_STATUS_LABEL,
  reportNames,
  RESULT_MARK,
  satisfiedCount,
} from './render/labels';
export type { ReportNames } from './render/labels';
export { ladderToMarkdown } from './render/ladderToMarkdown';
export * as markdownText from './render/markdownText';
export { scoreToMarkdown } from './render/scoreToMarkdown';
export { calibrationToMarkdown } from './render/calibrationToMarkdown';
export { FLAG_MEANING, flagsInUse, reviewColumns, reviewerLabel } from './render/calibrationLabels';

export { LineMap } from './text/lineMap';
export { newToOld, oldToNew, textDelta } from './text/textDelta';
export type { TextDelta } from './text/textDelta';
export { closest, didYouMean } from './text/suggest';
export { escapeLineStart, escapeText, jsonText, oneLine } from './text/escapeText';
export { decodeUtf8 } from './text/utf8';
export { formatGrouped, formatNumber, numberLocale, useNumberLocale } from './text/numbers';

export { buildTeamReport } from './team/buildTeamReport';
export type { TeamReportOptions } from './team/buildTeamReport';
export { TeamCache } from './team/teamCache';
export { anonymizeTeamReport, HIDDEN_MESSAGE } from './team/anonymize';
export type {
  CompetencyDistribution,
  DuplicatePerson,
  FocusVerdict,
  LevelPipeline,
  ProblemFileRole,
  RatingCell,
  TeamError,
  TeamLadder,
  TeamMember,
  TeamProblem,
  TeamReport,
} from './team/types';
export { escapeHtml } from './html/escape';
export { htmlPage, PAGE_POLICY } from './html/page';
export { shorten } from './html/shorten';
export { buildPacket } from './packet/buildPacket';
export type { PacketOutcome } from './packet/buildPacket';
export type { PacketData, PacketLevelReason, PacketSource, PacketStamp } from './packet/types';
export { packetToHtml } from './html/packetHtml';
