import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Span } from '../types';
import { aliasTable, deref, spanOf } from './nodes';

/** Raised when expanding aliases would build more nodes than the budget allows (an alias bomb). */
export class ExpansionLimitError extends Error {
  constructor(
    readonly span: Span,
    readonly limit: number,
  ) {
    super(`Expanding aliases would create more than ${limit} values`);
  }
}

const MAX_DEPTH = 256;

export class NestingLimitError extends Error {
  readonly limit = MAX_DEPTH;
  constructor(readonly span: Span) {
    super(`Values are nested more than ${MAX_DEPTH} levels deep`);
  }
}

/** The node budget for a text: generous for real files, small enough to stop exponential expansion fast. */
export function expansionBudget(textLength: number): number {
  return 200_000 + 2 * textLength;
}

/**
 * Finds an alias bomb without expanding it: the size of every node is counted once (an alias counts as
 * the size of the node it names), so the cost is linear in the document, not in its expansion. Returns
 * the outermost alias at which a depth-first expansion would pass `budget` values, as `toPlain` would
 * meet it. Cycles and nesting past the depth limit are left for `toPlain` to report.
 */
function aliasOverBudget(doc: Document, budget: number): Span | undefined {
  const sizes = new Map<unknown, number>();
  const size = (node: unknown, depth: number): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH) return 1;
    sizes.set(node, 1); // while counting: a cycle through this node adds nothing
    let total = 1;
    if (isAlias(node)) total += size(deref(doc, node), depth + 1);
    else if (isMap(node))
      for (const item of node.items)
        total += (isScalar(item.key) ? 0 : size(item.key, depth + 1)) + size(item.value, depth + 1);
    else if (isSeq(node)) for (const item of node.items) total += size(item, depth + 1);
    total = Math.min(total, budget + 1);
    sizes.set(node, total);
    return total;
  };
  let count = 0;
  const visit = (node: unknown, depth: number): Span | undefined => {
    if (isAlias(node)) {
      count += size(node, depth);
      return count > budget ? spanOf(node) : undefined;
    }
    if (++count > budget) return spanOf(node as Node);
    if (depth > MAX_DEPTH) return undefined;
    const children = isMap(node)
      ? node.items.flatMap((item) => (isScalar(item.key) ? [item.value] : [item.key, item.value]))
      : isSeq(node)
        ? node.items
        : [];
    for (const child of children) {
      const found = visit(child, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  return visit(doc.contents, 0);
}

/**
 * Converts a YAML document to plain JSON-like data for schema validation. Every key becomes an own
 * property (so `__proto__` is data, not a prototype), aliases are expanded under a node budget, and
 * nesting is capped. Throws ExpansionLimitError or NestingLimitError.
 */
export function toPlain(doc: Document, budget = expansionBudget(0)): unknown {
  // Without aliases every node is converted once, and a text cannot hold more nodes than the budget.
  const bomb = aliasTable(doc).size > 0 ? aliasOverBudget(doc, budget) : undefined;
  if (bomb) throw new ExpansionLimitError(bomb, budget);
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
        const value = convert(item.value, depth + 1);
        // An assignment makes the same own property, except for `__proto__`, which it would take for the prototype.
        if (key === '__proto__')
          Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
        else result[key] = value;
      }
      return result;
    }
    if (isSeq(node)) return node.items.map((item) => convert(item, depth + 1));
    return null;
  };

  return convert(doc.contents, 0);
}
