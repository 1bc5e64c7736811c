/** The team after a TeamChanges, from the team at its `since`. No `vscode` import: the webview uses it too. */
import type { TeamChanges, TeamPerson, TeamResult } from '../../../server/src/protocol';

/**
 * The team the changes lead to: the people of `base` with the changed ones replaced or added (and those
 * left out of `order` gone), the rest of the team from the changes. Undefined when the changes are not
 * from `base` (another version or ladder), or name a person neither brings: then the whole team is needed.
 */
export function applyTeamChanges(base: TeamResult, changes: TeamChanges): TeamResult | undefined {
  if (changes.since !== base.version || changes.ladderUri !== base.ladderUri) return undefined;
  const { kind: _kind, since: _since, order, people: changed, ...rest } = changes;
  if (changed.length === 0 && order === undefined) return { ...rest, people: base.people };
  const replacements = new Map(changed.map((person) => [person.uri, person] as const));
  let people: TeamPerson[];
  if (order === undefined) {
    people = base.people.map((person) => replacements.get(person.uri) ?? person);
    const known = new Set(base.people.map((person) => person.uri));
    if (changed.some((person) => !known.has(person.uri))) return undefined;
  } else {
    const before = new Map(base.people.map((person) => [person.uri, person] as const));
    people = [];
    for (const uri of order) {
      const person = replacements.get(uri) ?? before.get(uri);
      if (!person) return undefined;
      people.push(person);
    }
    const ordered = new Set(order);
    if (ordered.size !== order.length || changed.some((person) => !ordered.has(person.uri))) return undefined;
  }
  return { ...rest, people };
}
