import { isScalar, type Scalar } from 'yaml';
import type { PathSegment } from '../parse/nodes';
import type { Span } from '../types';
import type { FileEnv } from './fileEnv';
import { locate, nodeSpan } from './locate';
import { keyRole, valueRole, type Role } from './roles';

/** The key or value under the cursor, and what the id written there stands for. */
export interface Target {
  /** The scalar's text: an id, a key, a path. */
  id: string;
  span: Span;
  onKey: boolean;
  /** For a key, the path ends with that key; for a value, with its key or index. */
  path: PathSegment[];
  node: Scalar;
  role: Role | undefined;
}

export function targetAt(env: FileEnv, offset: number): Target | undefined {
  const found = locate(env.doc, offset);
  const node = found.node;
  if (!isScalar(node) || node.value === null || node.value === undefined || !env.kind) return undefined;
  const span = nodeSpan(node);
  if (span.end <= span.start) return undefined;
  const role = found.onKey
    ? keyRole(env.kind, found.path.slice(0, -1), env.doc)
    : valueRole(env.kind, found.path, env.doc);
  return { id: String(node.value), span, onKey: found.onKey, path: found.path, node, role };
}
