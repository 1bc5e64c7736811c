import type { Ref } from '../model/types';

/** The lists whose items may carry `formerly`; also the word messages use for an item of the list. */
export const RENAMABLE_LISTS = ['competency', 'level', 'track', 'check', 'metric', 'requirement'] as const;
export type RenamableList = (typeof RENAMABLE_LISTS)[number];
/** Whether `name` is one of the lists whose items may carry `formerly`. */
export const isRenamableList = (name: string): name is RenamableList =>
  (RENAMABLE_LISTS as readonly string[]).includes(name);

/** An item of a renamable list as far as renaming goes: its id and its former ids. */
export interface RenamableItem {
  id: string;
  formerly?: readonly Ref[];
}

/** Former id → current id, for each renamable list. */
export type FormerIds = Readonly<Record<RenamableList, ReadonlyMap<string, string>>>;

/**
 * Former id → current id over one list's items (the first definition of each id only). A former id that
 * is also a current id of the list means the current item; one claimed by two items means the first
 * (both are errors the checks report).
 */
export function formerIdMap(
  items: Iterable<RenamableItem>,
  current: { has(id: string): boolean },
): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of items) {
    for (const former of item.formerly ?? []) {
      if (!current.has(former.value) && !map.has(former.value)) map.set(former.value, item.id);
    }
  }
  return map;
}

/** How a reference resolves: to a current id (itself, or the id it was renamed to), or to nothing. */
export type Resolution = { id: string; renamedFrom?: undefined } | { id: string; renamedFrom: string } | undefined;

/** Resolves `id` written where an item of `list` is meant. */
export function resolveIn(
  current: { has(id: string): boolean },
  formerIds: ReadonlyMap<string, string>,
  id: string,
): Resolution {
  if (current.has(id)) return { id };
  const renamed = formerIds.get(id);
  return renamed === undefined ? undefined : { id: renamed, renamedFrom: id };
}
