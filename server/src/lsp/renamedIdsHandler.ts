import * as l10n from '@vscode/l10n';
import type { ChangeAnnotation, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { formatNumber, type LadderService } from '../core';
import { lineMapOf, toRange } from './positions';
import type { UriMap } from './uriMap';

/**
 * The edits that replace every former id in the workspace by the current one, as one WorkspaceEdit: a
 * document edit per file (versioned when the editor holds the file open, so an edit made on an older
 * text is refused), each edit annotated with its rename and marked as needing confirmation, so that the
 * editor shows them for preview before applying anything.
 */
export function renamedIdsWorkspaceEdit(
  service: LadderService,
  uris: UriMap,
  versionOf: (clientUri: string) => number | undefined,
): WorkspaceEdit {
  const changeAnnotations: Record<string, ChangeAnnotation> = {};
  const counts = new Map<string, number>();
  const documentChanges: TextDocumentEdit[] = [];
  for (const file of service.renamedIdEdits()) {
    const analyzed = service.workspace.file(file.uri).analyzed;
    if (!analyzed) continue;
    const map = lineMapOf(analyzed);
    const clientUri = uris.toClient(file.uri);
    const edits = file.edits.map((edit) => {
      const annotationId = `${edit.former} -> ${edit.current}`;
      counts.set(annotationId, (counts.get(annotationId) ?? 0) + 1);
      changeAnnotations[annotationId] ??= {
        label: l10n.t("Rename '{0}' to '{1}'", edit.former, edit.current),
        needsConfirmation: true,
      };
      return { range: toRange(map, edit.span), newText: edit.current, annotationId };
    });
    documentChanges.push({ textDocument: { uri: clientUri, version: versionOf(clientUri) ?? null }, edits });
  }
  for (const [id, count] of counts)
    changeAnnotations[id]!.description =
      count === 1
        ? l10n.t('1 reference to the former id')
        : l10n.t('{0} references to the former id', formatNumber(count));
  return { documentChanges, changeAnnotations };
}
