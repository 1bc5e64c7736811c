import * as l10n from '@vscode/l10n';
import { checkAssessment } from '../check/checkAssessment';
import { checkCatalogue } from '../check/checkCatalogue';
import { checkLadder } from '../check/checkLadder';
import { checkReview, reviewerKey } from '../check/checkReview';
import { todayDay } from '../model/dates';
import { analyzeFile, withoutDocument, type AnalyzedFile } from '../model/analyzeFile';
import { reanalyze } from '../model/reanalyze';
import type { Assessment, Ladder, Ref, Review, ScaleId } from '../model/types';
import { DEFAULT_MAX_FILE_CHARS, outside } from '../parse/parseYaml';
import { fileKindPhrase as kindPhrase } from '../text/itemNouns';
import { scoreAssessment, type ScoreOptions } from '../score/scoreAssessment';
import type { ScoreReport } from '../score/types';
import { withRatingOverrides } from '../score/whatIf';
import type { FileKind, LadderDiagnostic } from '../types';
import type { FileHost, ReadFailureReason } from './host';
import { scanKind } from './kindScan';
import { buildLadderContext, currentId, type LadderContext, type ResolvedInclude } from './ladderContext';
import { displayName, isInside, normalizeUri, relativeReference, resolveReference } from './paths';

/** The known files of one kind that refer to each file, by the URI they refer to. */
type ReferenceIndex = Map<string, string[]>;

const includeTargetCache = new WeakMap<Ladder, { list: (string | undefined)[]; set: Set<string> }>();

/** The files a ladder's includes resolve to, in order (undefined where a path cannot be resolved), and as a set. */
function includeTargets(ladder: Ladder): { list: (string | undefined)[]; set: Set<string> } {
  let targets = includeTargetCache.get(ladder);
  if (!targets) {
    const list = ladder.includes.map((ref) => resolveReference(ladder.uri, ref.value));
    targets = { list, set: new Set(list.filter((uri): uri is string => uri !== undefined)) };
    includeTargetCache.set(ladder, targets);
  }
  return targets;
}

export interface WorkspaceOptions {
  maxFileChars?: number;
  /** The clock for "today" (dates in the future, assessments without a date). */
  now?: () => Date;
  /** When set, referenced files outside these folder URIs are not read. */
  roots?: readonly string[];
}

/** A file as the workspace holds it: analysed, or the reason it could not be read. */
export interface WorkspaceFile {
  readonly uri: string;
  /** Bumped on every change; caches compare stamps. */
  readonly stamp: number;
  readonly open: boolean;
  readonly analyzed?: AnalyzedFile;
  readonly failure?: { reason: ReadFailureReason | 'outside-workspace'; message: string };
}

export interface ScoreOutcome {
  report: ScoreReport | undefined;
  context: LadderContext | undefined;
  assessment: Assessment | undefined;
  /** Error diagnostics of the assessment and its ladder files, by URI. */
  errors: Map<string, LadderDiagnostic[]>;
}

/**
 * A result cached with the stamps of the files it depends on, and the generation at which those stamps
 * were last found unchanged: within one generation it is valid without comparing them again.
 */
type Cached<T> = { signature: string; value: T; checkedAt?: number };

/** The self-assessment a review names, resolved, or why not. */
export interface ReviewedAssessment {
  uri?: string;
  assessment?: Assessment;
  /** The assessment's ladder, when it can be read. */
  context?: LadderContext;
  ladderUri?: string;
  problem?: LadderDiagnostic;
}

/**
 * The index of every ladder, competency catalogue and assessment the editor or the CLI knows of.
 * Open documents override the disk; files are read lazily; cross-file results are cached by the
 * stamps of the files they depend on.
 */
