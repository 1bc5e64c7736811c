import type { Span } from '../types';
import { normalizeUri } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { idPlaces, symbolAt } from './idReferences';

/** A place in the file where the id under the cursor is written: where it is defined (`write`) or named (`read`). */
export interface Highlight {
  span: Span;
  kind: 'read' | 'write';
}

/** The places of `uri` that write the id at `offset`, in offset order. */
export function documentHighlights(workspace: Workspace, uri: string, offset: number): Highlight[] {
  const found = symbolAt(workspace, uri, offset);
  if ('problem' in found) return [];
  const key = normalizeUri(uri);
  return idPlaces(workspace, found.symbol, key).map((occurrence) => ({
    span: occurrence.span,
    kind: occurrence.definition ? ('write' as const) : ('read' as const),
  }));
}
