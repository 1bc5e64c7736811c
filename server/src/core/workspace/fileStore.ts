// The files of a workspace: open documents over the file host, read and analysed lazily, the known files,
// and the stamps and generation that every cache of the workspace compares.
import * as l10n from '@vscode/l10n';
import { analyzeFile, withoutDocument, type AnalyzedFile } from '../model/analyzeFile';
import { reanalyze } from '../model/reanalyze';
import type { Assessment, Ladder, Review } from '../model/types';
import { DEFAULT_MAX_FILE_CHARS } from '../parse/parseYaml';
import type { FileKind } from '../types';
import type { FileHost, ReadFailureReason } from './host';
import { scanKind } from './kindScan';
import { isInside, normalizeUri } from './paths';

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

export class FileStore {
  private readonly files = new Map<string, WorkspaceFile & { pendingText?: string; previous?: WorkspaceFile }>();
  private readonly known = new Set<string>();
  /** For files not analysed yet: the kind their text shows without a parse (see `scanKind`), or null. */
  private readonly scannedKinds = new Map<string, FileKind | null>();
  private clock = 0;
  private currentGeneration = 0;
  private readingStale = false;
  /** The workspace folders, normalized once. */
  private roots: readonly string[] | undefined;

  constructor(
    private readonly host: FileHost,
    private readonly options: WorkspaceOptions = {},
  ) {
    this.roots = options.roots?.map(normalizeUri);
  }

  /**
   * Bumped whenever the text of a file or the set of files may have changed (not when a file is first
   * read: its text was already what it is). Within one generation every cache that was found valid stays
   * valid, so a file's dependencies are compared once per change, not once per question.
   */
  get generation(): number {
    return this.currentGeneration;
  }

  /** While true, `file()` answers an open document with a pending text from its last analysis. */
  get staleReads(): boolean {
    return this.readingStale;
  }

  /** See `Workspace.setRoots`. */
  setRoots(roots: readonly string[]): void {
    this.roots = roots.map(normalizeUri);
    for (const [key, file] of this.files) if (!file.open) this.forget(key);
    this.clock++;
  }

  now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** See `Workspace.setOpenDocument`. */
  setOpenDocument(uri: string, text: string): void {
    const key = normalizeUri(uri);
    this.known.add(key);
    this.currentGeneration++;
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

  /** See `Workspace.latestAnalysis`. */
  latestAnalysis(uri: string): { analyzed?: AnalyzedFile; pendingText?: string } {
    const existing = this.files.get(normalizeUri(uri));
    if (!existing) return {};
    if (existing.pendingText === undefined) return existing.analyzed ? { analyzed: existing.analyzed } : {};
    const analyzed = existing.previous?.analyzed;
    return analyzed ? { analyzed, pendingText: existing.pendingText } : { pendingText: existing.pendingText };
  }

  stampOf(uri: string): number | undefined {
    return this.files.get(normalizeUri(uri))?.stamp;
  }

  /** See `Workspace.readingLastAnalyses`. */
  readingLastAnalyses<T>(read: () => T): T {
    const before = this.readingStale;
    this.readingStale = true;
    try {
      return read();
    } finally {
      this.readingStale = before;
    }
  }

  closeDocument(uri: string): void {
    this.forget(normalizeUri(uri));
  }

  fileChangedOnDisk(uri: string): void {
    const key = normalizeUri(uri);
    if (this.files.get(key)?.open) return;
    this.forget(key);
  }

  fileDeleted(uri: string): void {
    const key = normalizeUri(uri);
    if (this.known.delete(key)) this.currentGeneration++;
    if (!this.files.get(key)?.open) this.forget(key);
  }

  addKnownFile(uri: string): void {
    const key = normalizeUri(uri);
    if (this.known.has(key)) return;
    this.known.add(key);
    this.currentGeneration++;
  }

  knownFiles(): string[] {
    return [...this.known].sort();
  }

  /** Whether a normalized URI is a known file. */
  isKnown(key: string): boolean {
    return this.known.has(key);
  }

  /** The known files and the open documents, by normalized URI. */
  knownAndOpen(): Set<string> {
    const uris = new Set(this.known);
    for (const file of this.files.values()) if (file.open) uris.add(file.uri);
    return uris;
  }

  /**
   * Frees the analysis of a file read from disk, for a single pass that asks about each file once
   * (`ladder check` over thousands): if asked about again, the file is read and analysed again, with a new
   * stamp. Its text has not changed, so neither the generation nor any list of files does. An open
   * document keeps its analysis.
   */
  release(key: string): void {
    if (this.files.get(key)?.open === false) this.files.delete(key);
  }

  private forget(key: string): void {
    this.files.delete(key);
    this.scannedKinds.delete(key);
    this.clock++;
    this.currentGeneration++;
  }

  private parseOptions() {
    return { maxFileChars: this.options.maxFileChars ?? DEFAULT_MAX_FILE_CHARS };
  }

  /** The file at `uri`, from the editor or read from disk once. */
  file(uri: string): WorkspaceFile {
    return this.fileAt(normalizeUri(uri));
  }

  /** `file` for a URI spelled as `normalizeUri` spells it (as `resolveReference` answers). */
  fileAt(key: string): WorkspaceFile {
    const existing = this.files.get(key);
    if (existing?.pendingText !== undefined) {
      if (this.readingStale && existing.previous) return existing.previous;
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

  review(uri: string): Review | undefined {
    const model = this.file(uri).analyzed?.model;
    return model?.kind === 'Review' ? model : undefined;
  }

  /**
   * False when a file not analysed yet surely is of another kind: `ladder check` then leaves the
   * assessments a catalogue's checks do not need unparsed (the text is read, not parsed).
   */
  mayBeOfKind(uri: string, kind: FileKind): boolean {
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
}
