import { isMap, isPair, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { keyText, type PathSegment } from '../parse/nodes';
import type { Span } from '../types';
import type { FileEnv } from './fileEnv';
import { keyRole, valueRole, type Role } from './roles';

/** An id written in a file (a key or a value) and what it stands for. */
export interface IdOccurrence {
  /** The id as text: `3` for the scale id 3. */
  id: string;
  span: Span;
  role: Role;
  onKey: boolean;
  /** For a key, the path ends with that key; for a value, with its key or index. */
  path: readonly PathSegment[];
}

function overlaps(node: Node, within: Span | undefined): boolean {
  const range = node.range;
  if (!range || !within) return range !== undefined && range !== null;
  return range[0] <= within.end && range[1] >= within.start;
}

function occurrence(
  scalar: Scalar,
  role: Role | undefined,
  onKey: boolean,
  path: PathSegment[],
): IdOccurrence | undefined {
  const range = scalar.range;
  if (!role || !range || range[1] <= range[0] || scalar.value === null || scalar.value === undefined) return undefined;
  if (typeof scalar.value === 'object') return undefined;
  return { id: String(scalar.value), span: { start: range[0], end: range[1] }, role, onKey, path };
}

type Step =
  | { node: unknown; path: PathSegment[] }
  | { pair: { key: unknown; value: unknown }; path: PathSegment[]; roleOfKeys: Role | undefined };

/**
 * Calls `visit` on every id of the file (definitions and references, as `roles` reads them) in
 * document order, entering only the collections that overlap `within` (all of them without it), so
 * that a request for a visible range costs about that range. Reads the file's cached YAML tree.
 */
export function forEachId(env: FileEnv, within: Span | undefined, visit: (found: IdOccurrence) => void): void {
  const kind = env.kind;
  if (!kind) return;
  const see = (found: IdOccurrence | undefined) => {
    if (found && (!within || (found.span.end >= within.start && found.span.start <= within.end))) visit(found);
  };
  const stack: Step[] = [{ node: env.doc.contents, path: [] }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('pair' in step) {
      const { pair, path } = step;
      if (isScalar(pair.key) && step.roleOfKeys && overlaps(pair.key, within))
        see(occurrence(pair.key, step.roleOfKeys, true, path));
      stack.push({ node: pair.value, path });
      continue;
    }
    const { node, path } = step;
    if (isScalar(node)) {
      if (path.length > 0 && overlaps(node, within)) see(occurrence(node, valueRole(kind, path, env.doc), false, path));
    } else if (isMap(node) && overlaps(node, within)) {
      const roleOfKeys = keyRole(kind, path, env.doc);
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        const key = isPair(item) ? keyText(item) : undefined;
        if (item && key !== undefined) stack.push({ pair: item, path: [...path, key], roleOfKeys });
      }
    } else if (isSeq(node) && overlaps(node, within)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: [...path, i] });
    }
  }
}
