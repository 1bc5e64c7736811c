import {
  CodeActionKind,
  CompletionItemKind,
  type InlayHint,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
  type LocationLink,
  type Range,
  type SemanticTokens,
} from 'vscode-languageserver-protocol';
import {
  LineMap,
  newToOld,
  oldToNew,
  textDelta,
  type AnalyzedFile,
  type CompletionEntry,
  type LadderService,
  type Span,
  type SymbolEntry,
  type TextDelta,
  type Workspace,
} from '../core';
import { encodeSemanticTokens, toInlayHint } from './presentation';
import { lineMapOf, toLspDiagnostic, toOffset, toRange } from './positions';
import type { UriMap } from './uriMap';

type Position = { line: number; character: number };

const COMPLETION_KINDS: Record<CompletionEntry['kind'], CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  reference: CompletionItemKind.Reference,
  snippet: CompletionItemKind.Snippet,
  file: CompletionItemKind.File,
  enum: CompletionItemKind.EnumMember,
};

const SYMBOL_KINDS: Record<SymbolEntry['kind'], SymbolKind> = {
  file: SymbolKind.File,
  track: SymbolKind.Namespace,
  level: SymbolKind.Class,
  competency: SymbolKind.Field,
  requirement: SymbolKind.Event,
  metric: SymbolKind.Number,
  check: SymbolKind.Boolean,
  scale: SymbolKind.EnumMember,
  rating: SymbolKind.Property,
  section: SymbolKind.Module,
  key: SymbolKind.Key,
};

/**
 * Above this size (about 3,300 lines of a typical ladder, where a parse costs more than ~30 ms) a
 * request on a document with a newer pending text is answered from the document's last analysis
 * instead of analysing the new text on the spot; the debounced diagnostics job analyses it.
 */
export const SYNC_ANALYSIS_MAX_CHARS = 120_000;

/**
 * A file as a request sees it: the analysis the core features read, the line map of the text the
 * client sees, and the offset mapping between the two (the identity unless the analysis is older).
 */
interface Located {
  analyzed: AnalyzedFile;
  /** When the analysis is older than the client's text: that text and where it starts to differ. */
  newer?: { text: string; delta: TextDelta };
  /** Line map of the client's text. */
  map: LineMap;
  /** A client offset in the analysed text; undefined on a line changed since the analysis. */
  toAnalyzed(offset: number): number | undefined;
  /** A span of the analysed text in the client's text. */
  toClient(span: Span): Span;
}

const same = (offset: number) => offset;
const sameSpan = (span: Span) => span;

/**
 * The LSP feature handlers: each converts positions at the edge and hands off to the core.
 *
 * Requests never wait for the analysis of a big document the editor has just changed: while a newer
 * text of a document over `SYNC_ANALYSIS_MAX_CHARS` is pending, completion, hover, definition, symbols
 * and code actions read every pending document as of its last analysis, mapping offsets through the
 * one region that changed since (common prefix and suffix of the two texts). A position on a changed
 * line cannot be answered that way and gets an empty answer, except completion on the first changed
 * line (the one being typed), which reads that line from the current text and the structure above it
 * from the last analysis; elsewhere the answer is the one the last analysis gives, moved to the
 * current text. Smaller documents are analysed on the spot.
 */
export class FeatureHandlers {
  private stale: { analyzed: AnalyzedFile; text: string; delta: TextDelta; map: LineMap } | undefined;

  private readonly workspace: Workspace;

  constructor(
    private readonly service: LadderService,
    private readonly uris: UriMap,
  ) {
    this.workspace = service.workspace;
  }

  /** Whether a request on `uri` reads last analyses (see the class comment). */
  private readsLastAnalysis(uri: string): boolean {
    const latest = this.workspace.latestAnalysis(uri);
    return (
      latest.analyzed !== undefined &&
      latest.pendingText !== undefined &&
      latest.pendingText.length > SYNC_ANALYSIS_MAX_CHARS
    );
  }

  /** Runs a request on `uri` against the current analyses, or the last ones when the document is big and changed. */
  private run<T>(uri: string, request: () => T): T {
    return this.readsLastAnalysis(uri) ? this.workspace.readingLastAnalyses(request) : request();
  }

