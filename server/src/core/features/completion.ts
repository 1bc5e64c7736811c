import * as l10n from '@vscode/l10n';
import { FILE_KINDS } from '../fileKinds';
import type { Workspace } from '../workspace/workspace';
import { entry, sortKey, type CompletionEntry, type CompletionEnv } from './completionEntry';
import { referenceKeys, referenceValues } from './completionReferences';
import { snippetEntries } from './completionSnippets';
import { cursorContext } from './cursor';
import { fileEnv } from './fileEnv';
import { keyRole, valueRole } from './roles';
import {
  allowsObject,
  documentationOf,
  isArraySchema,
  resolve,
  rootSchema,
  schemaAt,
  types,
  type SchemaNode,
} from './schemaNav';
import { yamlScalar } from '../text/yamlText';

export type { CompletionEntry };

/**
 * Completions at `offset`: schema keys and snippets, enum values, and the ids of the file's ladder.
 * `typedText`, when given, is a newer text of the file than its analysis that differs from the analysed
 * text only from the start of the cursor's line on (a big document being typed in): the cursor is read
 * from it, the structure above the cursor from the analysis, and `offset` and the spans answered are
 * in `typedText`.
 */
export function complete(workspace: Workspace, uri: string, offset: number, typedText?: string): CompletionEntry[] {
  const file = fileEnv(workspace, uri);
  if (!file) return [];
  const text = typedText ?? file.analyzed.text;
  const cursor = cursorContext(text, file.doc, offset);
  if (!cursor) return [];
  const env: CompletionEnv = { ...file, root: file.kind ? rootSchema(file.kind) : undefined, cursor };
  const entries = !env.kind
    ? kindCompletions(env)
    : cursor.position === 'key'
      ? keyCompletions(env)
      : valueCompletions(env);
  return text.includes('\r\n')
    ? entries.map((e) => ({ ...e, insertText: e.insertText.replace(/\n/g, '\r\n') }))
    : entries;
}

function kindCompletions(env: CompletionEnv): CompletionEntry[] {
  const { cursor } = env;
  if (cursor.position === 'key' && cursor.path.length === 0 && !cursor.siblings.has('kind')) {
    return [
      entry(env, 'kind', 'property', cursor.hasColon ? 'kind' : `kind: \${1|${FILE_KINDS.join(',')}|}`, {
        isSnippet: !cursor.hasColon,
        documentation: l10n.t('What the file holds: `Ladder`, `Competencies`, `SelfAssessment` or `Review`.'),
      }),
    ];
  }
  if (cursor.position === 'value' && cursor.path.length === 1 && cursor.path[0] === 'kind') {
    return FILE_KINDS.map((kind, i) => entry(env, kind, 'enum', kind, { sortText: sortKey(i) }));
  }
  return [];
}

// ---------------------------------------------------------------------------------------------- keys

function keyCompletions(env: CompletionEnv): CompletionEntry[] {
  const { cursor } = env;
  const role = keyRole(env.kind!, cursor.path, env.doc);
  if (role) {
    const refs = referenceKeys(env, role);
    if (refs.length > 0) return refs;
  }
  const schema = schemaAt(env.root!, cursor.path);
  if (!schema) return [];
  const result = propertyEntries(env, schema, cursor.siblings, cursor.column);
  if (cursor.style !== 'flow' && !cursor.hasColon && (cursor.siblings.size === 0 || !schema.properties)) {
    result.push(...snippetEntries(env, schema.defaultSnippets, 'key'));
  }
  return result;
}

function typeSummary(schema: SchemaNode | undefined, required: boolean): string | undefined {
  const names = types(schema).map((t) => (t === 'array' ? 'list' : t === 'object' ? 'mapping' : t));
  const summary = schema?.const !== undefined ? String(schema.const) : names.join(' | ');
  if (!summary) return required ? l10n.t('required') : undefined;
  return required ? l10n.t('{0} (required)', summary) : summary;
}

function keyInsert(
  env: CompletionEnv,
  key: string,
  schema: SchemaNode | undefined,
  column: number,
  hasColon: boolean,
): string {
  if (hasColon) return key;
  if (env.cursor.style === 'flow') return `${key}: `;
  if (schema?.const !== undefined) return `${key}: ${String(schema.const)}`;
  const kinds = types(schema);
  const indent = ' '.repeat(column + 2);
  if (kinds.length === 1 && kinds[0] === 'array') return `${key}:\n${indent}- `;
  if (kinds.length === 1 && kinds[0] === 'object') return `${key}:\n${indent}`;
  return `${key}: `;
}

/** The schema's properties not yet present, as keys to insert at `column`. */
function propertyEntries(
  env: CompletionEnv,
  schema: SchemaNode,
  present: ReadonlySet<string>,
  column: number,
  hasColon = env.cursor.hasColon,
): CompletionEntry[] {
  const object = resolve(env.root!, schema);
  const required = new Set(object?.required ?? []);
  return Object.entries(object?.properties ?? {})
    .filter(([key]) => !present.has(key))
    .map(([key, property], i) => {
      const value = resolve(env.root!, property);
      const detail = typeSummary(value, required.has(key));
      const documentation = documentationOf(value);
      return entry(env, key, 'property', keyInsert(env, key, value, column, hasColon), {
        sortText: sortKey(i, required.has(key) ? 0 : 1),
        ...(detail ? { detail } : {}),
        ...(documentation ? { documentation } : {}),
      });
    });
}

// -------------------------------------------------------------------------------------------- values

function valueCompletions(env: CompletionEnv): CompletionEntry[] {
  const { cursor } = env;
  const schema = schemaAt(env.root!, cursor.path);
  const role = valueRole(env.kind!, cursor.path, env.doc);
  const result: CompletionEntry[] = role ? referenceValues(env, role) : enumEntries(env, schema);
  if (cursor.style === 'list-item' && allowsObject(schema)) {
    result.push(...propertyEntries(env, schema!, new Set(), cursor.column, false));
    result.push(...snippetEntries(env, schema!.defaultSnippets, 'item'));
  }
  // A block snippet replaces the whole value: offered only while nothing is written after the colon.
  if (cursor.style === 'block-value' && cursor.partial.trim() === '') {
    if (allowsObject(schema))
      result.push(...snippetEntries(env, schema!.defaultSnippets, role ? 'block-value' : 'value'));
    if (isArraySchema(schema))
      result.push(...snippetEntries(env, resolve(env.root!, schema!.items)?.defaultSnippets, 'list-value'));
  }
  return result;
}

function enumEntries(env: CompletionEnv, schema: SchemaNode | undefined): CompletionEntry[] {
  const values = schema?.const !== undefined ? [schema.const] : (schema?.enum ?? []);
  const documentation = documentationOf(schema);
  return values
    .filter((value): value is string | number => typeof value === 'string' || typeof value === 'number')
    .map((value, i) =>
      entry(env, String(value), 'enum', yamlScalar(value, env.cursor.style === 'flow'), {
        sortText: sortKey(i),
        ...(documentation ? { documentation } : {}),
      }),
    );
}
