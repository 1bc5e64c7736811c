import * as l10n from '@vscode/l10n';
import { yamlId, yamlScalar } from '../text/yamlText';
import type { Span, TextEdit } from '../types';
import { resolveId } from '../workspace/ladderContext';
import type { Workspace } from '../workspace/workspace';
import { formerlyEdit } from './formerlyEdit';
import { idPlaces, kindWord, laddersOf, symbolAt, type IdSymbol } from './idReferences';

/** Where a rename starts: the id under the cursor and the text to offer for editing. */
export type RenameStart = { span: Span; placeholder: string } | { problem: string };

export interface RenameOptions {
  /**
   * Also add the old id to the renamed item's `formerly` list (competencies, levels, tracks, checks, metrics and
   * requirements), so that files outside the workspace that still name it keep resolving.
   */
  recordFormerly?: boolean;
}

/** The edits of one file. */
export interface RenameFileEdits {
  uri: string;
  edits: TextEdit[];
}

/** The edits of a rename, file by file, or why the rename is refused. */
export type RenamePlan = { files: RenameFileEdits[] } | { problem: string };

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const INTEGER = /^(0|[1-9][0-9]*)$/;
const MAX_SCALE_ID_CHARS = 16;
const FORMERLY_KINDS: ReadonlySet<string> = new Set(['competency', 'level', 'track', 'check', 'metric', 'requirement']);

/** Where the id at `offset` can be renamed from, or why it cannot. */
export function prepareRename(workspace: Workspace, uri: string, offset: number): RenameStart {
  const found = symbolAt(workspace, uri, offset);
  if ('problem' in found) return found;
  return { span: found.span, placeholder: found.symbol.id };
}

/** Why `newId` cannot be the new id of `symbol`, or undefined when it can. */
function refusal(workspace: Workspace, symbol: IdSymbol, newId: string): string | undefined {
  const word = kindWord(symbol.kind);
  if (symbol.kind === 'scale') {
    if (newId.length === 0 || newId.length > MAX_SCALE_ID_CHARS || newId.trim() !== newId || /[\r\n]/.test(newId))
      return l10n.t(
        "'{0}' is not a valid scale id: a scale id is an integer or a text of 1 to {1} characters without surrounding spaces.",
        newId,
        MAX_SCALE_ID_CHARS,
      );
  } else if (!SLUG.test(newId)) {
    return l10n.t(
      "'{0}' is not a valid id: ids are lower-case letters, digits and hyphens, starting with a letter or a digit ({1}).",
      newId,
      SLUG.source,
    );
  }
  if (symbol.kind === 'ladder' || symbol.kind === 'catalogue') return undefined;
  for (const ladderUri of laddersOf(workspace, symbol)) {
    const context = workspace.ladderContext(ladderUri);
    if (!context) continue;
    if (symbol.kind === 'scale') {
      if (context.scale.has(newId)) return l10n.t("The scale already has the id '{0}'.", newId);
      continue;
    }
    const resolved = resolveId(context, symbol.kind, newId);
    if (resolved?.renamedFrom !== undefined)
      return l10n.t(
        "'{0}' is a former id of the {1} '{2}' (in its formerly list): choose another id.",
        newId,
        word,
        resolved.id,
      );
    if (resolved) return l10n.t("The ladder already has a {0} '{1}'.", word, newId);
  }
  return undefined;
}

/** The text that writes the new id in place of an occurrence. */
function newIdText(symbol: IdSymbol, newId: string): string {
  if (symbol.kind !== 'scale') return yamlId(newId);
  return INTEGER.test(newId) && Number.isSafeInteger(Number(newId)) ? newId : yamlScalar(newId);
}

/**
 * The edits that rename the id at `offset` to `newId` in its definition and every reference in the files of
 * its ladders (the ladder, its catalogues, assessments and reviews); references written as a former id
 * still resolve and are left as they are.
 */
export function rename(
  workspace: Workspace,
  uri: string,
  offset: number,
  newId: string,
  options: RenameOptions = {},
): RenamePlan {
  const found = symbolAt(workspace, uri, offset);
  if ('problem' in found) return found;
  const { symbol } = found;
  if (newId === symbol.id) return { files: [] };
  const problem = refusal(workspace, symbol, newId);
  if (problem) return { problem };
  const text = newIdText(symbol, newId);
  const byFile = new Map<string, TextEdit[]>();
  for (const occurrence of idPlaces(workspace, symbol)) {
    if (occurrence.former) continue;
    const edits = byFile.get(occurrence.uri) ?? [];
    edits.push({ span: occurrence.span, newText: text });
    byFile.set(occurrence.uri, edits);
    if (occurrence.definition && options.recordFormerly !== false && FORMERLY_KINDS.has(symbol.kind)) {
      const analyzed = workspace.file(occurrence.uri).analyzed;
      const doc = analyzed?.parsed.doc;
      const edit = analyzed && doc ? formerlyEdit(analyzed.text, doc, occurrence.span, symbol.id) : undefined;
      if (edit) edits.push(edit);
    }
  }
  return {
    files: [...byFile].map(([fileUri, edits]) => ({
      uri: fileUri,
      edits: edits.sort((a, b) => a.span.start - b.span.start),
    })),
  };
}