  private located(uri: string): Located | undefined {
    const latest = this.workspace.latestAnalysis(uri);
    const analyzed = this.workspace.file(uri).analyzed;
    if (!analyzed) return undefined;
    if (latest.pendingText === undefined || latest.analyzed !== analyzed)
      return { analyzed, map: lineMapOf(analyzed), toAnalyzed: same, toClient: sameSpan };
    // Reading the last analysis while a newer text is pending.
    const text = latest.pendingText;
    if (!this.stale || this.stale.analyzed !== analyzed || this.stale.text !== text) {
      this.stale = { analyzed, text, delta: textDelta(analyzed.text, text), map: new LineMap(text) };
    }
    const { delta, map } = this.stale;
    return {
      analyzed,
      map,
      newer: { text, delta },
      toAnalyzed: (offset) => newToOld(delta, offset),
      toClient: (span) => ({ start: oldToNew(delta, span.start), end: oldToNew(delta, span.end) }),
    };
  }

  completion(uri: string, position: Position): CompletionItem[] {
    return this.run(uri, () => this.completionNow(uri, position));
  }

  hover(uri: string, position: Position): Hover | null {
    return this.run(uri, () => this.hoverNow(uri, position));
  }

  definition(uri: string, position: Position): LocationLink[] {
    return this.run(uri, () => this.definitionNow(uri, position));
  }

  symbols(uri: string): DocumentSymbol[] {
    return this.run(uri, () => this.symbolsNow(uri));
  }

  codeActions(uri: string, range: Range): CodeAction[] {
    return this.run(uri, () => this.codeActionsNow(uri, range));
  }

  inlayHints(uri: string, range: Range): InlayHint[] {
    return this.run(uri, () => this.inlayHintsNow(uri, range));
  }

  /** The tokens of the whole document, or of `range`. */
  semanticTokens(uri: string, range?: Range): SemanticTokens {
    return this.run(uri, () => this.semanticTokensNow(uri, range));
  }

  /** The client's range in the analysed text, widened to the whole text where it falls on changed lines. */
  private analyzedSpan(file: Located, range: Range): Span {
    const start = file.toAnalyzed(toOffset(file.map, range.start)) ?? 0;
    const end = file.toAnalyzed(toOffset(file.map, range.end)) ?? file.analyzed.text.length;
    return { start, end: Math.max(start, end) };
  }

  /** A span of the analysed text in the client's text, unless it lies where the text changed since. */
  private unchangedSpan(file: Located, span: Span): Span | undefined {
    if (!file.newer) return span;
    const moved = file.toClient(span);
    return file.toAnalyzed(moved.start) === span.start && file.toAnalyzed(moved.end) === span.end ? moved : undefined;
  }

  private inlayHintsNow(uri: string, range: Range): InlayHint[] {
    const file = this.located(uri);
    if (!file) return [];
    return this.service.inlayHints(uri, this.analyzedSpan(file, range)).flatMap((hint) => {
      const at = this.unchangedSpan(file, { start: hint.offset, end: hint.offset });
      return at ? [toInlayHint(file.map.position(at.start), hint)] : [];
    });
  }

  private semanticTokensNow(uri: string, range: Range | undefined): SemanticTokens {
    const file = this.located(uri);
    if (!file) return { data: [] };
    const tokens = this.service.semanticTokens(uri, range ? this.analyzedSpan(file, range) : undefined);
    return encodeSemanticTokens(
      file.map,
      tokens.flatMap((token) => {
        const span = this.unchangedSpan(file, token.span);
        return span ? [{ ...token, span }] : [];
      }),
    );
  }

