import type { Node } from 'yaml';
import { spanOf } from '../parse/nodes';
import type { Reader } from './read';
import { REQUIREMENT_TYPES, type Requirement, type RequirementType } from './types';

const MAX_REQUIREMENT_DEPTH = 32;

/** Reads one requirement mapping; `type` is undefined unless exactly one type key is present. */
export function buildRequirement(reader: Reader, node: Node, depth = 0): Requirement {
  const typeKeys = reader
    .entries(node)
    .filter((entry) => (REQUIREMENT_TYPES as readonly string[]).includes(entry.key))
    .map((entry) => ({ value: entry.key, span: spanOf(entry.keyNode) }));
  const id = reader.ref(node, 'id');
  const description = reader.string(node, 'description');
  const formerly = reader.refList(node, 'formerly');
  const base = {
    span: spanOf(node),
    typeKeys,
    ...(id ? { id } : {}),
    ...(formerly.length > 0 ? { formerly } : {}),
    ...(description !== undefined ? { description } : {}),
  };
  if (typeKeys.length !== 1) return { ...base, type: undefined };
  const type = typeKeys[0]!.value as RequirementType;
  const body = reader.field(node, type);
  switch (type) {
    case 'time-at-level':
      return {
        ...base,
        type,
        ...optional({
          years: reader.number(body, 'years'),
          rank: reader.number(body, 'rank'),
          level: reader.ref(body, 'level'),
        }),
      };
    case 'experience':
      return { ...base, type, ...optional({ years: reader.number(body, 'years') }) };
    case 'competencies': {
      const of = reader.seq(reader.field(body, 'of')) ? reader.refList(body, 'of') : undefined;
      const min = reader.field(body, 'min');
      return {
        ...base,
        type,
        ...optional({
          count: reader.number(body, 'count'),
          min: min === undefined ? undefined : reader.scaleRef(min),
          group: reader.ref(body, 'group'),
          of,
        }),
      };
    }
    case 'check':
      return { ...base, type, ...optional({ check: reader.ref(body) }) };
    case 'metric':
      return {
        ...base,
        type,
        ...optional({
          metric: reader.ref(body, 'id'),
          min: reader.number(body, 'min'),
          max: reader.number(body, 'max'),
        }),
      };
    case 'any-of':
    case 'all-of': {
      const items = reader.seq(body)?.items ?? [];
      const children =
        depth >= MAX_REQUIREMENT_DEPTH
          ? []
          : items
              .map((item) => reader.map(item))
              .filter((item): item is NonNullable<typeof item> => item !== undefined)
              .map((item) => buildRequirement(reader, item, depth + 1));
      return { ...base, type, children };
    }
  }
}

function optional<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) result[key] = value;
  return result as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** Every requirement of a list and, depth first, their any-of/all-of children. */
export function* allRequirements(requirements: readonly Requirement[]): Generator<Requirement> {
  for (const requirement of requirements) {
    yield requirement;
    if (requirement.type === 'any-of' || requirement.type === 'all-of') yield* allRequirements(requirement.children);
  }
}
