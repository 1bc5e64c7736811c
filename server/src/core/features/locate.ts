import { isMap, isPair, isScalar, isSeq, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { keyText, type PathSegment } from '../parse/nodes';
import type { Span } from '../types';

/** A collection passed through on the way to an offset, with the path that leads to it. */
export interface LocatedCollection {
  node: YAMLMap | YAMLSeq;
  path: PathSegment[];
}

/** What is at an offset of a YAML document. */
export interface Located {
  /** Keys and indices from the root to `node` (for a key, the path ends with that key). */
  path: PathSegment[];
  /** The deepest node containing the offset (the key scalar when `onKey`). */
  node: Node | undefined;
  onKey: boolean;
  /** The collections containing the offset, outermost first. */
  collections: LocatedCollection[];
}

/**
 * Scalars include their end (the cursor just after a word is on it). Block collections run to the start
 * of the next line, where a sibling key may begin, so they include their end only at the end of the text.
 */
function containsAt(node: Node | null | undefined, offset: number, textEnd: number): boolean {
  const range = node?.range;
  if (!range || offset < range[0]) return false;
  return isScalar(node) || range[1] === textEnd ? offset <= range[1] : offset < range[1];
}

/**
 * The node at `offset` and the path to it. An offset just after a word still finds it. Aliases are not followed: their targets live elsewhere in the text.
 */
export function locate(doc: Document, offset: number): Located {
  const collections: LocatedCollection[] = [];
  const path: PathSegment[] = [];
  let node = (doc.contents ?? undefined) as Node | undefined;
  const end = node?.range?.[1] ?? 0;
  const contains = (candidate: Node | null | undefined, at: number) => containsAt(candidate, at, end);
  for (;;) {
    if (isMap(node) && contains(node, offset)) {
      collections.push({ node, path: [...path] });
      let next: Node | undefined;
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = item.key as Node | null;
        if (isScalar(key) && contains(key, offset)) {
          return { path: [...path, keyText(item) ?? ''], node: key, onKey: true, collections };
        }
        const value = item.value as Node | null;
        if (value && contains(value, offset) && isScalar(key)) {
          path.push(keyText(item) ?? '');
          next = value;
          break;
        }
      }
      if (!next) return { path, node, onKey: false, collections };
      node = next;
    } else if (isSeq(node) && contains(node, offset)) {
      collections.push({ node, path: [...path] });
      const index = node.items.findIndex((item) => contains(item as Node, offset));
      if (index < 0) return { path, node, onKey: false, collections };
      path.push(index);
      node = node.items[index] as Node;
    } else {
      return { path, node: contains(node, offset) ? node : undefined, onKey: false, collections };
    }
  }
}

/** The span a node covers (its value, without trailing comments). */
export function nodeSpan(node: Node): Span {
  const range = node.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}
