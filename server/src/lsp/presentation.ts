import type { InlayHint, Position, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import {
  SEMANTIC_TOKEN_MODIFIERS,
  SEMANTIC_TOKEN_TYPES,
  type InlayHintEntry,
  type LineMap,
  type SemanticTokenEntry,
} from '../core';

/** The legend the server declares: the core's token types and modifiers, in its order. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...SEMANTIC_TOKEN_TYPES],
  tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS],
};

export function toInlayHint(position: Position, hint: InlayHintEntry): InlayHint {
  return { position, label: hint.label, paddingLeft: true, ...(hint.tooltip ? { tooltip: hint.tooltip } : {}) };
}

/** Tokens in document order (each on one line) in LSP's relative encoding of five integers per token. */
export function encodeSemanticTokens(map: LineMap, tokens: readonly SemanticTokenEntry[]): SemanticTokens {
  const data: number[] = [];
  let [line, character] = [0, 0];
  for (const token of tokens) {
    const start = map.position(token.span.start);
    const type = SEMANTIC_TOKEN_TYPES.indexOf(token.type);
    const modifiers = token.modifiers.reduce(
      (bits, modifier) => bits | (1 << SEMANTIC_TOKEN_MODIFIERS.indexOf(modifier)),
      0,
    );
    data.push(
      start.line - line,
      start.line === line ? start.character - character : start.character,
      token.span.end - token.span.start,
      type,
      modifiers,
    );
    [line, character] = [start.line, start.character];
  }
  return { data };
}
