// The workspace index of the language service: one object that the service, the server and the CLI ask,
// delegating to the file store, the ladder contexts, the reference indexes, the review lookups and the
// diagnostics; and scoring an assessment with the errors that should keep its report from being trusted.
import type { AnalyzedFile } from '../model/analyzeFile';
import type { Assessment, Ladder, Review, ScaleId } from '../model/types';
import { scoreAssessment, type ScoreOptions } from '../score/scoreAssessment';
import type { ScoreReport } from '../score/types';
import { withRatingOverrides } from '../score/whatIf';
import type { FileKind, LadderDiagnostic } from '../types';
import { FileStore, type WorkspaceFile, type WorkspaceOptions } from './fileStore';
import type { FileHost } from './host';
import { currentId, type LadderContext } from './ladderContext';
import { LadderContexts, type AssessmentLadder } from './ladderContexts';
import { normalizeUri } from './paths';
import { ReferenceIndexes } from './referenceIndexes';
import { ReviewLookups, type ReviewedAssessment } from './reviewLookups';
import { WorkspaceDiagnostics } from './workspaceDiagnostics';

export type { WorkspaceFile, WorkspaceOptions } from './fileStore';
export type { ReviewedAssessment } from './reviewLookups';

export interface ScoreOutcome {
  report: ScoreReport | undefined;
  context: LadderContext | undefined;
  assessment: Assessment | undefined;
  /** Error diagnostics of the assessment and its ladder files, by URI. */
  errors: Map<string, LadderDiagnostic[]>;
}

/**
 * The index of every ladder, competency catalogue and assessment the editor or the CLI knows of.
 * Open documents override the disk; files are read lazily; cross-file results are cached by the
 * stamps of the files they depend on.
 */
export class Workspace {
  private readonly files: FileStore;
  private readonly contexts: LadderContexts;
  private readonly indexes: ReferenceIndexes;
  private readonly reviews: ReviewLookups;
  private readonly checks: WorkspaceDiagnostics;

  constructor(host: FileHost, options: WorkspaceOptions = {}) {
    this.files = new FileStore(host, options);
    this.contexts = new LadderContexts(this.files);
    this.indexes = new ReferenceIndexes(this.files);
    this.reviews = new ReviewLookups(this.files, this.contexts, this.indexes);
    this.checks = new WorkspaceDiagnostics(this.files, this.contexts, this.indexes, this.reviews);
  }

  /**
   * The workspace folders changed: files read from disk are read again when next needed (a file refused
   * as outside the workspace may now be inside, and the other way round); open documents stay.
   */
  setRoots(roots: readonly string[]): void {
    this.files.setRoots(roots);
  }

  /**
   * The editor opened or changed a document. The text is analysed once, when something first asks
   * for it, so a burst of keystrokes costs one parse.
   */
  setOpenDocument(uri: string, text: string): void {
    this.files.setOpenDocument(uri, text);
  }

  /**
   * The last completed analysis of a file and, when the editor has sent a newer text since, that text.
   * Never parses: a file not analysed yet has no `analyzed`.
   */
  latestAnalysis(uri: string): { analyzed?: AnalyzedFile; pendingText?: string } {
    return this.files.latestAnalysis(uri);
  }

  /** The stamp of a file as it stands, without analysing a pending text; undefined when not loaded. */
  stampOf(uri: string): number | undefined {
    return this.files.stampOf(uri);
  }

  /**
   * Runs `read` with every open document that has a pending text (and an earlier analysis) read as of
   * its last analysis, so that nothing is parsed. Caches stay consistent: that analysis keeps its stamp.
   */
  readingLastAnalyses<T>(read: () => T): T {
    return this.files.readingLastAnalyses(read);
  }

  /** The editor closed a document: from now on it is read from disk again. */
  closeDocument(uri: string): void {
    this.files.closeDocument(uri);
  }

  /** A file changed, appeared or vanished on disk; open documents keep the editor's text. */
  fileChangedOnDisk(uri: string): void {
    this.files.fileChangedOnDisk(uri);
  }

  fileDeleted(uri: string): void {
    this.files.fileDeleted(uri);
  }

  /** A file found by scanning the workspace folders; read when first needed. */
  addKnownFile(uri: string): void {
    this.files.addKnownFile(uri);
  }

  knownFiles(): string[] {
    return this.files.knownFiles();
  }

  /**
   * Frees what the workspace holds of a file read from disk (its analysis and diagnostics), for a single
   * pass that asks about each of many files once and keeps none: `ladder check` over thousands
   * would otherwise keep them all, and the garbage collector copy them. Asked about again, the file is
   * analysed again. Read the files through a host that answers each file's text once (the same text
   * again), as the CLI does, or a changed file may be read as changed.
   */
  release(uri: string): void {
    const key = normalizeUri(uri);
    this.files.release(key);
    this.checks.forget(key);
  }