export class Workspace {
  private readonly files = new Map<string, WorkspaceFile & { pendingText?: string; previous?: WorkspaceFile }>();
  private readonly known = new Set<string>();
  private readonly contexts = new Map<string, Cached<LadderContext | undefined>>();
  private readonly diagnosticCache = new Map<string, Cached<LadderDiagnostic[]>>();
  /** For files not analysed yet: the kind their text shows without a parse (see `scanKind`), or null. */
  private readonly scannedKinds = new Map<string, FileKind | null>();
  private clock = 0;
  /**
   * Bumped whenever the text of a file or the set of files may have changed (not when a file is first
   * read: its text was already what it is). Within one generation every cache that was found valid stays
   * valid, so a file's dependencies are compared once per change, not once per question.
   */
  private generation = 0;
  private readonly kindLists = new Map<FileKind, { generation: number; uris: string[] }>();
  private readonly references = new Map<'include' | 'ladder', { generation: number; index: ReferenceIndex }>();
  private reviewIndex: { generation: number; stale: boolean; byAssessment: Map<string, string[]> } | undefined;
  /** Review → the assessments it named in the last two indexes, so that leaving one re-diagnoses its other reviews. */
  private readonly reviewTargets = new Map<string, string[]>();
  /** While set, `file()` answers an open document with a pending text from its last analysis. */
  private staleReads = false;
  /** The workspace folders, normalized once. */

  private roots: readonly string[] | undefined;

  constructor(
    private readonly host: FileHost,
    private readonly options: WorkspaceOptions = {},
  ) {
    this.roots = options.roots?.map(normalizeUri);
  }

