import * as l10n from '@vscode/l10n';
import { itemNoun } from '../text/itemNouns';
import type { Span } from '../types';
import { isRenamableList, type RenamableList } from '../workspace/formerIds';
import { resolveId, type LadderContext } from '../workspace/ladderContext';
import type { Workspace } from '../workspace/workspace';
import { competencyById, fileEnv, type FileEnv } from './fileEnv';
import { forEachId } from './idOccurrences';
import type { Role } from './roles';
import { targetAt } from './target';

/** The kinds of ids that can be renamed and searched for: the ladder's lists, and a file's own `id`. */
export type IdKind = RenamableList | 'scale' | 'ladder' | 'catalogue';

/** An id of one kind, in the ladder (or file, for a file's own id) it belongs to. */
export interface IdSymbol {
  kind: IdKind;
  /** The current id (a former id written at the cursor stands for the item it was renamed to). */
  id: string;
  /** The file that defines it. */
  definitionUri: string;
  /** The ladder of the file it was found in (see `laddersOf` for every ladder whose files may name it). */
  ladderUri: string | undefined;
}

/** One place an id is written. */
export interface IdPlace {
  uri: string;
  span: Span;
  /** The place that defines the id (its `id:` value, or a file's own id). */
  definition: boolean;
  /** Written as a former id (`formerly`) of the item: it still resolves, so a rename leaves it alone. */
  former: boolean;
}

/** The id under the cursor with the span it is written at, or why there is none. */
export type SymbolLookup = { symbol: IdSymbol; span: Span; written: string } | { problem: string };

const notAnId = () =>
  l10n.t(
    'Only ids can be renamed: put the cursor on a competency, level, track, scale, check, metric or requirement id, or on the id of a ladder or catalogue.',
  );

/** What an id kind is called in messages. */
export function kindWord(kind: IdKind): string {
  return itemNoun(kind === 'scale' ? 'scale id' : kind);
}

const isRenamable = isRenamableList;

/** The map of current ids of a list of the ladder. */
function definedIds(context: LadderContext, kind: RenamableList | 'scale'): ReadonlyMap<string, { uri?: string }> {
  switch (kind) {
    case 'competency':
      return context.competencies;
    case 'scale':
      return new Map([...context.scale].map(([key, { entry }]) => [key, entry]));
    case 'level':
      return context.levels;
    case 'track':
      return context.tracks;
    case 'metric':
      return context.metrics;
    case 'check':
      return context.checks;
    case 'requirement':
      return new Map([...context.requirements].map(([id, found]) => [id, found.level]));
  }
}

/** The id of the kind written at `offset` of `uri`, resolved to the item it names. */
export function symbolAt(workspace: Workspace, uri: string, offset: number): SymbolLookup {
  const env = fileEnv(workspace, uri);
  const target = env && targetAt(env, offset);
  if (!env || !target) return { problem: notAnId() };
  const model = env.analyzed.model;
  if (
    !target.onKey &&
    target.path.length === 1 &&
    target.path[0] === 'id' &&
    (model?.kind === 'Ladder' || model?.kind === 'Competencies')
  ) {
    const kind = model.kind === 'Ladder' ? 'ladder' : 'catalogue';
    return {
      symbol: { kind, id: target.id, definitionUri: env.uri, ladderUri: undefined },
      span: target.span,
      written: target.id,
    };
  }
  const role = target.role;
  if (!role || (!isRenamable(role.type) && role.type !== 'scale')) return { problem: notAnId() };
  const kind = role.type as RenamableList | 'scale';
  const context = env.context;
  if (!context)
    return { problem: l10n.t("The ladder of this file cannot be read, so '{0}' cannot be resolved.", target.id) };
  const id = kind === 'scale' ? target.id : (resolveId(context, kind, target.id)?.id ?? target.id);
  const defined =
    kind === 'competency'
      ? competencyById(env, id)
      : (definedIds(context, kind).get(id) as { uri?: string } | undefined);
  if (!defined?.uri)
    return {
      problem: l10n.t("'{0}' is not a {1} of this ladder: there is nothing to rename.", target.id, kindWord(kind)),
    };
  return {
    symbol: { kind, id, definitionUri: defined.uri, ladderUri: context.ladder.uri },
    span: target.span,
    written: target.id,
  };
}

