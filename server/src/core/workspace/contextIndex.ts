import { allRequirements } from '../model/buildRequirement';
import type { Competency, Descriptor, Expectation, Level } from '../model/types';
import { currentId, type LadderContext } from './ladderContext';

// Lookups that checks, scoring and the editor features make once per item of a list (the levels of
// each track, the expectation of each competency): each index is built on first use, once per
// context, level or competency, so that answering for every item of a list stays linear in its length.

function once<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = build(key);
      made.set(key, value);
    }
    return value;
  };
}

function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K | undefined): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const NONE: readonly never[] = [];

const byGroup = once((context: LadderContext) => groupBy(context.competencies.values(), (c) => c.group?.value));

/** The competencies of a group, in the context's order. */
export function competenciesInGroup(context: LadderContext, group: string): readonly Competency[] {
  return byGroup(context).get(group) ?? NONE;
}

const byTrack = once((context: LadderContext) =>
  groupBy(context.ladder.levels, (level) => level.track && currentId(context, 'track', level.track.value)),
);

/** The levels of the ladder file on a track (named by its current or a former id), in file order. */
export function levelsOnTrack(context: LadderContext, track: string): readonly Level[] {
  return byTrack(context).get(track) ?? NONE;
}

const byRank = once((context: LadderContext) => groupBy(context.ladder.levels, (level) => level.rank?.value));

/** The levels of the ladder file with a rank, in file order. */
export function levelsOfRank(context: LadderContext, rank: number): readonly Level[] {
  return byRank(context).get(rank) ?? NONE;
}

/** For each check and metric id: the levels with a requirement (at any depth) naming it, in file order, once each. */
const requirers = once((context: LadderContext) => {
  const checks = new Map<string, Level[]>();
  const metrics = new Map<string, Level[]>();
  const add = (map: Map<string, Level[]>, id: string, level: Level) => {
    const levels = map.get(id);
    if (!levels) map.set(id, [level]);
    else if (levels[levels.length - 1] !== level) levels.push(level);
  };
  for (const level of context.ladder.levels) {
    for (const requirement of allRequirements(level.requirements)) {
      if (requirement.type === 'check' && requirement.check)
        add(checks, currentId(context, 'check', requirement.check.value), level);
      if (requirement.type === 'metric' && requirement.metric)
        add(metrics, currentId(context, 'metric', requirement.metric.value), level);
    }
  }
  return { check: checks, metric: metrics };
});

/** The levels that require a check or a metric, by its current id (requirements may name a former one). */
export function levelsRequiring(context: LadderContext, type: 'check' | 'metric', id: string): readonly Level[] {
  return requirers(context)[type].get(id) ?? NONE;
}

const firstById = <T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> => {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(keyOf(item))) map.set(keyOf(item), item);
  return map;
};

const expectations = once((level: Level) => firstById(level.expectations, (e) => e.competency.value));

/** The first expectation of a level for a competency. */
export function expectationOf(level: Level, competency: string): Expectation | undefined {
  return expectations(level).get(competency);
}

const descriptors = once((competency: Competency) => firstById(competency.descriptors, (d) => d.key));

/** The first descriptor of a competency for a scale id. */
export function descriptorOf(competency: Competency, key: string): Descriptor | undefined {
  return descriptors(competency).get(key);
}