  /**
   * The workspace folders changed: files read from disk are read again when next needed (a file refused
   * as outside the workspace may now be inside, and the other way round); open documents stay.
   */
  setRoots(roots: readonly string[]): void {
    this.roots = roots.map(normalizeUri);
    for (const [key, file] of this.files) if (!file.open) this.forget(key);
    this.clock++;
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /**
   * The editor opened or changed a document. The text is analysed once, when something first asks
   * for it, so a burst of keystrokes costs one parse.
   */
  setOpenDocument(uri: string, text: string): void {
    const key = normalizeUri(uri);
    this.known.add(key);
    this.generation++;
    const existing = this.files.get(key);
    // The last completed analysis of the open document is kept until the new text is analysed (see
    // `latestAnalysis`); one read from disk has no Document, and answering from it would mean a parse.
    const previous = existing?.open && existing.analyzed ? existing : existing?.previous;
    this.files.set(key, {
      uri: key,
      stamp: ++this.clock,
      open: true,
      pendingText: text,
      ...(previous ? { previous } : {}),
    });
  }

  /**
   * The last completed analysis of a file and, when the editor has sent a newer text since, that text.
   * Never parses: a file not analysed yet has no `analyzed`.
   */
  latestAnalysis(uri: string): { analyzed?: AnalyzedFile; pendingText?: string } {
    const existing = this.files.get(normalizeUri(uri));
    if (!existing) return {};
    if (existing.pendingText === undefined) return existing.analyzed ? { analyzed: existing.analyzed } : {};
    const analyzed = existing.previous?.analyzed;
    return analyzed ? { analyzed, pendingText: existing.pendingText } : { pendingText: existing.pendingText };
  }

  /** The stamp of a file as it stands, without analysing a pending text; undefined when not loaded. */
  stampOf(uri: string): number | undefined {
    return this.files.get(normalizeUri(uri))?.stamp;
  }

  /**
   * Runs `read` with every open document that has a pending text (and an earlier analysis) read as of
   * its last analysis, so that nothing is parsed. Caches stay consistent: that analysis keeps its stamp.
   */
  readingLastAnalyses<T>(read: () => T): T {
    const before = this.staleReads;
    this.staleReads = true;
    try {
      return read();
    } finally {
      this.staleReads = before;
    }
  }

  /** The editor closed a document: from now on it is read from disk again. */
  closeDocument(uri: string): void {
    this.forget(normalizeUri(uri));
  }

  /** A file changed, appeared or vanished on disk; open documents keep the editor's text. */
  fileChangedOnDisk(uri: string): void {
    const key = normalizeUri(uri);
    if (this.files.get(key)?.open) return;
    this.forget(key);
  }

  fileDeleted(uri: string): void {
    const key = normalizeUri(uri);
    if (this.known.delete(key)) this.generation++;
    if (!this.files.get(key)?.open) this.forget(key);
  }

  /** A file found by scanning the workspace folders; read when first needed. */
  addKnownFile(uri: string): void {
    const key = normalizeUri(uri);
    if (this.known.has(key)) return;
    this.known.add(key);
    this.generation++;
  }

  knownFiles(): string[] {
    return [...this.known].sort();
  }

  private forget(key: string): void {
    this.files.delete(key);
    this.scannedKinds.delete(key);
    this.clock++;
    this.generation++;
  }

  /**
   * Whether a cached result is still valid: already checked in this generation, or the stamps of its
   * files (`signature`, computed only when needed) are the ones it was made with. Reads of last analyses
   * see other stamps, so they always compare and never mark.
   */
  private isValid<T>(cached: Cached<T> | undefined, signature: () => string): cached is Cached<T> {
    if (!cached) return false;
    if (!this.staleReads && cached.checkedAt === this.generation) return true;
    if (cached.signature !== signature()) return false;
    if (!this.staleReads) cached.checkedAt = this.generation;
    return true;
  }

  private cache<T>(signature: string, value: T): Cached<T> {
    return { signature, value, ...(this.staleReads ? {} : { checkedAt: this.generation }) };
  }

  private parseOptions() {
    return { maxFileChars: this.options.maxFileChars ?? DEFAULT_MAX_FILE_CHARS };
  }

  /** The file at `uri`, from the editor or read from disk once. */
  file(uri: string): WorkspaceFile {
    return this.fileAt(normalizeUri(uri));
  }

  /** `file` for a URI spelled as `normalizeUri` spells it (as `resolveReference` answers). */
  private fileAt(key: string): WorkspaceFile {
    const existing = this.files.get(key);
    if (existing?.pendingText !== undefined) {
      if (this.staleReads && existing.previous) return existing.previous;
      // An edit re-parses only the list items or top-level entries it touches (see `reanalyze`).
      const before = existing.previous?.analyzed;
      const analyzed =
        (before && reanalyze(before, existing.pendingText, this.parseOptions())) ||
        analyzeFile(key, existing.pendingText, this.parseOptions());
      const ready = { uri: key, stamp: existing.stamp, open: true, analyzed };
      this.files.set(key, ready);
      return ready;
    }
    if (existing) return existing;
    let loaded: WorkspaceFile;
    if (this.isOutsideRoots(key)) {
      loaded = {
        uri: key,
        stamp: ++this.clock,
        open: false,
        failure: { reason: 'outside-workspace', message: l10n.t('it is outside the workspace folders') },
      };
    } else {
      const result = this.host.read(key);
      loaded =
        'text' in result
          ? {
              uri: key,
              stamp: ++this.clock,
              open: false,
              analyzed: withoutDocument(
                analyzeFile(key, result.text, { ...this.parseOptions(), invalidUtf8: result.invalidUtf8 }),
                this.parseOptions(),
              ),
            }
          : {
              uri: key,
              stamp: ++this.clock,
              open: false,
              failure: { reason: result.failure, message: result.message },
            };
    }
    this.files.set(key, loaded);
    return loaded;
  }

  kindOf(uri: string): FileKind | undefined {
    return this.file(uri).analyzed?.kind;
  }

  ladder(uri: string): Ladder | undefined {
    const model = this.file(uri).analyzed?.model;
    return model?.kind === 'Ladder' ? model : undefined;
  }

  assessment(uri: string): Assessment | undefined {
    const model = this.file(uri).analyzed?.model;
    return model?.kind === 'SelfAssessment' ? model : undefined;
  }

  /** The ladder with its includes resolved, cached until the ladder or an included file changes. */
  ladderContext(ladderUri: string): LadderContext | undefined {
    const key = normalizeUri(ladderUri);
    const ladder = this.ladder(key);
    if (!ladder) return undefined;
    const includeUris = includeTargets(ladder).list;
    const signature = () => this.signature([key, ...includeUris]);
    const cached = this.contexts.get(key);
    if (this.isValid(cached, signature)) return cached.value;
    const diagnostics: LadderDiagnostic[] = [];
    const earlier = new Set<string | undefined>();
    const includes: ResolvedInclude[] = ladder.includes.map((ref, index) => {
      const uri = includeUris[index];
      const resolved = this.resolveInclude(key, ref, uri, earlier, diagnostics);
      earlier.add(uri);
      return resolved;
    });
    const context = buildLadderContext(ladder, includes, diagnostics);
    this.contexts.set(key, this.cache(signature(), context));
    return context;
  }

  private resolveInclude(
    ladderUri: string,
    ref: Ref,
    uri: string | undefined,
    earlier: ReadonlySet<string | undefined>,
    diagnostics: LadderDiagnostic[],
  ): ResolvedInclude {
    const resolved: ResolvedInclude = { written: ref.value, span: ref.span, uri, competencies: [] };
    if (!uri) {
      diagnostics.push({
        span: ref.span,
        severity: 'error',
        code: 'include-not-found',
        message: l10n.t("Cannot resolve include '{0}'.", ref.value),
      });
      return resolved;
    }
    if (uri === ladderUri) {
      diagnostics.push({
        span: ref.span,
        severity: 'error',
        code: 'include-cycle',
        message: l10n.t('A ladder cannot include itself.'),
      });
      return resolved;
    }
    if (earlier.has(uri)) {
      diagnostics.push({
        span: ref.span,
        severity: 'warning',
        code: 'include-duplicate',
        message: l10n.t("'{0}' is already included above.", ref.value),
      });
      return resolved;
    }
    const file = this.fileAt(uri);
    if (file.failure) {
      diagnostics.push({
        span: ref.span,
        severity: 'error',
        code: 'include-not-found',
        message: l10n.t("Cannot include '{0}': {1}.", ref.value, file.failure.message),
      });
      return resolved;
    }
    const model = file.analyzed?.model;
    if (file.analyzed?.kind !== 'Competencies') {
      const kind = file.analyzed?.kind;
      diagnostics.push({
        span: ref.span,
        severity: 'error',
        code: kind === 'Ladder' && this.includes(uri, ladderUri) ? 'include-cycle' : 'include-wrong-kind',
        message: l10n.t("'{0}' is {1}; include takes Competencies files.", ref.value, kindPhrase(kind)),
      });
      return resolved;
    }
    if (file.analyzed.diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({
        span: ref.span,
        severity: 'warning',
        code: 'include-has-errors',
        message: l10n.t("'{0}' has errors; competencies it defines may be missing.", ref.value),
      });
    }
    // Named like a catalogue but unreadable as one (binary, too large, an alias bomb): nothing to include.
    return { ...resolved, competencies: model?.kind === 'Competencies' ? model.competencies : [] };
  }

  private includes(fromUri: string, targetUri: string): boolean {
    const ladder = this.ladder(fromUri);
    return !!ladder && includeTargets(ladder).set.has(targetUri);
  }

  private signature(uris: (string | undefined)[]): string {
    return uris.map((uri) => (uri ? `${uri}@${this.fileAt(uri).stamp}` : '-')).join('|');
  }

  /** The ladder an assessment names, resolved, or why not. */
  assessmentLadder(assessment: Assessment): { uri?: string; context?: LadderContext; problem?: LadderDiagnostic } {
    const ref = assessment.ladder;
    if (!ref) return {};
    const uri = resolveReference(assessment.uri, ref.value);
    if (!uri)
      return {
        problem: {
          span: ref.span,
          severity: 'error',
          code: 'ladder-not-found',
          message: l10n.t("Cannot resolve ladder path '{0}'.", ref.value),
        },
      };
    const file = this.file(uri);
    if (file.failure) {
      return {
        uri,
        problem: {
          span: ref.span,
          severity: 'error',
          code: 'ladder-not-found',
          message: l10n.t("Cannot read ladder '{0}': {1}.", ref.value, file.failure.message),
        },
      };
    }
    if (file.analyzed?.kind !== 'Ladder') {
      const kind = file.analyzed?.kind;
      return {
        uri,
        problem: {
          span: ref.span,
          severity: 'error',
          code: 'ladder-wrong-kind',
          message: l10n.t("'{0}' is {1}, not a Ladder.", ref.value, kindPhrase(kind)),
        },
      };
    }
    return { uri, context: this.ladderContext(uri) };
  }

  /** Every diagnostic of a file: syntax, schema and the cross-file semantic checks. */
  diagnostics(uri: string): LadderDiagnostic[] {
    const key = normalizeUri(uri);
    const analyzed = this.file(key).analyzed;
    if (!analyzed) return [];
    const cached = this.cachedDiagnostics(key, analyzed);
    if (cached) return cached;
    const result = this.collectDiagnostics(key, analyzed, false);
    this.diagnosticCache.set(key, this.cache(this.diagnosticSignature(key, analyzed), result));
    return result;
  }

  /**
   * The errors of a file: its diagnostics' errors when those are known, else found without the checks
   * that only inform (an assessment's missing ratings), which a report of errors over a whole team
   * would otherwise pay for every file.
   */
  errors(uri: string): LadderDiagnostic[] {
    const key = normalizeUri(uri);
    const analyzed = this.file(key).analyzed;
    if (!analyzed) return [];
    const found = this.cachedDiagnostics(key, analyzed) ?? this.collectDiagnostics(key, analyzed, true);
    return found.filter((d) => d.severity === 'error');
  }

  /** Diagnostics depend on the day (dates in the future, time at level) and on the files they read. */
  private diagnosticSignature(key: string, analyzed: AnalyzedFile): string {
    return `${todayDay(this.now())}|${this.signature(this.diagnosticDependencies(key, analyzed))}`;
  }

  private cachedDiagnostics(key: string, analyzed: AnalyzedFile): LadderDiagnostic[] | undefined {
    const cached = this.diagnosticCache.get(key);
    const today = `${todayDay(this.now())}|`;
    return cached?.signature.startsWith(today) && this.isValid(cached, () => this.diagnosticSignature(key, analyzed))
      ? cached.value
      : undefined;
  }

  private collectDiagnostics(key: string, analyzed: AnalyzedFile, errorsOnly: boolean): LadderDiagnostic[] {
    const semantic = this.semanticDiagnostics(key, analyzed, { errorsOnly });
    const result = [...analyzed.diagnostics, ...outside(semantic, analyzed.damaged)];
    return result.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  }

  /** The files whose contents a file's diagnostics depend on, itself first. */
  private diagnosticDependencies(key: string, analyzed: AnalyzedFile): (string | undefined)[] {
    const model = analyzed.model;
    if (model?.kind === 'Ladder') return [key, ...includeTargets(model).list];
    if (model?.kind === 'SelfAssessment') {
      const ladderUri = model.ladder && resolveReference(key, model.ladder.value);
      const ladder = ladderUri ? this.ladder(ladderUri) : undefined;
      return [key, ladderUri, ...(ladder ? includeTargets(ladder).list : [])];
    }
    if (model?.kind === 'Competencies') return [key, ...this.laddersIncluding(key)];
    if (model?.kind === 'Review') return this.reviewDependencies(model);
    return [key];
  }

  private semanticDiagnostics(
    uri: string,
    analyzed: AnalyzedFile,
    options: { errorsOnly?: boolean } = {},
  ): LadderDiagnostic[] {
    const model = analyzed.model;
    if (!model) return [];
    if (model.kind === 'Ladder') {
      const context = this.ladderContext(uri);
      return context ? checkLadder(context) : [];
    }
    if (model.kind === 'Competencies') {
      const contexts = this.laddersIncluding(uri)
        .map((ladderUri) => this.ladderContext(ladderUri))
        .filter((c): c is LadderContext => c !== undefined);
      return checkCatalogue(model, contexts);
    }
    if (model.kind === 'Review') return this.reviewDiagnostics(model);
    const { context, problem, uri: ladderUri } = this.assessmentLadder(model);
    const result = checkAssessment(model, context, analyzed.text, this.now(), options);
    if (problem) result.push(problem);
    else if (ladderUri && model.ladder && this.hasErrors(ladderUri)) {
      result.push({
        span: model.ladder.span,
        severity: 'warning',
        code: 'ladder-has-errors',
        message: l10n.t(
          'The ladder {0} has errors; this assessment is checked against what could be read of it.',
          displayName(ladderUri, uri),
        ),
      });
    }
    return result;
  }

  private hasErrors(uri: string): boolean {
    return this.diagnostics(uri).some((d) => d.severity === 'error');
  }

  /** Known ladders whose include list names `catalogueUri`. */
  laddersIncluding(catalogueUri: string): string[] {
    return [...(this.referenceIndex('include').get(normalizeUri(catalogueUri)) ?? [])];
  }

  /** Known assessments whose `ladder:` names `ladderUri`. */
  assessmentsOf(ladderUri: string): string[] {
    return [...(this.referenceIndex('ladder').get(normalizeUri(ladderUri)) ?? [])];
  }

  /**
   * The known ladders by the files they include (`include`), or the known assessments by the ladder they
   * name (`ladder`); made once per generation, so that asking for each of many files costs one pass.
   */
  private referenceIndex(reference: 'include' | 'ladder'): ReferenceIndex {
    const cached = this.references.get(reference);
    if (!this.staleReads && cached?.generation === this.generation) return cached.index;
    const index: ReferenceIndex = new Map();
    const add = (target: string | undefined, uri: string) => {
      if (!target) return;
      const list = index.get(target);
      if (list) list.push(uri);
      else index.set(target, [uri]);
    };
    if (reference === 'include') {
      for (const uri of this.filesOfKind('Ladder'))
        for (const target of includeTargets(this.ladder(uri)!).set) add(target, uri);
    } else {
      for (const uri of this.filesOfKind('SelfAssessment')) {
        const ladder = this.assessment(uri)!.ladder;
        if (ladder) add(resolveReference(uri, ladder.value), uri);
      }
    }
    if (!this.staleReads) this.references.set(reference, { generation: this.generation, index });
    return index;
  }

  filesOfKind(kind: FileKind): string[] {
    const cached = this.kindLists.get(kind);
    if (!this.staleReads && cached?.generation === this.generation) return [...cached.uris];
    const uris = new Set(this.known);
    for (const file of this.files.values()) if (file.open) uris.add(file.uri);
    const found = [...uris]
      .filter((uri) => this.mayBeOfKind(uri, kind) && this.file(uri).analyzed?.model?.kind === kind)
      .sort();
    if (!this.staleReads) this.kindLists.set(kind, { generation: this.generation, uris: found });
    return [...found];
  }

  /**
   * False when a file not analysed yet surely is of another kind: `ladder check` then leaves the
   * assessments a catalogue's checks do not need unparsed (the text is read, not parsed).
   */
  private mayBeOfKind(uri: string, kind: FileKind): boolean {
    if (this.files.has(uri) || this.isOutsideRoots(uri)) return true;
    let scanned = this.scannedKinds.get(uri);
    if (scanned === undefined) {
      const result = this.host.read(uri);
      scanned = ('text' in result && scanKind(uri, result.text)) || null;
      this.scannedKinds.set(uri, scanned);
    }
    return scanned === null || scanned === kind;
  }

  private isOutsideRoots(key: string): boolean {
    const roots = this.roots;
    return !!roots && roots.length > 0 && !roots.some((root) => isInside(key, root));
  }

  /** Files whose diagnostics may change when `uri` changes (not including `uri` itself). */
  dependents(uri: string): string[] {
    const key = normalizeUri(uri);
    const including = this.referenceIndex('include').get(key) ?? [];
    const naming = this.referenceIndex('ladder');
    const result = new Set<string>();
    const kind = this.kindOf(key);
    const ladders = kind === 'Competencies' ? including : kind === 'Ladder' ? [key] : [];
    for (const ladderUri of ladders) {
      if (ladderUri !== key) result.add(ladderUri);
      for (const assessment of naming.get(ladderUri) ?? []) {
        result.add(assessment);
        for (const review of this.reviewsOf(assessment)) result.add(review);
      }
      const ladder = this.ladder(ladderUri);
      for (const included of ladder ? includeTargets(ladder).set : []) {
        if (included !== key && this.known.has(included)) result.add(included);
      }
    }
    // A review's duplicate-reviewer warnings depend on the other reviews of what it reviews, and of what it reviewed before.
    if (kind === 'Review') {
      this.reviewsOf(key); // brings reviewTargets up to date
      for (const target of this.reviewTargets.get(key) ?? [])
        for (const review of this.reviewsOf(target)) if (review !== key) result.add(review);
    }
    // Files that refer to this one by path, also while it is missing or of another kind.
    for (const other of including) if (other !== key) result.add(other);
    for (const other of naming.get(key) ?? []) if (other !== key) result.add(other);
    for (const review of this.reviewsOf(key)) if (review !== key) result.add(review);
    return [...result].sort();
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
        ? scoreAssessment(scored, context, { ...options, today: options.today ?? this.now() })
        : undefined;
    return { report, context, assessment, errors };
  }

  /** An assessment, its ladder, and the error diagnostics of the assessment and of its ladder files. */
  scoringInputs(uri: string): Omit<ScoreOutcome, 'report'> {
    const key = normalizeUri(uri);
    const errors = new Map<string, LadderDiagnostic[]>();
    const collect = (fileUri: string) => {
      const found = this.diagnostics(fileUri).filter((d) => d.severity === 'error');
      if (found.length > 0) errors.set(fileUri, found);
    };
    const assessment = this.assessment(key);
    collect(key);
    if (!assessment) return { context: undefined, assessment: undefined, errors };
    const { context, uri: ladderUri } = this.assessmentLadder(assessment);
    // A ladder that could not be read at all (too large, binary, not a mapping) has no context but has errors.
    if (ladderUri && (context || this.file(ladderUri).analyzed?.kind === 'Ladder')) collect(ladderUri);
    for (const include of context?.includes ?? [])
      if (include.uri && this.file(include.uri).analyzed) collect(include.uri);
    return { context, assessment, errors };
  }

  /** "Today" by the workspace's clock. */
  today(): Date {
    return this.now();
  }

  review(uri: string): Review | undefined {
    const model = this.file(uri).analyzed?.model;
    return model?.kind === 'Review' ? model : undefined;
  }

  /** The self-assessment a review names, resolved with its ladder, or why not. */
  reviewedAssessment(review: Review): ReviewedAssessment {
    const ref = review.assessment;
    if (!ref) return {};
    const uri = resolveReference(review.uri, ref.value);
    const notFound = (message: string): ReviewedAssessment => ({
      ...(uri ? { uri } : {}),
      problem: { span: ref.span, severity: 'error', code: 'assessment-not-found', message },
    });
    if (!uri) return notFound(l10n.t("Cannot resolve assessment path '{0}'.", ref.value));
    const wrongKind = (message: string): ReviewedAssessment => ({
      uri,
      problem: { span: ref.span, severity: 'error', code: 'assessment-wrong-kind', message },
    });
    if (uri === normalizeUri(review.uri))
      return wrongKind(l10n.t('A review cannot review itself: name the self-assessment it reviews.'));
    const file = this.file(uri);
    if (file.failure) return notFound(l10n.t("Cannot read assessment '{0}': {1}.", ref.value, file.failure.message));
    const kind = file.analyzed?.kind;
    if (kind !== 'SelfAssessment') {
      const hint = kind === 'Review' ? ` ${l10n.t('A review reviews a self-assessment, not another review.')}` : '';
      return wrongKind(`${l10n.t("'{0}' is {1}, not a SelfAssessment.", ref.value, kindPhrase(kind))}${hint}`);
    }
    const assessment = this.assessment(uri);
    // Named like an assessment but unreadable as one (binary, too large, an alias bomb): its own errors say why.
    if (!assessment) return { uri };
    const { context, uri: ladderUri } = this.assessmentLadder(assessment);
    return { uri, assessment, ...(context ? { context } : {}), ...(ladderUri ? { ladderUri } : {}) };
  }

  /**
   * Known reviews whose `assessment:` names `assessmentUri`, ordered by their path relative to the
   * assessment's folder.
   */
  reviewsOf(assessmentUri: string): string[] {
    const key = normalizeUri(assessmentUri);
    if (
      !this.reviewIndex ||
      this.reviewIndex.generation !== this.generation ||
      this.reviewIndex.stale !== this.staleReads
    )
      this.buildReviewIndex();
    return this.reviewIndex!.byAssessment.get(key) ?? [];
  }

  private buildReviewIndex(): void {
    const byAssessment = new Map<string, string[]>();
    for (const reviewUri of this.filesOfKind('Review')) {
      const ref = this.review(reviewUri)!.assessment;
      const target = ref && resolveReference(reviewUri, ref.value);
      if (!target || target === reviewUri) continue;
      const list = byAssessment.get(target) ?? [];
      list.push(reviewUri);
      byAssessment.set(target, list);
      const targets = this.reviewTargets.get(reviewUri) ?? [];
      if (targets[targets.length - 1] !== target) this.reviewTargets.set(reviewUri, [...targets.slice(-1), target]);
    }
    for (const [assessmentUri, reviews] of byAssessment) {
      const paths = new Map(reviews.map((uri) => [uri, relativeReference(assessmentUri, uri)]));
      reviews.sort((a, b) => (paths.get(a)! < paths.get(b)! ? -1 : paths.get(a)! > paths.get(b)! ? 1 : 0));
    }
    this.reviewIndex = { generation: this.generation, stale: this.staleReads, byAssessment };
  }

  /** The files a review's diagnostics depend on: itself, the assessment, its ladder files and the assessment's other reviews. */
  private reviewDependencies(review: Review): (string | undefined)[] {
    const key = normalizeUri(review.uri);
    const assessmentUri = review.assessment && resolveReference(key, review.assessment.value);
    const assessment = assessmentUri && assessmentUri !== key ? this.assessment(assessmentUri) : undefined;
    const ladderUri =
      assessment?.ladder && assessmentUri ? resolveReference(assessmentUri, assessment.ladder.value) : undefined;
    const ladder = ladderUri ? this.ladder(ladderUri) : undefined;
    const includes = ladder && ladderUri ? ladder.includes.map((ref) => resolveReference(ladderUri, ref.value)) : [];
    const reviews = assessmentUri ? this.reviewsOf(assessmentUri) : [];
    return [key, assessmentUri, ladderUri, ...includes, ...reviews];
  }

  private reviewDiagnostics(review: Review): LadderDiagnostic[] {
    const key = normalizeUri(review.uri);
    const reviewed = this.reviewedAssessment(review);
    const reviewer = review.reviewer && reviewerKey(review.reviewer.value);
    const sameReviewer =
      reviewed.uri && reviewer
        ? this.reviewsOf(reviewed.uri)
            .filter((other) => {
              const name = other !== key ? this.review(other)?.reviewer?.value : undefined;
              return name !== undefined && reviewerKey(name) === reviewer;
            })
            .map((other) => displayName(other, key))
        : [];
    const result = checkReview(review, { context: reviewed.context, sameReviewer }, this.now());
    if (reviewed.problem) result.push(reviewed.problem);
    else if (
      reviewed.uri &&
      review.assessment &&
      (this.hasErrors(reviewed.uri) || (reviewed.ladderUri !== undefined && this.hasErrors(reviewed.ladderUri)))
    ) {
      result.push({
        span: review.assessment.span,
        severity: 'warning',
        code: 'assessment-has-errors',
        message: l10n.t(
          'The assessment {0} or its ladder has errors; this review is checked against what could be read of them.',
          displayName(reviewed.uri, key),
        ),
      });
    }
    return result;
  }
}
