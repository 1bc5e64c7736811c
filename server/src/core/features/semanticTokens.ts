import type { Span } from '../types';
import type { Workspace } from '../workspace/workspace';
import { fileEnv } from './fileEnv';
import { forEachId } from './idOccurrences';
import type { Role } from './roles';

/** The token types of ladder files, in legend order (standard LSP types, so every theme colours them). */
export const SEMANTIC_TOKEN_TYPES = [
  'type',
  'namespace',
  'property',
  'enumMember',
  'variable',
  'event',
  'function',
  'enum',
] as const;
export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

/** `declaration` marks where an id is defined (a list item's `id:`); a reference has no modifier. */
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration'] as const;
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

/** What each kind of id is coloured as. Ranks, file paths and check statuses are left to the YAML grammar. */
const TYPE_OF: Partial<Record<Role['type'], SemanticTokenType>> = {
  level: 'type',
  track: 'namespace',
  competency: 'property',
  scale: 'enumMember',
  metric: 'variable',
  check: 'event',
  requirement: 'function',
  group: 'enum',
};

export interface SemanticTokenEntry {
  span: Span;
  type: SemanticTokenType;
  modifiers: SemanticTokenModifier[];
}

/**
 * The ids of a file as semantic tokens, in document order: each definition (`declaration`) and each
 * reference to one, typed by what it names (levels as types, competencies as properties, scale values
 * as enum members, …). Only the ids overlapping `span` when given; ids written over several lines
 * (which LSP tokens cannot span) are left out.
 */
export function semanticTokens(workspace: Workspace, uri: string, span?: Span): SemanticTokenEntry[] {
  const env = fileEnv(workspace, uri);
  if (!env) return [];
  const tokens: SemanticTokenEntry[] = [];
  forEachId(env, span, (found) => {
    const type = TYPE_OF[found.role.type];
    if (!type || env.analyzed.text.slice(found.span.start, found.span.end).includes('\n')) return;
    const declaration = 'definition' in found.role && found.role.definition === true;
    tokens.push({ span: found.span, type, modifiers: declaration ? ['declaration'] : [] });
  });
  return tokens;
}
