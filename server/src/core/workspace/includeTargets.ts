// The files a ladder's includes resolve to, worked out once per ladder model.
import type { Ladder } from '../model/types';
import { resolveReference } from './paths';

const includeTargetCache = new WeakMap<Ladder, { list: (string | undefined)[]; set: Set<string> }>();

/** The files a ladder's includes resolve to, in order (undefined where a path cannot be resolved), and as a set. */
export function includeTargets(ladder: Ladder): { list: (string | undefined)[]; set: Set<string> } {
  let targets = includeTargetCache.get(ladder);
  if (!targets) {
    const list = ladder.includes.map((ref) => resolveReference(ladder.uri, ref.value));
    targets = { list, set: new Set(list.filter((uri): uri is string => uri !== undefined)) };
    includeTargetCache.set(ladder, targets);
  }
  return targets;
}
