import type { Connection, InitializeResult, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LadderService } from '../core';
import type { FeatureHandlers } from './featureHandlers';
import { formatDocument } from './formatHandler';
import { SEMANTIC_TOKENS_LEGEND } from './presentation';
import type { SettingsCache } from './settings';
import type { UriMap } from './uriMap';

/** Formatting, inlay hints and semantic tokens, as the server announces them. */
export const PRESENTATION_CAPABILITIES: Partial<InitializeResult['capabilities']> = {
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
  inlayHintProvider: { resolveProvider: false },
  semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
};

interface PresentationSession {
  service: LadderService;
  uris: UriMap;
  features: FeatureHandlers;
  settings: SettingsCache;
}

/**
 * Wires Format Document and Format Selection (with `ladder.format.sortKeys`), inlay hints and
 * semantic tokens (each off when its setting says so) to the session `ready` returns.
 */
export function registerPresentationHandlers(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  ready: () => PresentationSession,
): void {
  connection.onDidChangeConfiguration(() => ready().settings.changed());
  connection.onDocumentFormatting(async ({ textDocument }) => {
    const session = ready();
    const { sortKeys } = await session.settings.get();
    const uri = session.uris.fromClient(textDocument.uri);
    return formatDocument(session.service, uri, documents.get(textDocument.uri), sortKeys);
  });
  connection.onDocumentRangeFormatting(async ({ textDocument, range }) => {
    const session = ready();
    const { sortKeys } = await session.settings.get();
    const uri = session.uris.fromClient(textDocument.uri);
    return formatDocument(session.service, uri, documents.get(textDocument.uri), sortKeys, range);
  });
  connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    const session = ready();
    if (!(await session.settings.get()).inlayHints) return [];
    return session.features.inlayHints(session.uris.fromClient(textDocument.uri), range);
  });
  connection.languages.semanticTokens.on(async ({ textDocument }) => {
    const session = ready();
    if (!(await session.settings.get()).semanticHighlighting) return { data: [] };
    return session.features.semanticTokens(session.uris.fromClient(textDocument.uri));
  });
  connection.languages.semanticTokens.onRange(async ({ textDocument, range }) => {
    const session = ready();
    if (!(await session.settings.get()).semanticHighlighting) return { data: [] };
    return session.features.semanticTokens(session.uris.fromClient(textDocument.uri), range);
  });
}
