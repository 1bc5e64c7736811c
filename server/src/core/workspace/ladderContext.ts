import { allRequirements } from '../model/buildRequirement';
import type { Check, Competency, Ladder, Level, Metric, Requirement, ScaleEntry, Track } from '../model/types';
import type { LadderDiagnostic, Span } from '../types';
import { formerIdMap, resolveIn, type FormerIds, type RenamableList, type Resolution } from './formerIds';
import { displayName } from './paths';

/** An `include` of a ladder and what it led to. */
export interface ResolvedInclude {
  written: string;
  span: Span;
  uri: string | undefined;
  competencies: Competency[];
}

/**
 * A ladder with its includes resolved and its ids indexed: what scoring, the assessment checks and the
 * editor features look things up in. The first definition of an id wins.
 */
export interface LadderContext {
  readonly ladder: Ladder;
  readonly includes: readonly ResolvedInclude[];
  readonly competencies: ReadonlyMap<string, Competency>;
  readonly scale: ReadonlyMap<string, { entry: ScaleEntry; position: number }>;
  readonly tracks: ReadonlyMap<string, Track>;
  readonly levels: ReadonlyMap<string, Level>;
  readonly metrics: ReadonlyMap<string, Metric>;
  readonly checks: ReadonlyMap<string, Check>;
  readonly requirements: ReadonlyMap<string, { requirement: Requirement; level: Level }>;
  readonly groups: ReadonlySet<string>;
  readonly ranks: ReadonlySet<number>;
  /** Former id → current id per list (`formerly`): references to a former id still resolve. */
  readonly formerIds: FormerIds;
  /** Problems with the includes themselves (missing file, wrong kind, cycle), in the ladder file. */
  readonly includeDiagnostics: readonly LadderDiagnostic[];
}

function index<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function buildLadderContext(
  ladder: Ladder,
  includes: ResolvedInclude[],
  includeDiagnostics: LadderDiagnostic[],
): LadderContext {
  const competencies = index(ladder.competencies);
  for (const include of includes)
    for (const competency of include.competencies)
      if (!competencies.has(competency.id)) competencies.set(competency.id, competency);
  const scale = new Map<string, { entry: ScaleEntry; position: number }>();
  ladder.scale.forEach((entry, position) => {
    if (!scale.has(entry.key)) scale.set(entry.key, { entry, position });
  });
  const requirements = new Map<string, { requirement: Requirement; level: Level }>();
  for (const level of ladder.levels) {
    for (const requirement of allRequirements(level.requirements)) {
      if (requirement.id && !requirements.has(requirement.id.value))
        requirements.set(requirement.id.value, { requirement, level });
    }
  }
  const groups = new Set<string>();
  for (const competency of competencies.values()) if (competency.group) groups.add(competency.group.value);
  const ranks = new Set<number>();
  for (const level of ladder.levels) if (level.rank) ranks.add(level.rank.value);
  const tracks = index(ladder.tracks);
  const levels = index(ladder.levels);
  const metrics = index(ladder.metrics);
  const checks = index(ladder.checks);
  const requirementItems = [...requirements].map(([id, { requirement }]) => ({
    id,
    ...(requirement.formerly ? { formerly: requirement.formerly } : {}),
  }));
  const formerIds: FormerIds = {
    competency: formerIdMap(competencies.values(), competencies),
    level: formerIdMap(levels.values(), levels),
    track: formerIdMap(tracks.values(), tracks),
    check: formerIdMap(checks.values(), checks),
    metric: formerIdMap(metrics.values(), metrics),
    requirement: formerIdMap(requirementItems, requirements),
  };
  return {
    ladder,
    includes,
    competencies,
    scale,
    requirements,
    groups,
    ranks,
    includeDiagnostics,
    tracks,
    levels,
    metrics,
    checks,
    formerIds,
  };
}

/** The current ids of a list of the ladder. */
export function currentIds(context: LadderContext, list: RenamableList): ReadonlyMap<string, unknown> {
  switch (list) {
    case 'competency':
      return context.competencies;
    case 'level':
      return context.levels;
    case 'track':
      return context.tracks;
    case 'check':
      return context.checks;
    case 'metric':
      return context.metrics;
    case 'requirement':
      return context.requirements;
  }
}

/** How an id written where an item of `list` is meant resolves: itself, the id it was renamed to, or nothing. */
export function resolveId(context: LadderContext, list: RenamableList, id: string): Resolution {
  return resolveIn(currentIds(context, list), context.formerIds[list], id);
}

/** The id an item of `list` has now: `id` itself unless it is a former id. */
export function currentId(context: LadderContext, list: RenamableList, id: string): string {
  return context.formerIds[list].get(id) ?? id;
}

/** "1, 2, 3" or "I, II, III": the scale as users write it, for messages. */
export function scaleList(context: LadderContext): string {
  return context.ladder.scale.map((entry) => String(entry.id)).join(', ');
}

export function sourceName(competency: Competency, fromUri: string): string {
  return competency.uri === fromUri ? 'above' : `in ${displayName(competency.uri, fromUri)}`;
}
