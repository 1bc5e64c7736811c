import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Span } from '../types';
import { deref, spanOf } from './nodes';

/** Raised when expanding aliases would build more nodes than the budget allows (an alias bomb). */
export class ExpansionLimitError extends Error {
  constructor(readonly span: Span, readonly limit: number) {
    super(`Expanding aliases would create more than ${limit} values`);
  }
}

const MAX_DEPTH = 256;

export class NestingLimitError extends Error {
  constructor(readonly span: Span) {
    super(`Values are nested more than ${MAX_DEPTH} levels deep`);
  }
}

/** The node budget for a text: generous for real files, small enough to stop exponential expansion fast. */
export function expansionBudget(textLength: number): number {
  return 200_000 + 2 * textLength;
}

/**
 * Converts a YAML document to plain JSON-like data for schema validation. Every key becomes an own
 * property (so `__proto__` is data, not a prototype), aliases are expanded under a node budget, and
 * nesting is capped. Throws ExpansionLimitError or NestingLimitError.
 */
export function toPlain(doc: Document, budget = expansionBudget(0)): unknown {
  let remaining = budget;
  let aliasSpan: Span | undefined;

  const convert = (node: unknown, depth: number): unknown => {
    if (--remaining < 0) throw new ExpansionLimitError(aliasSpan ?? spanOf(node as Node), budget);
    if (depth > MAX_DEPTH) throw new NestingLimitError(spanOf(node as Node));
    if (isAlias(node)) {
      const outer = aliasSpan;
      aliasSpan ??= spanOf(node);
      const value = convert(deref(doc, node), depth + 1);
      aliasSpan = outer;
      return value;
    }
    if (isScalar(node)) {
      // JSON has no .inf or .nan, and a schema would take them for numbers: keep them as the text written.
      if (typeof node.value === 'number' && !Number.isFinite(node.value)) return node.source ?? String(node.value);
      return node.value ?? null;
    }
    if (isMap(node)) {
      const result: Record<string, unknown> = {};
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = isScalar(item.key) ? String(item.key.value ?? '') : JSON.stringify(convert(item.key, depth + 1));
        Object.defineProperty(result, key, { value: convert(item.value, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    if (isSeq(node)) return node.items.map((item) => convert(item, depth + 1));
    return null;
  };

  return convert(doc.contents, 0);
}
