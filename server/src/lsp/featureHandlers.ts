import {
  CodeActionKind, CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, SymbolKind,
  type CodeAction, type CompletionItem, type DocumentSymbol, type Hover, type LocationLink, type Range,
} from 'vscode-languageserver-protocol';
import { codeActions } from '../core/features/codeActions';
import { complete, type CompletionEntry } from '../core/features/completion';
import { definition } from '../core/features/definition';
import { hover } from '../core/features/hover';
import { documentSymbols, type SymbolEntry } from '../core/features/symbols';
import type { Workspace } from '../core/workspace/workspace';
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

/** The LSP feature handlers: each converts positions at the edge and hands off to the core. */
export class FeatureHandlers {
  constructor(private readonly workspace: Workspace, private readonly uris: UriMap) {}

  private located(uri: string) {
    const analyzed = this.workspace.file(uri).analyzed;
    return analyzed ? { analyzed, map: lineMapOf(analyzed) } : undefined;
  }

  completion(uri: string, position: Position): CompletionItem[] {
    const file = this.located(uri);
    if (!file) return [];
    return complete(this.workspace, uri, toOffset(file.map, position)).map((entry, index) => ({
      label: entry.label,
      kind: COMPLETION_KINDS[entry.kind],
      ...(entry.detail !== undefined ? { detail: entry.detail } : {}),
      ...(entry.documentation !== undefined ? { documentation: { kind: MarkupKind.Markdown, value: entry.documentation } } : {}),
      textEdit: { range: toRange(file.map, entry.replace), newText: entry.insertText },
      insertTextFormat: entry.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      // Multi-line entries carry their own indentation; the editor must not indent them again.
      insertTextMode: InsertTextMode.asIs,
      sortText: entry.sortText ?? String(index).padStart(5, '0'),
      ...(entry.filterText !== undefined ? { filterText: entry.filterText } : {}),
    }));
  }

  hover(uri: string, position: Position): Hover | null {
    const file = this.located(uri);
    if (!file) return null;
    const found = hover(this.workspace, uri, toOffset(file.map, position));
    return found ? { contents: { kind: MarkupKind.Markdown, value: found.markdown }, range: toRange(file.map, found.span) } : null;
  }

  definition(uri: string, position: Position): LocationLink[] {
    const file = this.located(uri);
    if (!file) return [];
    return definition(this.workspace, uri, toOffset(file.map, position)).flatMap((target) => {
      const targetFile = this.located(target.uri);
      if (!targetFile) return [];
      const range = toRange(targetFile.map, target.span);
      return [{ originSelectionRange: toRange(file.map, target.originSpan), targetUri: this.uris.toClient(target.uri), targetRange: range, targetSelectionRange: range }];
    });
  }

  symbols(uri: string): DocumentSymbol[] {
    const file = this.located(uri);
    if (!file) return [];
    const convert = (entry: SymbolEntry): DocumentSymbol => ({
      name: entry.name || ' ',
      ...(entry.detail !== undefined ? { detail: entry.detail } : {}),
      kind: SYMBOL_KINDS[entry.kind],
      range: toRange(file.map, entry.span),
      selectionRange: toRange(file.map, entry.selectionSpan),
      children: entry.children.map(convert),
    });
    return documentSymbols(this.workspace, uri).map(convert);
  }

  codeActions(uri: string, range: Range): CodeAction[] {
    const file = this.located(uri);
    if (!file) return [];
    const span = { start: toOffset(file.map, range.start), end: toOffset(file.map, range.end) };
    return codeActions(this.workspace, uri, span).map((action) => ({
      title: action.title,
      kind: CodeActionKind.QuickFix,
      ...(action.diagnostic ? { diagnostics: [toLspDiagnostic(file.map, action.diagnostic)] } : {}),
      ...(action.preferred ? { isPreferred: true } : {}),
      edit: { changes: { [this.uris.toClient(uri)]: action.edits.map((edit) => ({ range: toRange(file.map, edit.span), newText: edit.newText })) } },
    }));
  }
}
