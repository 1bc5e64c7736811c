import { isMap, isPair, isSeq, type Document, type Node } from 'yaml';
import assessmentSchema from '../../../../schemas/assessment.schema.json';
import competenciesSchema from '../../../../schemas/competencies.schema.json';
import ladderSchema from '../../../../schemas/ladder.schema.json';
import reviewSchema from '../../../../schemas/review.schema.json';
import { keyText } from '../parse/nodes';
import type { FileKind } from '../types';

/** The parts of a JSON Schema that say which keys a mapping has and what is inside it. */
interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

interface RootSchema extends SchemaNode {
  definitions?: Record<string, SchemaNode>;
}

const SCHEMAS: Record<FileKind, RootSchema> = {
  Ladder: ladderSchema as RootSchema,
  Competencies: competenciesSchema as RootSchema,
  SelfAssessment: assessmentSchema as RootSchema,
  Review: reviewSchema as RootSchema,
};

/** The schema and its alternatives (`$ref` followed, `oneOf`/`anyOf`/`allOf` members), flattened. */
function alternatives(root: RootSchema, schema: SchemaNode | undefined, depth = 0): SchemaNode[] {
  if (!schema || depth > 8) return [];
  if (schema.$ref) {
    const name = schema.$ref.replace('#/definitions/', '');
    return alternatives(root, root.definitions?.[name], depth + 1);
  }
  const members = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])];
  return [schema, ...members.flatMap((member) => alternatives(root, member, depth + 1))];
}

/** The schema of the value under `key` of a mapping described by `schemas`. */
function propertySchemas(root: RootSchema, schemas: SchemaNode[], key: string): SchemaNode[] {
  return schemas.flatMap((schema) => {
    const property = schema.properties?.[key];
    if (property) return alternatives(root, property);
    return typeof schema.additionalProperties === 'object' ? alternatives(root, schema.additionalProperties) : [];
  });
}

/** The order the schema lists the properties of a mapping in. */
function keyRanks(schemas: SchemaNode[]): Map<string, number> {
  const ranks = new Map<string, number>();
  for (const schema of schemas)
    for (const key of Object.keys(schema.properties ?? {})) if (!ranks.has(key)) ranks.set(key, ranks.size);
  return ranks;
}

/**
 * Reorders the keys of every mapping of a ladder file the way its schema lists them (`kind`, `id`,
 * `name`, … at the top of a ladder); keys the schema does not name (`x-` extensions, unknown keys)
 * follow in the order they were written. Comments and blank lines travel with their key.
 */
export function sortKeysBySchema(doc: Document, kind: FileKind): void {
  const root = SCHEMAS[kind];
  const stack: { node: unknown; schemas: SchemaNode[] }[] = [{ node: doc.contents, schemas: alternatives(root, root) }];
  while (stack.length > 0) {
    const { node, schemas } = stack.pop()!;
    if (isMap(node)) {
      const ranks = keyRanks(schemas);
      const rankOf = (item: unknown) => {
        const key = isPair(item) ? keyText(item) : undefined;
        return key === undefined ? ranks.size : (ranks.get(key) ?? ranks.size);
      };
      const ranked = node.items.map((item, index) => ({ item, index, rank: rankOf(item) }));
      ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
      node.items = ranked.map(({ item }) => item);
      for (const item of node.items) {
        const key = keyText(item);
        if (key !== undefined) stack.push({ node: item.value, schemas: propertySchemas(root, schemas, key) });
      }
    } else if (isSeq(node)) {
      const itemSchemas = schemas.flatMap((schema) => alternatives(root, schema.items));
      for (const item of node.items) stack.push({ node: item as Node, schemas: itemSchemas });
    }
  }
}
