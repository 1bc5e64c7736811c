import * as l10n from '@vscode/l10n';
import {
  DocumentHighlightKind,
  LSPErrorCodes,
  ResponseError,
  type DocumentHighlight,
  type Location,
  type Range,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import type { LadderService, Span } from '../core';
import { SYNC_ANALYSIS_MAX_CHARS } from './featureHandlers';
import { lineMapOf, toOffset, toRange } from './positions';
import type { UriMap } from './uriMap';

type Position = { line: number; character: number };

/**
 * Rename, Find All References and document highlights on ids: positions converted at the edge, the work
 * done by the core. Rename and references, which the user asks for, read the current texts. A rename that is refused (no id under the cursor, an invalid or taken new id) is a
 * ResponseError whose message the editor shows.
 */
export class IdHandlers {
  constructor(
    private readonly service: LadderService,
    private readonly uris: UriMap,
    private readonly versionOf: (clientUri: string) => number | undefined,
  ) {}

  private offsetIn(uri: string, position: Position): number | undefined {
    const analyzed = this.service.workspace.file(uri).analyzed;
    return analyzed ? toOffset(lineMapOf(analyzed), position) : undefined;
  }

  private rangeIn(uri: string, span: Span): Range | undefined {
    const analyzed = this.service.workspace.file(uri).analyzed;
    return analyzed ? toRange(lineMapOf(analyzed), span) : undefined;
  }

  prepareRename(uri: string, position: Position): { range: Range; placeholder: string } {
    const offset = this.offsetIn(uri, position);
    const start = offset === undefined ? undefined : this.service.prepareRename(uri, offset);
    if (!start || 'problem' in start)
      throw new ResponseError(LSPErrorCodes.RequestFailed, start?.problem ?? l10n.t('This file cannot be read.'));
    return { range: this.rangeIn(uri, start.span)!, placeholder: start.placeholder };
  }

  rename(uri: string, position: Position, newName: string, recordFormerly: boolean): WorkspaceEdit {
    const offset = this.offsetIn(uri, position);
    const plan = offset === undefined ? undefined : this.service.rename(uri, offset, newName, { recordFormerly });
    if (!plan || 'problem' in plan)
      throw new ResponseError(LSPErrorCodes.RequestFailed, plan?.problem ?? l10n.t('This file cannot be read.'));
    const documentChanges: TextDocumentEdit[] = plan.files.flatMap((file) => {
      const clientUri = this.uris.toClient(file.uri);
      const edits = file.edits.flatMap((edit) => {
        const range = this.rangeIn(file.uri, edit.span);
        return range ? [{ range, newText: edit.newText }] : [];
      });
      // Versioned when the editor holds the file open, so that an edit made on an older text is refused.
      return [{ textDocument: { uri: clientUri, version: this.versionOf(clientUri) ?? null }, edits }];
    });
    return { documentChanges };
  }

  references(uri: string, position: Position, includeDeclaration: boolean): Location[] {
    const offset = this.offsetIn(uri, position);
    if (offset === undefined) return [];
    return this.service.references(uri, offset, includeDeclaration).flatMap((found) => {
      const range = this.rangeIn(found.uri, found.span);
      return range ? [{ uri: this.uris.toClient(found.uri), range }] : [];
    });
  }

  /**
   * Asked at every move of the cursor: a big document just changed is not analysed for it (see
   * FeatureHandlers); the highlights come back at the next move after its analysis.
   */
  highlights(uri: string, position: Position): DocumentHighlight[] {
    const pending = this.service.workspace.latestAnalysis(uri).pendingText;
    if (pending !== undefined && pending.length > SYNC_ANALYSIS_MAX_CHARS) return [];
    const offset = this.offsetIn(uri, position);
    if (offset === undefined) return [];
    return this.service.documentHighlights(uri, offset).map((found) => ({
      range: this.rangeIn(uri, found.span)!,
      kind: found.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
  }
}