/**
 * The ladders whose files may name the id: its ladder; for a competency of a catalogue, every ladder that
 * includes the catalogue and takes the competency from it. Reads the workspace's index of includes.
 */
export function laddersOf(workspace: Workspace, symbol: IdSymbol): string[] {
  if (symbol.ladderUri === undefined) return [];
  if (symbol.kind !== 'competency' || symbol.definitionUri === symbol.ladderUri) return [symbol.ladderUri];
  const ladders = workspace.laddersIncluding(symbol.definitionUri).filter((ladderUri) => {
    const other = workspace.ladderContext(ladderUri);
    return other?.competencies.get(symbol.id)?.uri === symbol.definitionUri;
  });
  return ladders.length > 0 ? ladders : [symbol.ladderUri];
}

/** The files that may refer to the ids of the ladders: each ladder, its catalogues, its assessments and their reviews. */
function filesOf(workspace: Workspace, ladderUris: readonly string[]): string[] {
  const files = new Set<string>();
  for (const ladderUri of ladderUris) {
    files.add(ladderUri);
    for (const include of workspace.ladderContext(ladderUri)?.includes ?? []) if (include.uri) files.add(include.uri);
    for (const assessment of workspace.assessmentsOf(ladderUri)) {
      files.add(assessment);
      for (const review of workspace.reviewsOf(assessment)) files.add(review);
    }
  }
  return [...files];
}

/** How the id written with `role` resolves in `env`, as (current id, whether it was written as a former id). */
function resolveWritten(
  env: FileEnv,
  kind: IdKind,
  role: Role,
  written: string,
): { id: string; former: boolean } | undefined {
  if (role.type !== kind) return undefined;
  if (kind === 'scale' || !isRenamable(kind) || !env.context) return { id: written, former: false };
  const resolved = resolveId(env.context, kind, written);
  return resolved ? { id: resolved.id, former: resolved.renamedFrom !== undefined } : { id: written, former: false };
}

function placesIn(env: FileEnv, symbol: IdSymbol): IdPlace[] {
  const found: IdPlace[] = [];
  forEachId(env, undefined, ({ id: written, span, role }) => {
    const resolved = resolveWritten(env, symbol.kind, role, written);
    if (resolved?.id !== symbol.id) return;
    const definition = 'definition' in role && role.definition === true;
    // A competency defined in a catalogue: the same id defined elsewhere is another competency.
    if (definition && env.uri !== symbol.definitionUri) return;
    found.push({ uri: env.uri, span, definition, former: resolved.former });
  });
  return found;
}

/**
 * Every place the id is written (definition and references) in the files of its ladders, by file then
 * offset; only in `onlyUri` when given (a normalised URI of a file that names the id).
 */
export function idPlaces(workspace: Workspace, symbol: IdSymbol, onlyUri?: string): IdPlace[] {
  if (symbol.kind === 'ladder' || symbol.kind === 'catalogue') {
    const env = fileEnv(workspace, symbol.definitionUri);
    const model = env?.analyzed.model;
    const idRef = model?.kind === 'Ladder' || model?.kind === 'Competencies' ? model.id : undefined;
    return idRef && (onlyUri === undefined || onlyUri === symbol.definitionUri)
      ? [{ uri: symbol.definitionUri, span: idRef.span, definition: true, former: false }]
      : [];
  }
  // One file (highlights, asked at each move of the cursor): the file the id was found in, without the index.
  const files = onlyUri !== undefined ? [onlyUri] : filesOf(workspace, laddersOf(workspace, symbol)).sort();
  return files.flatMap((fileUri) => {
    const env = fileEnv(workspace, fileUri);
    return env ? placesIn(env, symbol) : [];
  });
}