  /** The file at `uri`, from the editor or read from disk once. */
  file(uri: string): WorkspaceFile {
    return this.files.file(uri);
  }

  kindOf(uri: string): FileKind | undefined {
    return this.files.kindOf(uri);
  }

  ladder(uri: string): Ladder | undefined {
    return this.files.ladder(uri);
  }

  assessment(uri: string): Assessment | undefined {
    return this.files.assessment(uri);
  }

  review(uri: string): Review | undefined {
    return this.files.review(uri);
  }

  /** The ladder with its includes resolved, cached until the ladder or an included file changes. */
  ladderContext(ladderUri: string): LadderContext | undefined {
    return this.contexts.ladderContext(ladderUri);
  }

  /** The ladder an assessment names, resolved, or why not. */
  assessmentLadder(assessment: Assessment): AssessmentLadder {
    return this.contexts.assessmentLadder(assessment);
  }

  /** Every diagnostic of a file: syntax, schema and the cross-file semantic checks. */
  diagnostics(uri: string): LadderDiagnostic[] {
    return this.checks.diagnostics(uri);
  }

  /**
   * The errors of a file: its diagnostics' errors when those are known, else found without the checks
   * that only inform (an assessment's missing ratings), which a report of errors over a whole team
   * would otherwise pay for every file.
   */
  errors(uri: string): LadderDiagnostic[] {
    return this.checks.errors(uri);
  }

  filesOfKind(kind: FileKind): string[] {
    return this.indexes.filesOfKind(kind);
  }

  /** Known ladders whose include list names `catalogueUri`. */
  laddersIncluding(catalogueUri: string): string[] {
    return this.indexes.laddersIncluding(catalogueUri);
  }

  /** Known assessments whose `ladder:` names `ladderUri`. */
  assessmentsOf(ladderUri: string): string[] {
    return this.indexes.assessmentsOf(ladderUri);
  }

  /**
   * Known reviews whose `assessment:` names `assessmentUri`, ordered by their path relative to the
   * assessment's folder.
   */
  reviewsOf(assessmentUri: string): string[] {
    return this.indexes.reviewsOf(assessmentUri);
  }

  /** Files whose diagnostics may change when `uri` changes (not including `uri` itself). */
  dependents(uri: string): string[] {
    return this.indexes.dependents(uri);
  }

  /** The self-assessment a review names, resolved with its ladder, or why not. */
  reviewedAssessment(review: Review): ReviewedAssessment {
    return this.reviews.reviewedAssessment(review);
  }

  /** "Today" by the workspace's clock. */
  today(): Date {
    return this.files.now();
  }

  /**
   * Scores an assessment, with `overrides` (what-if ratings) in place of its own if given; `errors` lists the
   * error diagnostics of the assessment and of its ladder files.
   */
  score(uri: string, options: ScoreOptions = {}, overrides?: Readonly<Record<string, ScaleId | null>>): ScoreOutcome {
    const { assessment, context, errors } = this.scoringInputs(uri);
    const scored =
      assessment && overrides && context
        ? withRatingOverrides(assessment, overrides, (id) => currentId(context, 'competency', id))
        : assessment;
    const report =
      scored && context
        ? scoreAssessment(scored, context, { ...options, today: options.today ?? this.files.now() })
        : undefined;
    return { report, context, assessment, errors };
  }

  /** An assessment, its ladder, and the error diagnostics of the assessment and of its ladder files. */
  scoringInputs(uri: string): Omit<ScoreOutcome, 'report'> {
    const key = normalizeUri(uri);
    const errors = new Map<string, LadderDiagnostic[]>();
    const collect = (fileUri: string) => {
      const found = this.checks.diagnostics(fileUri).filter((d) => d.severity === 'error');
      if (found.length > 0) errors.set(fileUri, found);
    };
    const assessment = this.files.assessment(key);
    collect(key);
    if (!assessment) return { context: undefined, assessment: undefined, errors };
    const { context, uri: ladderUri } = this.contexts.assessmentLadder(assessment);
    // A ladder that could not be read at all (too large, binary, not a mapping) has no context but has errors.
    if (ladderUri && (context || this.files.file(ladderUri).analyzed?.kind === 'Ladder')) collect(ladderUri);
    for (const include of context?.includes ?? [])
      if (include.uri && this.files.file(include.uri).analyzed) collect(include.uri);
    return { context, assessment, errors };
  }
}
