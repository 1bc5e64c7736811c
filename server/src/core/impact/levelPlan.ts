import type { Level } from '../model/types';
import { currentId, type LadderContext } from '../workspace/ladderContext';

/** A ladder as one side of a comparison sees it: its context and the texts of its files. */
export interface LadderSide {
  context: LadderContext;
  /** The text of a file of this side (the ladder, its includes). */
  textOf(uri: string): string | undefined;
}

/**
 * Which levels' verdicts a change to a ladder (or its catalogues) can have altered: none when nothing
 * changed; only the levels whose definition changed when the rest of the files is the same and no level
 * was added, removed, renamed, re-ranked or moved to another track; otherwise every level. `changed`
 * holds the current ids of the levels whose definition differs (new ones included).
 */
export type LevelPlan =
  | { kind: 'unchanged' }
  | { kind: 'levels'; levels: ReadonlySet<string>; changed: ReadonlySet<string> }
  | { kind: 'all'; changed: ReadonlySet<string> };

function itemText(side: LadderSide, level: Level): string {
  return (side.textOf(level.uri) ?? '').slice(level.span.start, level.span.end);
}

/** The ladder's text without its level items, and the texts of its includes: what every level depends on. */
function sharedText(side: LadderSide): string {
  const text = side.textOf(side.context.ladder.uri) ?? '';
  const spans = side.context.ladder.levels.map((level) => level.span).sort((a, b) => a.start - b.start);
  let rest = '';
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    rest += text.slice(at, span.start);
    at = span.end;
  }
  rest += text.slice(at);
  const includes = side.context.includes.map(
    (include) => `${include.uri ?? ''}\u0000${include.uri ? (side.textOf(include.uri) ?? '') : ''}`,
  );
  return [rest, ...includes].join('\u0001');
}

const shape = (level: Level, id: string) =>
  JSON.stringify([id, level.rank?.value, level.track?.value, (level.formerly ?? []).map((ref) => ref.value)]);

export function planLevels(before: LadderSide, after: LadderSide): LevelPlan {
  const beforeByCurrent = new Map<string, Level>();
  for (const level of before.context.levels.values())
    beforeByCurrent.set(currentId(after.context, 'level', level.id), level);
  const changed = new Set<string>();
  let structural = beforeByCurrent.size !== after.context.levels.size;
  for (const level of after.context.levels.values()) {
    const old = beforeByCurrent.get(level.id);
    if (!old || itemText(before, old) !== itemText(after, level)) changed.add(level.id);
    if (!old || shape(old, old.id) !== shape(level, level.id)) structural = true;
  }
  const sameShared = sharedText(before) === sharedText(after);
  if (changed.size === 0 && !structural && sameShared) return { kind: 'unchanged' };
  if (structural || !sameShared) return { kind: 'all', changed };
  return { kind: 'levels', levels: changed, changed };
}
