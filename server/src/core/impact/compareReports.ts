import type { ScaleId } from '../model/types';
import type {
  ExpectationResult,
  ExpectationStatus,
  LevelScore,
  LevelStatus,
  RequirementResult,
  RequirementStatus,
  ScoreReport,
} from '../score/types';

/** A level's verdict: what the lens, the table and the JSON compare. */
export interface Verdict {
  status: LevelStatus;
  readiness: number;
}

export interface ExpectationSide {
  expected: ScaleId;
  rated: ScaleId | null;
  status: ExpectationStatus;
}

export interface RequirementSide {
  status: RequirementStatus;
  detail: string;
}

/** An expectation whose result differs; a side is null where the level has no such expectation. */
export interface ExpectationChange {
  competency: string;
  before: ExpectationSide | null;
  after: ExpectationSide | null;
}

/** A top-level requirement whose result differs; a side is null where the level has no such requirement. */
export interface RequirementChange {
  id?: string;
  type: string;
  before: RequirementSide | null;
  after: RequirementSide | null;
}

/**
 * A level whose status or readiness differs between two scores of the same assessment: `before` is null
 * for a level that is new (or whose ladder did not exist before), `after` for one that was removed.
 */
export interface LevelChange {
  level: string;
  name: string;
  before: Verdict | null;
  after: Verdict | null;
  expectations: ExpectationChange[];
  requirements: RequirementChange[];
}

/** Maps the ids of the earlier report to the ids of the later ladder (renames through `formerly`). */
export interface IdMapping {
  level(id: string): string;
  competency(id: string): string;
  requirement(id: string): string;
}

const SAME: IdMapping = { level: (id) => id, competency: (id) => id, requirement: (id) => id };

const verdict = (level: LevelScore): Verdict => ({ status: level.status, readiness: level.readiness });

/**
 * The levels whose verdict differs between `before` (undefined: nothing could be scored, so every level
 * is new) and `after`, in the order of `after`'s levels and then the removed ones, each with the
 * expectations and requirements whose results differ.
 */
export function compareReports(
  before: ScoreReport | undefined,
  after: ScoreReport,
  ids: IdMapping = SAME,
): LevelChange[] {
  const earlier = new Map<string, LevelScore>();
  for (const level of before?.levels ?? []) {
    const id = ids.level(level.id);
    if (!earlier.has(id)) earlier.set(id, level);
  }
  const changes: LevelChange[] = [];
  const seen = new Set<string>();
  for (const level of after.levels) {
    seen.add(level.id);
    const old = earlier.get(level.id);
    if (old && old.status === level.status && old.readiness === level.readiness) continue;
    changes.push({
      level: level.id,
      name: level.name,
      before: old ? verdict(old) : null,
      after: verdict(level),
      expectations: expectationChanges(old, level, ids),
      requirements: requirementChanges(old, level, ids),
    });
  }
  for (const [id, old] of earlier) {
    if (seen.has(id)) continue;
    changes.push({
      level: id,
      name: old.name,
      before: verdict(old),
      after: null,
      expectations: expectationChanges(old, undefined, ids),
      requirements: requirementChanges(old, undefined, ids),
    });
  }
  return changes;
}

const expectationSide = (e: ExpectationResult): ExpectationSide => ({
  expected: e.expected,
  rated: e.rated,
  status: e.status,
});
const requirementSide = (r: RequirementResult): RequirementSide => ({ status: r.status, detail: r.detail });

function expectationChanges(
  before: LevelScore | undefined,
  after: LevelScore | undefined,
  ids: IdMapping,
): ExpectationChange[] {
  const old = new Map<string, ExpectationResult>();
  for (const expectation of before?.expectations ?? []) old.set(ids.competency(expectation.competency), expectation);
  const changes: ExpectationChange[] = [];
  for (const expectation of after?.expectations ?? []) {
    const previous = old.get(expectation.competency);
    old.delete(expectation.competency);
    if (
      previous &&
      previous.expected === expectation.expected &&
      previous.rated === expectation.rated &&
      previous.status === expectation.status
    )
      continue;
    changes.push({
      competency: expectation.competency,
      before: previous ? expectationSide(previous) : null,
      after: expectationSide(expectation),
    });
  }
  for (const [competency, previous] of old)
    changes.push({ competency, before: expectationSide(previous), after: null });
  return changes;
}

/** Requirements match by id, or, without one, by type and place among the level's requirements of that type. */
function requirementKeys(
  requirements: readonly RequirementResult[],
  rename: (id: string) => string,
): Map<string, RequirementResult> {
  const keyed = new Map<string, RequirementResult>();
  const counts = new Map<string, number>();
  for (const requirement of requirements) {
    let key: string;
    if (requirement.id !== undefined) key = `id:${rename(requirement.id)}`;
    else {
      const n = counts.get(requirement.type) ?? 0;
      counts.set(requirement.type, n + 1);
      key = `type:${requirement.type}#${n}`;
    }
    if (!keyed.has(key)) keyed.set(key, requirement);
  }
  return keyed;
}

function requirementChanges(
  before: LevelScore | undefined,
  after: LevelScore | undefined,
  ids: IdMapping,
): RequirementChange[] {
  const old = requirementKeys(before?.requirements ?? [], (id) => ids.requirement(id));
  const changes: RequirementChange[] = [];
  for (const [key, requirement] of requirementKeys(after?.requirements ?? [], (id) => id)) {
    const previous = old.get(key);
    old.delete(key);
    if (previous && previous.status === requirement.status && previous.detail === requirement.detail) continue;
    changes.push({
      ...(requirement.id !== undefined ? { id: requirement.id } : {}),
      type: requirement.type,
      before: previous ? requirementSide(previous) : null,
      after: requirementSide(requirement),
    });
  }
  for (const previous of old.values()) {
    const id = previous.id === undefined ? undefined : ids.requirement(previous.id);
    changes.push({
      ...(id !== undefined ? { id } : {}),
      type: previous.type,
      before: requirementSide(previous),
      after: null,
    });
  }
  return changes;
}
