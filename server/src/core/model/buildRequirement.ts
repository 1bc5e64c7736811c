import type { Node } from 'yaml';
import { spanOf } from '../parse/nodes';
import type { Reader } from './read';
import { REQUIREMENT_TYPES, type Ref, type Requirement, type RequirementBase, type RequirementType } from './types';

const MAX_REQUIREMENT_DEPTH = 32;

/**
 * Reads one requirement mapping; `type` is undefined unless exactly one type key is present. Optional
 * fields are set only when present (no `undefined` properties), one assignment each: ladders hold
 * thousands of requirements, and spreading partial objects made this the costliest step of reading one.
 */
export function buildRequirement(reader: Reader, node: Node, depth = 0): Requirement {
  const typeKeys: Ref[] = [];
  for (const entry of reader.entries(node))
    if ((REQUIREMENT_TYPES as readonly string[]).includes(entry.key))
      typeKeys.push({ value: entry.key, span: spanOf(entry.keyNode) });
  const base: RequirementBase = { span: spanOf(node), typeKeys };
  const id = reader.ref(node, 'id');
  if (id) base.id = id;
  const formerly = reader.refList(node, 'formerly');
  if (formerly.length > 0) base.formerly = formerly;
  const description = reader.string(node, 'description');
  if (description !== undefined) base.description = description;
  if (typeKeys.length !== 1) return withType(base, { type: undefined });
  const type = typeKeys[0]!.value as RequirementType;
  const body = reader.field(node, type);
  switch (type) {
    case 'time-at-level': {
      const requirement: Variant<'time-at-level'> = withType(base, { type });
      setDefined(requirement, 'years', reader.number(body, 'years'));
      setDefined(requirement, 'rank', reader.number(body, 'rank'));
      setDefined(requirement, 'level', reader.ref(body, 'level'));
      return requirement;
    }
    case 'experience': {
      const requirement: Variant<'experience'> = withType(base, { type });
      setDefined(requirement, 'years', reader.number(body, 'years'));
      return requirement;
    }
    case 'competencies': {
      const requirement: Variant<'competencies'> = withType(base, { type });
      setDefined(requirement, 'count', reader.number(body, 'count'));
      const min = reader.field(body, 'min');
      if (min !== undefined) setDefined(requirement, 'min', reader.scaleRef(min));
      setDefined(requirement, 'group', reader.ref(body, 'group'));
      if (reader.seq(reader.field(body, 'of'))) requirement.of = reader.refList(body, 'of');
      return requirement;
    }
    case 'check': {
      const requirement: Variant<'check'> = withType(base, { type });
      setDefined(requirement, 'check', reader.ref(body));
      return requirement;
    }
    case 'metric': {
      const requirement: Variant<'metric'> = withType(base, { type });
      setDefined(requirement, 'metric', reader.ref(body, 'id'));
      setDefined(requirement, 'min', reader.number(body, 'min'));
      setDefined(requirement, 'max', reader.number(body, 'max'));
      return requirement;
    }
    case 'any-of':
    case 'all-of': {
      const children: Requirement[] = [];
      if (depth < MAX_REQUIREMENT_DEPTH)
        for (const item of reader.seq(body)?.items ?? []) {
          const map = reader.map(item);
          if (map !== undefined) children.push(buildRequirement(reader, map, depth + 1));
        }
      return withType(base, { type, children });
    }
  }
}

type Variant<T extends RequirementType> = Extract<Requirement, { type: T }>;

/** The base with the type's fields added in place (the base is the requirement being built). */
function withType<T extends object>(base: RequirementBase, fields: T): RequirementBase & T {
  return Object.assign(base, fields);
}

function setDefined<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

/** Every requirement of a list and, depth first, their any-of/all-of children. */
export function allRequirements(requirements: readonly Requirement[], into: Requirement[] = []): Requirement[] {
  for (const requirement of requirements) {
    into.push(requirement);
    if (requirement.type === 'any-of' || requirement.type === 'all-of') allRequirements(requirement.children, into);
  }
  return into;
}
