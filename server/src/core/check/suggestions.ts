import { closest } from '../text/suggest';

/** The ids a reference may name: the keys of a map or the members of a set. */
export type Ids = ReadonlyMap<string, unknown> | ReadonlySet<string>;

interface Candidates {
  ids: string[];
  /** Lower-cased id → the first id spelled that way. */
  byLowerCase: Map<string, string>;
}

const candidatesOf = new WeakMap<Ids, Candidates>();

function candidates(ids: Ids): Candidates {
  let found = candidatesOf.get(ids);
  if (!found) {
    const list = [...ids.keys()];
    const byLowerCase = new Map<string, string>();
    for (const id of list) if (!byLowerCase.has(id.toLowerCase())) byLowerCase.set(id.toLowerCase(), id);
    found = { ids: list, byLowerCase };
    candidatesOf.set(ids, found);
  }
  return found;
}

/** The first id that differs from `value` only in case. */
export function sameIgnoringCase(value: string, ids: Ids): string | undefined {
  const found = candidates(ids).byLowerCase.get(value.toLowerCase());
  return found === value ? undefined : found;
}

/**
 * How many ids the "did you mean" of one file's checks may compare with edit distance: enough for
 * every typo in any real file, while a file with thousands of unknown references among thousands of
 * ids (a catalogue gone missing) does not cost their product. Past it, only an id that differs in case
 * is suggested.
 */
export const SUGGESTION_BUDGET = 50_000;

/** Suggests ids for unknown references, within a budget of comparisons. */
export class Suggester {
  private remaining = SUGGESTION_BUDGET;

  /** The id closest to `value`, if it is close enough to be a likely misspelling (see `closest`). */
  suggest(value: string, ids: Ids): string | undefined {
    const sameCase = sameIgnoringCase(value, ids);
    if (sameCase !== undefined) return sameCase;
    const { ids: list } = candidates(ids);
    if (list.length > this.remaining) return undefined;
    this.remaining -= list.length;
    return closest(value, list);
  }
}
