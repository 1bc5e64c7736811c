import type { PathSegment } from '../parse/nodes';
import { SCHEMAS } from '../schema/validator';
import type { FileKind } from '../types';

/** The parts of a JSON Schema the editor features read. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  required?: string[];
  enum?: unknown[];
  const?: unknown;
  defaultSnippets?: DefaultSnippet[];
}

/** A yaml-language-server style snippet: `body` is a value whose strings hold snippet syntax. */
export interface DefaultSnippet {
  label?: string;
  description?: string;
  markdownDescription?: string;
  body: unknown;
}

export function rootSchema(kind: FileKind): SchemaNode {
  return SCHEMAS[kind] as SchemaNode;
}

/** Follows `$ref` (local `#/definitions/…` only); the referring schema's own keywords win. */
export function resolve(root: SchemaNode, schema: SchemaNode | undefined): SchemaNode | undefined {
  let current = schema;
  const seen = new Set<string>();
  while (current?.$ref && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    const target = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], root) as
      SchemaNode | undefined;
    if (!target) return undefined;
    const { $ref: _ref, ...own } = current;
    current = { ...target, ...own };
  }
  return current;
}

/** The schema of the value of `key` in an object described by `schema`. */
export function propertySchema(root: SchemaNode, schema: SchemaNode | undefined, key: string): SchemaNode | undefined {
  const object = resolve(root, schema);
  if (!object) return undefined;
  const own = object.properties?.[key];
  if (own) return resolve(root, own);
  for (const [pattern, sub] of Object.entries(object.patternProperties ?? {})) {
    if (new RegExp(pattern, 'u').test(key)) return resolve(root, sub);
  }
  return typeof object.additionalProperties === 'object' ? resolve(root, object.additionalProperties) : undefined;
}

/** The schema at a path of keys and indices, or undefined when the path leaves the schema. */
export function schemaAt(root: SchemaNode, path: readonly PathSegment[]): SchemaNode | undefined {
  let schema: SchemaNode | undefined = resolve(root, root);
  for (const segment of path) {
    if (!schema) return undefined;
    schema = typeof segment === 'number' ? resolve(root, schema.items) : propertySchema(root, schema, segment);
  }
  return schema;
}

export function types(schema: SchemaNode | undefined): string[] {
  if (!schema?.type) return schema?.properties ? ['object'] : [];
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

export function allowsObject(schema: SchemaNode | undefined): boolean {
  return types(schema).includes('object');
}

export function isArraySchema(schema: SchemaNode | undefined): boolean {
  return types(schema).includes('array');
}

export function documentationOf(schema: SchemaNode | undefined): string | undefined {
  return schema?.markdownDescription ?? schema?.description;
}