  private completionNow(uri: string, position: Position): CompletionItem[] {
    const file = this.located(uri);
    if (!file) return [];
    const clientOffset = toOffset(file.map, position);
    const offset = file.toAnalyzed(clientOffset);
    let entries: CompletionEntry[];
    let toClient = file.toClient;
    if (offset !== undefined) entries = this.service.complete(uri, offset);
    else if (file.newer && file.map.lineStart(position.line) === file.newer.delta.newLinesStart) {
      // Typing on a line of a big document: the line as typed, the structure above it from the analysis.
      entries = this.service.complete(uri, clientOffset, file.newer.text);
      toClient = sameSpan;
    } else return [];
    return entries.map((entry, index) => ({
      label: entry.label,
      kind: COMPLETION_KINDS[entry.kind],
      ...(entry.detail !== undefined ? { detail: entry.detail } : {}),
      ...(entry.documentation !== undefined
        ? { documentation: { kind: MarkupKind.Markdown, value: entry.documentation } }
        : {}),
      textEdit: { range: toRange(file.map, toClient(entry.replace)), newText: entry.insertText },
      insertTextFormat: entry.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      // Multi-line entries carry their own indentation; the editor must not indent them again.
      insertTextMode: InsertTextMode.asIs,
      sortText: entry.sortText ?? String(index).padStart(5, '0'),
      ...(entry.filterText !== undefined ? { filterText: entry.filterText } : {}),
    }));
  }

  private hoverNow(uri: string, position: Position): Hover | null {
    const file = this.located(uri);
    if (!file) return null;
    const offset = file.toAnalyzed(toOffset(file.map, position));
    if (offset === undefined) return null;
    const found = this.service.hover(uri, offset);
    return found
      ? {
          contents: { kind: MarkupKind.Markdown, value: found.markdown },
          range: toRange(file.map, file.toClient(found.span)),
        }
      : null;
  }

  private definitionNow(uri: string, position: Position): LocationLink[] {
    const file = this.located(uri);
    if (!file) return [];
    const offset = file.toAnalyzed(toOffset(file.map, position));
    if (offset === undefined) return [];
    return this.service.definition(uri, offset).flatMap((target) => {
      const targetFile = this.located(target.uri);
      if (!targetFile) return [];
      const range = toRange(targetFile.map, targetFile.toClient(target.span));
      return [
        {
          originSelectionRange: toRange(file.map, file.toClient(target.originSpan)),
          targetUri: this.uris.toClient(target.uri),
          targetRange: range,
          targetSelectionRange: range,
        },
      ];
    });
  }

  private symbolsNow(uri: string): DocumentSymbol[] {
    const file = this.located(uri);
    if (!file) return [];
    const convert = (entry: SymbolEntry): DocumentSymbol => ({
      name: entry.name || ' ',
      ...(entry.detail !== undefined ? { detail: entry.detail } : {}),
      kind: SYMBOL_KINDS[entry.kind],
      range: toRange(file.map, file.toClient(entry.span)),
      selectionRange: toRange(file.map, file.toClient(entry.selectionSpan)),
      children: entry.children.map(convert),
    });
    return this.service.symbols(uri).map(convert);
  }

  private codeActionsNow(uri: string, range: Range): CodeAction[] {
    const file = this.located(uri);
    if (!file) return [];
    const start = file.toAnalyzed(toOffset(file.map, range.start));
    const end = file.toAnalyzed(toOffset(file.map, range.end));
    if (start === undefined || end === undefined) return [];
    const stale = file.toClient !== sameSpan;
    return this.service.codeActions(uri, { start, end }).flatMap((action) => {
      // An edit computed on an older text is only safe away from what changed since.
      const unchanged = (span: Span) => {
        const moved = file.toClient(span);
        return file.toAnalyzed(moved.start) === span.start && file.toAnalyzed(moved.end) === span.end;
      };
      if (stale && !action.edits.every((edit) => unchanged(edit.span))) return [];
      return [
        {
          title: action.title,
          kind: CodeActionKind.QuickFix,
          ...(action.diagnostic
            ? {
                diagnostics: [
                  toLspDiagnostic(file.map, { ...action.diagnostic, span: file.toClient(action.diagnostic.span) }),
                ],
              }
            : {}),
          ...(action.preferred ? { isPreferred: true } : {}),
          edit: {
            changes: {
              [this.uris.toClient(uri)]: action.edits.map((edit) => ({
                range: toRange(file.map, file.toClient(edit.span)),
                newText: edit.newText,
              })),
            },
          },
        },
      ];
    });
  }
}
