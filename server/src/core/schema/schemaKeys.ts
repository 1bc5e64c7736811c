import type { PathSegment } from '../parse/nodes';

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A local `$ref` (`#/definitions/level`) resolved against the root schema; other schemas as they are. */
function resolve(root: Schema, schema: Schema): Schema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 16; hops++) {
    let target: unknown = root;
    for (const part of current.$ref.replace(/^#\/?/, '').split('/').filter(Boolean)) {
      target = isSchema(target) ? target[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    }
    if (!isSchema(target)) return current;
    current = target;
  }
  return current;
}

/** The schemas a value may match: the schema itself and the branches of its anyOf, oneOf and allOf. */
function alternatives(root: Schema, schema: Schema): Schema[] {
  const resolved = resolve(root, schema);
  const branches = ['anyOf', 'oneOf', 'allOf'].flatMap((keyword) => {
    const list = resolved[keyword];
    return Array.isArray(list) ? list.filter(isSchema).flatMap((branch) => alternatives(root, branch)) : [];
  });
  return [resolved, ...branches];
}

function child(schema: Schema, segment: PathSegment): Schema | undefined {
  if (typeof segment === 'number') return isSchema(schema.items) ? schema.items : undefined;
  const properties = schema.properties;
  if (isSchema(properties) && isSchema(properties[segment])) return properties[segment];
  return isSchema(schema.additionalProperties) ? schema.additionalProperties : undefined;
}

/** The schemas that apply to the value at `path`, each with its anyOf, oneOf and allOf branches. */
function schemasAt(root: Schema, path: readonly PathSegment[]): Schema[] {
  let schemas: Schema[] = [root];
  for (const segment of path) {
    schemas = schemas
      .flatMap((schema) => alternatives(root, schema))
      .flatMap((schema): Schema[] => {
        const found = child(schema, segment);
        return found ? [found] : [];
      });
  }
  return schemas.flatMap((schema) => alternatives(root, schema));
}

/**
 * The keys a schema names for the mapping at `path` of a document (in the schema's order), for
 * suggesting the key an unknown one was meant to be.
 */
export function schemaKeys(root: object, path: readonly PathSegment[]): string[] {
  const keys = new Set<string>();
  for (const schema of schemasAt(root as Schema, path)) {
    if (isSchema(schema.properties)) for (const key of Object.keys(schema.properties)) keys.add(key);
  }
  return [...keys];
}

/** The schema of `key` in the mapping at `path` (its `$ref` kept, so a caller can tell what it names). */
export function schemaProperty(root: object, path: readonly PathSegment[], key: string): Schema | undefined {
  for (const schema of schemasAt(root as Schema, path)) {
    const property = isSchema(schema.properties) ? schema.properties[key] : undefined;
    if (isSchema(property)) return property;
  }
  return undefined;
}
