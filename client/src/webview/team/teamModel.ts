/** What the team view draws, derived from the server's TeamResult: names, the sorted people, single points. */
import type { TeamPerson, TeamResult } from '../../../../server/src/protocol';
import type { TeamSortKey } from '../../panel/teamMessages';

export interface TeamViewOptions {
  anonymize: boolean;
  sort: { key: TeamSortKey; descending: boolean };
}

export interface TeamModel {
  result: TeamResult;
  options: TeamViewOptions;
  /** The people in display order. */
  people: TeamPerson[];
  /** The competencies anyone rates or is expected to have, in the ladder's order. */
  columns: string[];
  /** A person's data as JSON: what tells whether their row has changed. */
  json(person: TeamPerson): string;
  /** A person as shown: their name, or "Person N" when names are hidden. */
  label(person: TeamPerson): string;
  levelName(id: string | null): string;
  competencyName(id: string): string;
  /** The verdict on the level a person's ratings are compared with, if any. */
  compared(person: TeamPerson): TeamPerson['focus'][number] | undefined;
  /** Who is rated at or above the highest expectation of a flagged competency (at most one person). */
  coverers(competency: string): TeamPerson[];
}

// One collator for every comparison: localeCompare with options builds one per call.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const compareText = (a: string, b: string): number => collator.compare(a, b);

/** Each person's data as JSON, written once per message and shared by every use. */
const jsonOf = new WeakMap<TeamPerson, string>();

export function personJson(person: TeamPerson): string {
  let json = jsonOf.get(person);
  if (json === undefined) jsonOf.set(person, (json = JSON.stringify(person)));
  return json;
}

/** The people sorted last: what an update in which a few people changed re-sorts only those of. */
let lastSort: { key: string; people: readonly TeamPerson[]; sorted: TeamPerson[] } | undefined;
/** Beyond this many changed people a whole sort is as quick. */
const MOST_RESORTED = 64;

/**
 * `people` in the order `compare` sets (a total order: ties go by the people's order). When the last
 * people sorted were the same persons under the same `key` (options and level ranks), only the ones whose
 * data changed are taken out and put back in their place: the same order a whole sort gives, with a
 * few dozen comparisons instead of thousands (the collator's are slow).
 */
function sortPeople(
  people: readonly TeamPerson[],
  key: string,
  compare: (a: TeamPerson, b: TeamPerson) => number,
): TeamPerson[] {
  const last = lastSort;
  // The places, in `people`, of the persons whose data changed; undefined when others came, left or moved.
  let changed: number[] | undefined;
  if (last && last.key === key && last.people.length === people.length) {
    changed = [];
    for (let index = 0; index < people.length && changed; index++) {
      const before = last.people[index]!;
      if (before.uri !== people[index]!.uri) changed = undefined;
      else if (before !== people[index]) changed.push(index);
    }
  }
  let sorted: TeamPerson[];
  if (last && changed && changed.length <= MOST_RESORTED) {
    const stale = new Set(changed.map((index) => last.people[index]));
    sorted = last.sorted.filter((person) => !stale.has(person));
    for (const index of changed) {
      const person = people[index]!;
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (compare(sorted[middle]!, person) < 0) low = middle + 1;
        else high = middle;
      }
      sorted.splice(low, 0, person);
    }
  } else {
    sorted = [...people].sort(compare);
  }
  lastSort = { key, people, sorted };
  return sorted;
}

export function buildTeamModel(result: TeamResult, options: TeamViewOptions): TeamModel {
  const levels = new Map(result.levels.map((level) => [level.id, level] as const));
  const competencies = new Map(result.competencies.map((competency) => [competency.id, competency] as const));
  const positions = new Map(result.scale.map((option, index) => [String(option.id), index] as const));
  const label = (person: TeamPerson) => (options.anonymize ? person.alias : person.person || person.alias);
  const compared = (person: TeamPerson) => person.focus.find((focus) => focus.level === person.compared);
  const order = new Map(result.people.map((person, index) => [person, index] as const));

  const byKey: Record<TeamSortKey, (a: TeamPerson, b: TeamPerson) => number> = {
    person: (a, b) => compareText(label(a), label(b)),
    level: (a, b) =>
      (levels.get(a.level ?? '')?.rank ?? -1) - (levels.get(b.level ?? '')?.rank ?? -1) ||
      compareText(levelName(a.level), levelName(b.level)),
    readiness: (a, b) => (compared(a)?.readiness ?? -1) - (compared(b)?.readiness ?? -1),
  };
  const levelName = (id: string | null) => (id === null ? '—' : levels.get(id)?.name || id);
  const direction = options.sort.descending ? -1 : 1;
  const people = sortPeople(
    result.people,
    JSON.stringify([options, result.levels.map((level) => [level.id, level.name, level.rank])]),
    (a, b) => direction * byKey[options.sort.key](a, b) || order.get(a)! - order.get(b)!,
  );

  const used = new Set<string>();
  for (const person of result.people) for (const rating of person.ratings) used.add(rating.competency);
  return {
    result,
    options,
    people,
    columns: result.competencies.filter((competency) => used.has(competency.id)).map((competency) => competency.id),
    json: personJson,
    label,
    levelName,
    competencyName: (id) => competencies.get(id)?.name || id,
    compared,
    coverers(id) {
      const highest = competencies.get(id)?.highest;
      const top = highest === null || highest === undefined ? undefined : positions.get(String(highest));
      if (top === undefined) return [];
      return result.people.filter(
        (person) =>
          person.counted &&
          person.ratings.some(
            (rating) =>
              rating.competency === id && rating.rated !== null && (positions.get(String(rating.rated)) ?? -1) >= top,
          ),
      );
    },
  };
}
