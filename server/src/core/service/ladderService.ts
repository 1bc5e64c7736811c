import * as l10n from '@vscode/l10n';
import { codeActions, type CodeActionEntry } from '../features/codeActions';
import { complete, type CompletionEntry } from '../features/completion';
import { definition, type DefinitionTarget } from '../features/definition';
import { documentHighlights, type Highlight } from '../features/highlight';
import { formatEdits, type FormatRequest } from '../features/format';
import { hover } from '../features/hover';
import { inlayHints, type InlayHintEntry } from '../features/inlayHints';
import { planRatingEdits, type RatingChanges, type RatingEditPlan } from '../features/ratingEdits';
import { renamedIdEdits, type RenamedIdFile } from '../features/renamedIds';
import { references, type ReferenceLocation } from '../features/references';
import { prepareRename, rename, type RenameOptions, type RenamePlan, type RenameStart } from '../features/rename';
import { scaffoldAssessment } from '../features/scaffold';
import { scaffoldReview } from '../features/scaffoldReview';
import { semanticTokens, type SemanticTokenEntry } from '../features/semanticTokens';
import { documentSymbols, type SymbolEntry } from '../features/symbols';
import { kindFromFileName } from '../fileKinds';
import { dayToIso, todayDay } from '../model/dates';
import type { ScaleId } from '../model/types';
import { reportNames } from '../render/labels';
import { ladderToMarkdown } from '../render/ladderToMarkdown';
import { scoreToMarkdown } from '../render/scoreToMarkdown';
import { focusLevelIds } from '../score/scoreAssessment';
import { DEFAULT_MAX_FILE_CHARS } from '../parse/parseYaml';
import type { LadderDiagnostic, Span, TextEdit } from '../types';
import type { FileHost } from '../workspace/host';
import { normalizeUri, relativeReference } from '../workspace/paths';
import { Workspace, type ScoreOutcome } from '../workspace/workspace';

export interface LadderServiceOptions {
  /** Reads the files the editor does not hold open (the disk in Node, `workspace.fs` in a browser, memory in tests). */
  host: FileHost;
  /** The clock for "today": dates in the future, assessments without a date, scaffolds. */
  now?: () => Date;
  /** Folder URIs of the workspace; when given, files outside them are never read. */
  roots?: readonly string[];
  limits?: {
    /** Files longer than this many characters get one diagnostic and no analysis. */
    maxFileChars?: number;
  };
}

export interface ServiceScoreOptions {
  /** What-if ratings that replace the file's (null: unrated), without touching the file. */
  overrides?: Readonly<Record<string, ScaleId | null>>;
  /** Score this level only. */
  levelId?: string;
}

export interface ScaffoldRequest {
  ladderUri: string;
  /** Where the new assessment will be saved: its `ladder:` reference is relative to it. */
  targetUri: string;
  levelId: string;
  person: string;
}

export interface ReviewScaffoldRequest {
  /** The self-assessment to review. */
  assessmentUri: string;
  /** Where the new review will be saved: its `assessment:` reference is relative to it. */
  targetUri: string;
}

/**
 * The language service: every analysis, check, score and editor feature of ladder files, bound to one
 * workspace. URIs may be spelt as the caller likes; offsets are UTF-16 offsets of the analysed text.
 */
export interface LadderService {
  /** The index of files: open documents, files known from a scan, dependencies between them. */
  readonly workspace: Workspace;
  /** Replaces the workspace folders (files outside every folder are refused from now on). */
  setRoots(roots: readonly string[]): void;
  diagnostics(uri: string): LadderDiagnostic[];
  complete(uri: string, offset: number, typedText?: string): CompletionEntry[];
  hover(uri: string, offset: number): { span: Span; markdown: string } | undefined;
  definition(uri: string, offset: number): DefinitionTarget[];
  symbols(uri: string): SymbolEntry[];
  codeActions(uri: string, span: Span): CodeActionEntry[];
  /** Where the id at `offset` can be renamed from (its span and current id), or why it cannot. */
  prepareRename(uri: string, offset: number): RenameStart;
  /** The edits that rename the id at `offset` everywhere it is written, or why the new id is refused. */
  rename(uri: string, offset: number, newId: string, options?: RenameOptions): RenamePlan;
  /** Every place the id at `offset` is written in the files of its ladders. */
  references(uri: string, offset: number, includeDefinition?: boolean): ReferenceLocation[];
  /** The places of this file that write the id at `offset`. */
  documentHighlights(uri: string, offset: number): Highlight[];
  /** Every reference to a former id in the known ladders and assessments, with the current id to write. */
  renamedIdEdits(): RenamedIdFile[];
  /**
   * The edits that format `text` (the document as the editor has it), or with `request.span` the
   * top-level entries that span touches; none for a text with YAML syntax errors or over the size limit.
   */
  format(uri: string, text: string, request?: FormatRequest): TextEdit[];
  /** Names shown after the ids in `span`: levels, scale values with their competency. From the cached analysis. */
  inlayHints(uri: string, span: Span): InlayHintEntry[];
  /** The ids of the file (or of `span`) as semantic tokens, definitions marked. From the cached analysis. */
  semanticTokens(uri: string, span?: Span): SemanticTokenEntry[];
  /** The assessment's score, with the errors of its files. */
  score(uri: string, options?: ServiceScoreOptions): ScoreOutcome;
  /**
   * The edits that write ratings into an assessment (null: unrate), computed from its YAML tree; ratings
   * that cannot be written (a file with syntax errors, not an assessment) are listed as skipped.
   */
  ratingEdits(uri: string, changes: RatingChanges): RatingEditPlan;
  /** The text of a new self-assessment against a level of a ladder. */
  scaffold(request: ScaffoldRequest): string;
  /** The text of a new review of a self-assessment: the competencies its next and target levels expect, unrated. */
  scaffoldReview(request: ReviewScaffoldRequest): string;
  /** A ladder, or an assessment's score report, as Markdown; undefined when the file is neither. */
  exportMarkdown(uri: string): string | undefined;
  /** Today as the service's clock has it. */
  now(): Date;
}

