import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type Document,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { Span } from '../types';

/** Where a YAML node's value is, without trailing comments or line breaks. */
export function spanOf(node: Node | null | undefined, fallback?: Span): Span {
  const range = node?.range;
  if (!range) return fallback ?? { start: 0, end: 0 };
  return { start: range[0], end: range[1] };
}

/** Calls `visit` on every node of a document in document order (keys before values), without recursion. */
export function walk(doc: Document, visit: (node: Node) => void): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.value, node.key);
      continue;
    }
    if (!isAlias(node) && !isScalar(node) && !isMap(node) && !isSeq(node)) continue;
    visit(node);
    if (isMap(node) || isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
}

const aliasTables = new WeakMap<Document, Map<Alias, Node | undefined>>();

/**
 * Every alias of a document with the node it names (the last node with that anchor before it), found
 * in one walk. `Alias.resolve` walks the whole document on every call, which makes many aliases
 * quadratic.
 */
export function aliasTable(doc: Document): ReadonlyMap<Alias, Node | undefined> {
  let table: ReadonlyMap<Alias, Node | undefined> | undefined = aliasTables.get(doc);
  if (!table) {
    const found = new Map<Alias, Node | undefined>();
    const anchors = new Map<string, Node>();
    walk(doc, (node) => {
      if (isAlias(node)) found.set(node, anchors.get(node.source));
      else if (node.anchor) anchors.set(node.anchor, node);
    });
    aliasTables.set(doc, found);
    table = found;
  }
  return table;
}

/** Records that a document has no alias and no anchor (the fast parse reads none), so that nothing walks it to find them. */
export function markWithoutAliases(doc: Document): void {
  aliasTables.set(doc, new Map());
}

/** Follows an alias to the node it names (one step); other nodes are returned as they are. */
export function deref(doc: Document, node: unknown): Node | undefined {
  if (isAlias(node)) {
    const table = aliasTable(doc);
    const target = table.has(node) ? table.get(node) : node.resolve(doc);
    return target ?? undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

export function asMap(doc: Document, node: unknown): YAMLMap | undefined {
  const resolved = deref(doc, node);
  return isMap(resolved) ? resolved : undefined;
}

export function asSeq(doc: Document, node: unknown): YAMLSeq | undefined {
  const resolved = deref(doc, node);
  return isSeq(resolved) ? resolved : undefined;
}

export function asScalar(doc: Document, node: unknown): Scalar | undefined {
  const resolved = deref(doc, node);
  return isScalar(resolved) ? resolved : undefined;
}

/** The text of a scalar key; undefined for complex keys. */
export function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  return undefined;
}

export interface Entry {
  key: string;
  keyNode: Scalar;
  value: Node | undefined;
  pair: Pair;
}

// The readers below run for every key of every file: indexed loops, which cost less than an array
// iterator while their code is still cold (a one-off `ladder check` runs most of it cold).

/** The entries of a mapping with scalar keys, in order. */
export function entries(map: YAMLMap | undefined): Entry[] {
  if (!map) return [];
  const items = map.items;
  const result: Entry[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!isPair(item) || !isScalar(item.key)) continue;
    const key = keyText(item);
    if (key === undefined) continue;
    result.push({ key, keyNode: item.key, value: (item.value ?? undefined) as Node | undefined, pair: item });
  }
  return result;
}

/** The first pair of a mapping whose key is the scalar `key`. */
function findPair(map: YAMLMap, key: string): Pair<Scalar> | undefined {
  const items = map.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (isPair(item) && isScalar(item.key) && keyText(item) === key) return item as Pair<Scalar>;
  }
  return undefined;
}

export function findEntry(map: YAMLMap | undefined, key: string): Entry | undefined {
  const pair = map && findPair(map, key);
  return pair && { key, keyNode: pair.key, value: (pair.value ?? undefined) as Node | undefined, pair };
}

/** The value of the entry `key` of a mapping (findEntry's `value`, without making the entry). */
export function entryValue(map: YAMLMap | undefined, key: string): Node | undefined {
  return ((map && findPair(map, key)?.value) ?? undefined) as Node | undefined;
}

/** The span of a whole `key: value` pair. */
export function pairSpan(entry: Entry): Span {
  const start = entry.keyNode.range?.[0] ?? 0;
  const end = entry.value?.range?.[1] ?? entry.keyNode.range?.[1] ?? start;
  return { start, end };
}

export function scalarString(doc: Document, node: unknown): string | undefined {
  const scalar = asScalar(doc, node);
  return scalar && typeof scalar.value === 'string' ? scalar.value : undefined;
}

export function scalarNumber(doc: Document, node: unknown): number | undefined {
  const scalar = asScalar(doc, node);
  return scalar && typeof scalar.value === 'number' && Number.isFinite(scalar.value) ? scalar.value : undefined;
}

/** A scalar id: a string, or an integer (scale ids); `.inf` and `.nan` are read as the text written, as the schema sees them. */
export function scalarId(doc: Document, node: unknown): string | number | undefined {
  const scalar = asScalar(doc, node);
  if (!scalar) return undefined;
  if (typeof scalar.value === 'string') return scalar.value;
  if (typeof scalar.value === 'number' && Number.isInteger(scalar.value)) return scalar.value;
  if (typeof scalar.value === 'number' && !Number.isFinite(scalar.value)) return scalar.source ?? String(scalar.value);
  return undefined;
}

export type PathSegment = string | number;

/**
 * The node at a JSON-pointer-like path, following aliases; the deepest existing node and its key
 * entry (if reached through a mapping) when the path goes further than the document.
 */
export function nodeAtPath(
  doc: Document,
  path: readonly PathSegment[],
): { node: Node | undefined; entry: Entry | undefined; depth: number } {
  let node = deref(doc, doc.contents);
  let entry: Entry | undefined;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const found = findEntry(node, String(segment));
      if (!found) break;
      entry = found;
      node = deref(doc, found.value);
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      entry = undefined;
      node = deref(doc, item);
    } else {
      break;
    }
    depth++;
  }
  return { node: node ?? undefined, entry, depth };
}
