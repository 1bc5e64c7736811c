import { checkAssessment } from '../check/checkAssessment';
import { checkCatalogue } from '../check/checkCatalogue';
import { checkLadder } from '../check/checkLadder';
import { todayDay } from '../model/dates';
import { analyzeFile, withoutDocument, type AnalyzedFile } from '../model/analyzeFile';
import { reanalyze } from '../model/reanalyze';
import type { Assessment, Ladder, Ref, ScaleId } from '../model/types';
import { DEFAULT_MAX_FILE_CHARS } from '../parse/parseYaml';
import { scoreAssessment, type ScoreOptions } from '../score/scoreAssessment';
import type { ScoreReport } from '../score/types';
import { withRatingOverrides } from '../score/whatIf';
import type { FileKind, LadderDiagnostic } from '../types';
import type { FileHost, ReadFailureReason } from './host';
import { scanKind } from './kindScan';
import { buildLadderContext, currentId, type LadderContext, type ResolvedInclude } from './ladderContext';
import { displayName, isInside, normalizeUri, resolveReference } from './paths';

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

type Cached<T> = { signature: string; value: T };

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
  /** While set, `file()` answers an open document with a pending text from its last analysis. */
  private staleReads = false;

  private roots: readonly string[] | undefined;

  constructor(private readonly host: FileHost, private readonly options: WorkspaceOptions = {}) {
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
    const existing = this.files.get(key);
    // The last completed analysis of the open document is kept until the new text is analysed (see
    // `latestAnalysis`); one read from disk has no Document, and answering from it would mean a parse.
    const previous = existing?.open && existing.analyzed ? existing : existing?.previous;
    this.files.set(key, { uri: key, stamp: ++this.clock, open: true, pendingText: text, ...(previous ? { previous } : {}) });
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
    this.known.delete(key);
    if (!this.files.get(key)?.open) this.forget(key);
  }

  /** A file found by scanning the workspace folders; read when first needed. */
  addKnownFile(uri: string): void {
    this.known.add(normalizeUri(uri));
  }

  knownFiles(): string[] {
    return [...this.known].sort();
  }

  private forget(key: string): void {
    this.files.delete(key);
    this.scannedKinds.delete(key);
    this.clock++;
  }

  private parseOptions() {
    return { maxFileChars: this.options.maxFileChars ?? DEFAULT_MAX_FILE_CHARS };
  }

  /** The file at `uri`, from the editor or read from disk once. */
  file(uri: string): WorkspaceFile {
    const key = normalizeUri(uri);
    const existing = this.files.get(key);
    if (existing?.pendingText !== undefined) {
      if (this.staleReads && existing.previous) return existing.previous;
      // An edit re-parses only the list items or top-level entries it touches (see `reanalyze`).
      const before = existing.previous?.analyzed;
      const analyzed = (before && reanalyze(before, existing.pendingText, this.parseOptions())) || analyzeFile(key, existing.pendingText, this.parseOptions());
      const ready = { uri: key, stamp: existing.stamp, open: true, analyzed };
      this.files.set(key, ready);
      return ready;
    }
    if (existing) return existing;
    let loaded: WorkspaceFile;
    if (this.isOutsideRoots(key)) {
      loaded = { uri: key, stamp: ++this.clock, open: false, failure: { reason: 'outside-workspace', message: 'it is outside the workspace folders' } };
    } else {
      const result = this.host.read(key);
      loaded = 'text' in result
        ? { uri: key, stamp: ++this.clock, open: false, analyzed: withoutDocument(analyzeFile(key, result.text, this.parseOptions()), this.parseOptions()) }
        : { uri: key, stamp: ++this.clock, open: false, failure: { reason: result.failure, message: result.message } };
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
    const includeUris = ladder.includes.map((ref) => resolveReference(key, ref.value));
    const signature = this.signature([key, ...includeUris]);
    const cached = this.contexts.get(key);
    if (cached && cached.signature === signature) return cached.value;
    const diagnostics: LadderDiagnostic[] = [];
    const includes: ResolvedInclude[] = ladder.includes.map((ref, index) => this.resolveInclude(key, ref, includeUris[index], includeUris.slice(0, index), diagnostics));
    const context = buildLadderContext(ladder, includes, diagnostics);
    this.contexts.set(key, { signature, value: context });
    return context;
  }

  private resolveInclude(ladderUri: string, ref: Ref, uri: string | undefined, earlier: (string | undefined)[], diagnostics: LadderDiagnostic[]): ResolvedInclude {
    const resolved: ResolvedInclude = { written: ref.value, span: ref.span, uri, competencies: [] };
    if (!uri) {
      diagnostics.push({ span: ref.span, severity: 'error', code: 'include-not-found', message: `Cannot resolve include '${ref.value}'.` });
      return resolved;
    }
    if (uri === ladderUri) {
      diagnostics.push({ span: ref.span, severity: 'error', code: 'include-cycle', message: 'A ladder cannot include itself.' });
      return resolved;
    }
    if (earlier.includes(uri)) {
      diagnostics.push({ span: ref.span, severity: 'warning', code: 'include-duplicate', message: `'${ref.value}' is already included above.` });
      return resolved;
    }
    const file = this.file(uri);
    if (file.failure) {
      diagnostics.push({ span: ref.span, severity: 'error', code: 'include-not-found', message: `Cannot include '${ref.value}': ${file.failure.message}.` });
      return resolved;
    }
    const model = file.analyzed?.model;
    if (file.analyzed?.kind !== 'Competencies') {
      const kind = file.analyzed?.kind;
      diagnostics.push({ span: ref.span, severity: 'error', code: kind === 'Ladder' && this.includes(uri, ladderUri) ? 'include-cycle' : 'include-wrong-kind', message: `'${ref.value}' is ${kind ? `a ${kind} file` : 'not a ladder file'}; include takes Competencies files.` });
      return resolved;
    }
    if (file.analyzed.diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ span: ref.span, severity: 'warning', code: 'include-has-errors', message: `'${ref.value}' has errors; competencies it defines may be missing.` });
    }
    // Named like a catalogue but unreadable as one (binary, too large, an alias bomb): nothing to include.
    return { ...resolved, competencies: model?.kind === 'Competencies' ? model.competencies : [] };
  }

  private includes(fromUri: string, targetUri: string): boolean {
    const ladder = this.ladder(fromUri);
    return !!ladder?.includes.some((ref) => resolveReference(fromUri, ref.value) === targetUri);
  }

  private signature(uris: (string | undefined)[]): string {
    return uris.map((uri) => (uri ? `${uri}@${this.file(uri).stamp}` : '-')).join('|');
  }

  /** The ladder an assessment names, resolved, or why not. */
  assessmentLadder(assessment: Assessment): { uri?: string; context?: LadderContext; problem?: LadderDiagnostic } {
    const ref = assessment.ladder;
    if (!ref) return {};
    const uri = resolveReference(assessment.uri, ref.value);
    if (!uri) return { problem: { span: ref.span, severity: 'error', code: 'ladder-not-found', message: `Cannot resolve ladder path '${ref.value}'.` } };
    const file = this.file(uri);
    if (file.failure) {
      return { uri, problem: { span: ref.span, severity: 'error', code: 'ladder-not-found', message: `Cannot read ladder '${ref.value}': ${file.failure.message}.` } };
    }
    if (file.analyzed?.kind !== 'Ladder') {
      const kind = file.analyzed?.kind;
      return { uri, problem: { span: ref.span, severity: 'error', code: 'ladder-wrong-kind', message: `'${ref.value}' is ${kind ? `a ${kind} file` : 'not a ladder file'}, not a Ladder.` } };
    }
    return { uri, context: this.ladderContext(uri) };
  }

  /** Every diagnostic of a file: syntax, schema and the cross-file semantic checks. */
  diagnostics(uri: string): LadderDiagnostic[] {
    const key = normalizeUri(uri);
    const file = this.file(key);
    const analyzed = file.analyzed;
    if (!analyzed) return [];
    const model = analyzed.model;
    const today = todayDay(this.now());
    let dependencies: (string | undefined)[] = [key];
    if (model?.kind === 'Ladder') dependencies = [key, ...model.includes.map((ref) => resolveReference(key, ref.value))];
    if (model?.kind === 'SelfAssessment') {
      const ladderUri = model.ladder && resolveReference(key, model.ladder.value);
      const ladder = ladderUri ? this.ladder(ladderUri) : undefined;
      dependencies = [key, ladderUri, ...(ladder && ladderUri ? ladder.includes.map((ref) => resolveReference(ladderUri, ref.value)) : [])];
    }
    if (model?.kind === 'Competencies') dependencies = [key, ...this.laddersIncluding(key)];
    const signature = `${today}|${this.signature(dependencies)}`;
    const cached = this.diagnosticCache.get(key);
    if (cached && cached.signature === signature) return cached.value;

    const result = [...analyzed.diagnostics, ...this.semanticDiagnostics(key, analyzed)];
    result.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
    this.diagnosticCache.set(key, { signature, value: result });
    return result;
  }

  private semanticDiagnostics(uri: string, analyzed: AnalyzedFile): LadderDiagnostic[] {
    const model = analyzed.model;
    if (!model) return [];
    if (model.kind === 'Ladder') {
      const context = this.ladderContext(uri);
      return context ? checkLadder(context) : [];
    }
    if (model.kind === 'Competencies') {
      const contexts = this.laddersIncluding(uri).map((ladderUri) => this.ladderContext(ladderUri)).filter((c): c is LadderContext => c !== undefined);
      return checkCatalogue(model, contexts);
    }
    const { context, problem, uri: ladderUri } = this.assessmentLadder(model);
    const result = checkAssessment(model, context, analyzed.text, this.now());
    if (problem) result.push(problem);
    else if (ladderUri && model.ladder && this.hasErrors(ladderUri)) {
      result.push({ span: model.ladder.span, severity: 'warning', code: 'ladder-has-errors', message: `The ladder ${displayName(ladderUri, uri)} has errors; this assessment is checked against what could be read of it.` });
    }
    return result;
  }

  private hasErrors(uri: string): boolean {
    return this.diagnostics(uri).some((d) => d.severity === 'error');
  }

  /** Known ladders whose include list names `catalogueUri`. */
  laddersIncluding(catalogueUri: string): string[] {
    const key = normalizeUri(catalogueUri);
    return this.filesOfKind('Ladder').filter((ladderUri) => this.ladder(ladderUri)!.includes.some((ref) => resolveReference(ladderUri, ref.value) === key));
  }

  /** Known assessments whose `ladder:` names `ladderUri`. */
  assessmentsOf(ladderUri: string): string[] {
    const key = normalizeUri(ladderUri);
    return this.filesOfKind('SelfAssessment').filter((uri) => {
      const ladder = this.assessment(uri)!.ladder;
      return ladder !== undefined && resolveReference(uri, ladder.value) === key;
    });
  }

  filesOfKind(kind: FileKind): string[] {
    const uris = new Set([...this.known, ...[...this.files.values()].filter((f) => f.open).map((f) => f.uri)]);
    return [...uris].filter((uri) => this.mayBeOfKind(uri, kind) && this.file(uri).analyzed?.model?.kind === kind).sort();
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
    const result = new Set<string>();
    const kind = this.kindOf(key);
    const ladders = kind === 'Competencies' ? this.laddersIncluding(key) : kind === 'Ladder' ? [key] : [];
    for (const ladderUri of ladders) {
      if (ladderUri !== key) result.add(ladderUri);
      for (const assessment of this.assessmentsOf(ladderUri)) result.add(assessment);
      for (const ref of this.ladder(ladderUri)?.includes ?? []) {
        const included = resolveReference(ladderUri, ref.value);
        if (included && included !== key && this.known.has(included)) result.add(included);
      }
    }
    // Files that referred to this one by path while it was missing or of another kind.
    for (const other of this.known) {
      if (other === key || result.has(other)) continue;
      const model = this.file(other).analyzed?.model;
      if (model?.kind === 'SelfAssessment' && model.ladder && resolveReference(other, model.ladder.value) === key) result.add(other);
      if (model?.kind === 'Ladder' && model.includes.some((ref) => resolveReference(other, ref.value) === key)) result.add(other);
    }
    return [...result].sort();
  }

  /** Scores an assessment; `errors` lists the error diagnostics of the assessment and of its ladder files. */
  score(uri: string, options: ScoreOptions = {}, overrides?: Readonly<Record<string, ScaleId | null>>): ScoreOutcome {
    const key = normalizeUri(uri);
    const errors = new Map<string, LadderDiagnostic[]>();
    const collect = (fileUri: string) => {
      const found = this.diagnostics(fileUri).filter((d) => d.severity === 'error');
      if (found.length > 0) errors.set(fileUri, found);
    };
    const assessment = this.assessment(key);
    collect(key);
    if (!assessment) return { report: undefined, context: undefined, assessment: undefined, errors };
    const { context, uri: ladderUri } = this.assessmentLadder(assessment);
    // A ladder that could not be read at all (too large, binary, not a mapping) has no context but has errors.
    if (ladderUri && (context || this.file(ladderUri).analyzed?.kind === 'Ladder')) collect(ladderUri);
    for (const include of context?.includes ?? []) if (include.uri && this.file(include.uri).analyzed) collect(include.uri);
    const scored = overrides && context ? withRatingOverrides(assessment, overrides, (id) => currentId(context, 'competency', id)) : assessment;
    const report = context ? scoreAssessment(scored, context, { ...options, today: options.today ?? this.now() }) : undefined;
    return { report, context, assessment, errors };
  }
}