/** Creates the language service over a file host; see `LadderService`. */
export function createLadderService(options: LadderServiceOptions): LadderService {
  const now = options.now ?? (() => new Date());
  const workspace = new Workspace(options.host, {
    now,
    ...(options.limits?.maxFileChars !== undefined ? { maxFileChars: options.limits.maxFileChars } : {}),
    ...(options.roots ? { roots: options.roots } : {}),
  });

  function scaffold(request: ScaffoldRequest): string {
    const context = workspace.ladderContext(request.ladderUri);
    if (!context) throw new Error(l10n.t('{0} is not a ladder that can be read.', request.ladderUri));
    if (!context.levels.has(request.levelId))
      throw new Error(l10n.t("The ladder has no level '{0}'.", request.levelId));
    const reference = relativeReference(normalizeUri(request.targetUri), normalizeUri(request.ladderUri));
    return scaffoldAssessment(context, reference, request.levelId, request.person, dayToIso(todayDay(now())));
  }

  function newReview(request: ReviewScaffoldRequest): string {
    const outcome = workspace.score(request.assessmentUri, { today: now() });
    if (!outcome.assessment)
      throw new Error(l10n.t('{0} is not a self-assessment that can be read.', request.assessmentUri));
    if (!outcome.context) throw new Error(l10n.t('The ladder of this self-assessment cannot be read.'));
    const reference = relativeReference(normalizeUri(request.targetUri), normalizeUri(request.assessmentUri));
    return scaffoldReview(outcome.context, outcome.assessment, reference, dayToIso(todayDay(now())));
  }

  function exportMarkdown(uri: string): string | undefined {
    const context = workspace.ladderContext(uri);
    if (context) return ladderToMarkdown(context);
    const outcome = workspace.score(uri, { today: now() });
    if (!outcome.report || !outcome.context || !outcome.assessment) return undefined;
    const focus = focusLevelIds(outcome.assessment, outcome.context);
    return scoreToMarkdown(outcome.report, { focus, ...reportNames(outcome.context) });
  }

  function ratingEdits(uri: string, changes: RatingChanges): RatingEditPlan {
    const analyzed = workspace.file(uri).analyzed;
    const doc = analyzed?.kind === 'SelfAssessment' ? analyzed.parsed.doc : undefined;
    return planRatingEdits({ text: analyzed?.text ?? '', doc }, changes);
  }

  function format(uri: string, text: string, request: FormatRequest = {}): TextEdit[] {
    if (text.length > (options.limits?.maxFileChars ?? DEFAULT_MAX_FILE_CHARS)) return [];
    return formatEdits(text, kindFromFileName(normalizeUri(uri)), request);
  }

  return {
    workspace,
    setRoots: (roots) => workspace.setRoots(roots),
    diagnostics: (uri) => workspace.diagnostics(uri),
    complete: (uri, offset, typedText) => complete(workspace, uri, offset, typedText),
    hover: (uri, offset) => hover(workspace, uri, offset),
    definition: (uri, offset) => definition(workspace, uri, offset),
    symbols: (uri) => documentSymbols(workspace, uri),
    codeActions: (uri, span) => codeActions(workspace, uri, span),
    prepareRename: (uri, offset) => prepareRename(workspace, uri, offset),
    rename: (uri, offset, newId, renameOptions) => rename(workspace, uri, offset, newId, renameOptions),
    references: (uri, offset, includeDefinition) => references(workspace, uri, offset, includeDefinition),
    documentHighlights: (uri, offset) => documentHighlights(workspace, uri, offset),
    renamedIdEdits: () => renamedIdEdits(workspace),
    format,
    inlayHints: (uri, span) => inlayHints(workspace, uri, span),
    semanticTokens: (uri, span) => semanticTokens(workspace, uri, span),
    score: (uri, { overrides, levelId } = {}) =>
      workspace.score(uri, { today: now(), ...(levelId !== undefined ? { levelId } : {}) }, overrides),
    ratingEdits,
    scaffold,
    scaffoldReview: newReview,
    exportMarkdown,
    now,
  };
}
