import type { TeamChanges, TeamPerson, TeamResult } from '../protocol';

/** A ladder's team as last answered: its version, its people in order, and the rest of it as JSON. */
interface TeamSnapshot {
  version: string;
  people: readonly TeamPerson[];
  byUri: ReadonlyMap<string, TeamPerson>;
  rest: string;
}

/** Snapshots kept: the ladders of the last few team views asked for. */
const MAX_SNAPSHOTS = 8;

/** Everything of a team but its people and version, as JSON: what tells whether the rest changed. */
function restOf(result: Omit<TeamResult, 'version'>): string {
  const { people: _people, ...rest } = result;
  return JSON.stringify(rest);
}

function sameOrder(a: readonly TeamPerson[], b: readonly TeamPerson[]): boolean {
  return a.length === b.length && a.every((person, index) => person.uri === b[index]!.uri);
}

/**
 * Versions of each ladder's team, and the answer as changes since the version a client holds. A person's
 * row is the same object while it is unchanged (the team handler caches rows by verdict), so that finding
 * what changed compares objects, not their contents. A version is new only when something changed.
 */
export class TeamVersions {
  private readonly snapshots = new Map<string, TeamSnapshot>();
  /** Versions of another server process (after a restart) are never taken for this one's. */
  private readonly epoch = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  private count = 0;

  /** The team with its version, or only what changed in it since the version `since` when that is the last one answered. */
  answer(ladderUri: string, team: Omit<TeamResult, 'version'>, since?: string): TeamResult | TeamChanges {
    const previous = this.snapshots.get(ladderUri);
    const rest = restOf(team);
    const unchanged =
      previous !== undefined &&
      previous.rest === rest &&
      previous.people.length === team.people.length &&
      team.people.every((person, index) => previous.people[index] === person);
    const version = unchanged ? previous.version : `${this.epoch}.${++this.count}`;
    if (!unchanged) this.remember(ladderUri, { version, people: team.people, rest });
    if (since === undefined || previous === undefined || since !== previous.version) return { ...team, version };
    const { people, ...others } = team;
    return {
      kind: 'changes',
      ...others,
      version,
      since,
      people: unchanged ? [] : people.filter((person) => previous.byUri.get(person.uri) !== person),
      ...(unchanged || sameOrder(previous.people, people) ? {} : { order: people.map((person) => person.uri) }),
    };
  }

  private remember(ladderUri: string, snapshot: Omit<TeamSnapshot, 'byUri'>): void {
    this.snapshots.delete(ladderUri);
    if (this.snapshots.size >= MAX_SNAPSHOTS) this.snapshots.delete(this.snapshots.keys().next().value!);
    this.snapshots.set(ladderUri, { ...snapshot, byUri: new Map(snapshot.people.map((p) => [p.uri, p])) });
  }
}
