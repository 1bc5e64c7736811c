import type { Span } from '../types';
import type { Workspace } from '../workspace/workspace';
import { idPlaces, symbolAt } from './idReferences';

/** A place an id is written. */
export interface ReferenceLocation {
  uri: string;
  span: Span;
}

/**
 * Every place the id at `offset` is written in the files of its ladders (references written as a former id
 * included), by file then offset; its definition too when `includeDefinition`.
 */
export function references(
  workspace: Workspace,
  uri: string,
  offset: number,
  includeDefinition = true,
): ReferenceLocation[] {
  const found = symbolAt(workspace, uri, offset);
  if ('problem' in found) return [];
  return idPlaces(workspace, found.symbol)
    .filter((occurrence) => includeDefinition || !occurrence.definition)
    .map(({ uri: fileUri, span }) => ({ uri: fileUri, span }));
}
