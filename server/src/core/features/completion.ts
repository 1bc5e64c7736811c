import { FILE_KINDS } from '../fileKinds';
import type { Level } from '../model/types';
import type { Span } from '../types';
import { relativeReference } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { cursorContext, type CursorContext } from './cursor';
import { CHECK_STATUSES, checkMarkdown, competencyMarkdown, levelMarkdown, metricMarkdown, rankMarkdown, requirementMarkdown, scaleMarkdown, trackMarkdown } from './describe';
import { allCompetencies, allGroups, assessmentOf, competencyById, fileEnv, focusLevels, type FileEnv } from './fileEnv';
import { keyRole, valueRole, type Role } from './roles';
import { allowsObject, documentationOf, isArraySchema, resolve, rootSchema, schemaAt, types, type DefaultSnippet, type SchemaNode } from './schemaNav';
import { yamlScalar } from './scalarText';
import { indentLines, isBlockBody, snippetLines, snippetPreview } from './snippetText';

/**
 * One completion proposal. `replace` is the text it replaces (on the cursor's line, containing the
 * cursor); `insertText` replaces it. Lines after the first carry their full indentation, so insert them
 * as they are (LSP `insertTextMode: asIs`). With `isSnippet`, `insertText` uses snippet syntax.
 */
export interface CompletionEntry {
  label: string;
  kind: 'property' | 'value' | 'reference' | 'snippet' | 'file' | 'enum';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  isSnippet?: boolean;
  replace: Span;
  sortText?: string;
  filterText?: string;
}

type Env = FileEnv & { root: SchemaNode | undefined; cursor: CursorContext };

/** Completions at `offset`: schema keys and snippets, enum values, and the ids of the file's ladder. */
export function complete(workspace: Workspace, uri: string, offset: number): CompletionEntry[] {
  const file = fileEnv(workspace, uri);
  if (!file) return [];
  const cursor = cursorContext(file.analyzed.text, file.doc, offset);
  if (!cursor) return [];
  const env: Env = { ...file, root: file.kind ? rootSchema(file.kind) : undefined, cursor };
  const entries = !env.kind ? kindCompletions(env) : cursor.position === 'key' ? keyCompletions(env) : valueCompletions(env);
  return file.analyzed.text.includes('\r\n') ? entries.map((e) => ({ ...e, insertText: e.insertText.replace(/\n/g, '\r\n') })) : entries;
}

function sortKey(index: number, group = 1): string {
  return `${group}${String(index).padStart(4, '0')}`;
}

function entry(env: Env, label: string, kind: CompletionEntry['kind'], insertText: string, extra: Partial<CompletionEntry> = {}): CompletionEntry {
  const { cursor } = env;
  return {
    label,
    kind,
    insertText: cursor.prefix + insertText,
    replace: cursor.replace,
    ...(cursor.quote ? { filterText: cursor.quote + label } : {}),
    ...extra,
  };
}

function kindCompletions(env: Env): CompletionEntry[] {
  const { cursor } = env;
  if (cursor.position === 'key' && cursor.path.length === 0 && !cursor.siblings.has('kind')) {
    return [entry(env, 'kind', 'property', cursor.hasColon ? 'kind' : `kind: \${1|${FILE_KINDS.join(',')}|}`, { isSnippet: !cursor.hasColon, documentation: 'What the file holds: `Ladder`, `Competencies` or `SelfAssessment`.' })];
  }
  if (cursor.position === 'value' && cursor.path.length === 1 && cursor.path[0] === 'kind') {
    return FILE_KINDS.map((kind, i) => entry(env, kind, 'enum', kind, { sortText: sortKey(i) }));
  }
  return [];
}

// ---------------------------------------------------------------------------------------------- keys

function keyCompletions(env: Env): CompletionEntry[] {
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
  if (!summary) return required ? 'required' : undefined;
  return required ? `${summary} (required)` : summary;
}

function keyInsert(env: Env, key: string, schema: SchemaNode | undefined, column: number, hasColon: boolean): string {
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
function propertyEntries(env: Env, schema: SchemaNode, present: ReadonlySet<string>, column: number, hasColon = env.cursor.hasColon): CompletionEntry[] {
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

function referenceKeys(env: Env, role: Role): CompletionEntry[] {
  const { cursor, context } = env;
  const insert = (id: string) => (cursor.hasColon ? id : `${id}: `);
  const present = cursor.siblings;
  switch (role.type) {
    case 'competency': {
      const assessment = assessmentOf(env);
      const levels = focusLevels(env);
      return allCompetencies(env).filter((c) => !present.has(c.id)).map((c, i) => {
        const expected = assessment ? expectedText(c.id, levels) : undefined;
        const detail = [c.name ?? c.id, expected].filter(Boolean).join(' · ');
        return entry(env, c.id, 'reference', insert(c.id), {
          detail,
          documentation: competencyMarkdown(c, context, { levels, levelsLabel: 'Next levels expect', fromUri: env.uri }),
          sortText: sortKey(i, assessment && !expected ? 2 : 1),
        });
      });
    }
    case 'check':
      return [...(context?.checks.values() ?? [])].filter((c) => !present.has(c.id)).map((check, i) =>
        entry(env, check.id, 'reference', insert(check.id), { detail: check.name ?? check.id, documentation: checkMarkdown(check, context!), sortText: sortKey(i) }));
    case 'metric':
      return [...(context?.metrics.values() ?? [])].filter((m) => !present.has(m.id)).map((metric, i) =>
        entry(env, metric.id, 'reference', insert(metric.id), { detail: metric.name ?? metric.id, documentation: metricMarkdown(metric, context!), sortText: sortKey(i) }));
    case 'scale': {
      if (!context) return [];
      const competency = 'competency' in role && role.competency ? competencyById(env, role.competency) : undefined;
      return context.ladder.scale.filter((s) => !present.has(s.key)).map((s, i) =>
        entry(env, s.key, 'value', cursor.hasColon ? yamlScalar(s.id, false) : `${yamlScalar(s.id, false)}: `, {
          ...(s.name ? { detail: s.name } : {}), documentation: scaleMarkdown(s, context, competency), sortText: sortKey(i),
        }));
    }
    default:
      return [];
  }
}

function expectedText(competencyId: string, levels: readonly Level[]): string | undefined {
  const parts = levels.flatMap((level) => {
    const min = level.expectations.find((e) => e.competency.value === competencyId)?.min;
    return min ? [`${min.key} by ${level.name ?? level.id}`] : [];
  });
  return parts.length === 0 ? undefined : `expected ${parts.join(', ')}`;
}

// -------------------------------------------------------------------------------------------- values

function valueCompletions(env: Env): CompletionEntry[] {
  const { cursor } = env;
  const schema = schemaAt(env.root!, cursor.path);
  const role = valueRole(env.kind!, cursor.path, env.doc);
  const result: CompletionEntry[] = role ? referenceValues(env, role) : enumEntries(env, schema);
  if (cursor.style === 'list-item' && allowsObject(schema)) {
    result.push(...propertyEntries(env, schema!, new Set(), cursor.column, false));
    result.push(...snippetEntries(env, schema!.defaultSnippets, 'item'));
  }
  if (cursor.style === 'block-value') {
    if (allowsObject(schema)) result.push(...snippetEntries(env, schema!.defaultSnippets, role ? 'block-value' : 'value'));
    if (isArraySchema(schema)) result.push(...snippetEntries(env, resolve(env.root!, schema!.items)?.defaultSnippets, 'list-value'));
  }
  return result;
}

function enumEntries(env: Env, schema: SchemaNode | undefined): CompletionEntry[] {
  const values = schema?.const !== undefined ? [schema.const] : schema?.enum ?? [];
  const documentation = documentationOf(schema);
  return values
    .filter((value): value is string | number => typeof value === 'string' || typeof value === 'number')
    .map((value, i) => entry(env, String(value), 'enum', yamlScalar(value, env.cursor.style === 'flow'), { sortText: sortKey(i), ...(documentation ? { documentation } : {}) }));
}

function referenceValues(env: Env, role: Role): CompletionEntry[] {
  const { cursor, context } = env;
  if ('definition' in role && role.definition) return [];
  const flow = cursor.style === 'flow';
  const present = cursor.siblings;
  const ref = (id: string, i: number, extra: Partial<CompletionEntry>) => entry(env, id, 'reference', yamlScalar(id, flow), { sortText: sortKey(i), ...extra });
  switch (role.type) {
    case 'track':
      return [...(context?.tracks.values() ?? [])].map((track, i) => ref(track.id, i, { detail: track.name ?? track.id, documentation: trackMarkdown(track, context!) }));
    case 'level': {
      const self = 'self' in role ? role.self : undefined;
      return [...(context?.levels.values() ?? [])].filter((level) => level.id !== self && !present.has(level.id)).map((level, i) =>
        ref(level.id, i, { detail: [level.name, level.rank ? `rank ${level.rank.value}` : undefined].filter(Boolean).join(' · ') || level.id, documentation: levelMarkdown(level, context!) }));
    }
    case 'competency':
      return allCompetencies(env).filter((c) => !present.has(c.id)).map((c, i) =>
        ref(c.id, i, { detail: c.name ?? c.id, documentation: competencyMarkdown(c, context, { fromUri: env.uri }) }));
    case 'scale': {
      if (!context) return [];
      const competency = 'competency' in role && role.competency ? competencyById(env, role.competency) : undefined;
      return context.ladder.scale.map((s, i) => entry(env, s.key, 'value', yamlScalar(s.id, flow), {
        ...(s.name ? { detail: s.name } : {}), documentation: scaleMarkdown(s, context, competency), sortText: sortKey(i),
      }));
    }
    case 'metric':
      return [...(context?.metrics.values() ?? [])].map((metric, i) => ref(metric.id, i, { detail: metric.name ?? metric.id, documentation: metricMarkdown(metric, context!) }));
    case 'check':
      return [...(context?.checks.values() ?? [])].map((check, i) => ref(check.id, i, { detail: check.name ?? check.id, documentation: checkMarkdown(check, context!) }));
    case 'requirement': {
      const waived = new Set((assessmentOf(env)?.waivers ?? []).flatMap((w) => (w.requirement && !overlaps(w.requirement.span, cursor.replace) ? [w.requirement.value] : [])));
      return [...(context?.requirements.entries() ?? [])].filter(([id]) => !waived.has(id)).map(([id, { requirement, level }], i) =>
        ref(id, i, { detail: `${level.name ?? level.id}: ${requirement.type ?? 'requirement'}`, documentation: requirementMarkdown(requirement, level, context) }));
    }
    case 'group':
      return allGroups(env).map((group, i) => {
        const count = allCompetencies(env).filter((c) => c.group?.value === group).length;
        return ref(group, i, { detail: `${count} ${count === 1 ? 'competency' : 'competencies'}` });
      });
    case 'rank':
      return [...(context?.ranks ?? [])].sort((a, b) => a - b).map((rank, i) => entry(env, String(rank), 'value', String(rank), {
        detail: context!.ladder.levels.filter((l) => l.rank?.value === rank).map((l) => l.name ?? l.id).join(', '), documentation: rankMarkdown(rank, context!), sortText: sortKey(i),
      }));
    case 'ladder-file':
    case 'catalogue-file': {
      const kind = role.type === 'ladder-file' ? 'Ladder' : 'Competencies';
      return env.workspace.filesOfKind(kind).filter((uri) => uri !== env.uri).map((uri, i) => {
        const path = relativeReference(env.uri, uri);
        const model = env.workspace.file(uri).analyzed?.model;
        const name = model && model.kind !== 'SelfAssessment' ? model.name ?? model.id?.value : undefined;
        return entry(env, path, 'file', yamlScalar(path, flow), { sortText: sortKey(i), ...(name ? { detail: name } : {}) });
      }).filter((e) => !present.has(e.label));
    }
    case 'check-status':
      return CHECK_STATUSES.map(({ status, meaning }, i) => entry(env, status, 'enum', status, { documentation: meaning, sortText: sortKey(i) }));
  }
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

// ------------------------------------------------------------------------------------------ snippets

/**
 * Snippets from a schema's `defaultSnippets`: as keys of a mapping (`key`), as a new list item
 * (`item`), as the value after `key:` (`value`; `block-value` keeps only those needing lines of their
 * own) or as the first item of a list after `key:` (`list-value`).
 */
function snippetEntries(env: Env, snippets: readonly DefaultSnippet[] | undefined, mode: 'key' | 'item' | 'value' | 'block-value' | 'list-value'): CompletionEntry[] {
  const { cursor } = env;
  const result: CompletionEntry[] = [];
  for (const [i, snippet] of (snippets ?? []).entries()) {
    const block = isBlockBody(snippet.body);
    const lines = snippetLines(snippet.body);
    let text: string;
    let replace = cursor.replace;
    if (mode === 'key') {
      if (!block || Array.isArray(snippet.body)) continue;
      text = indentLines(lines, cursor.column);
    } else if (mode === 'item') {
      if (Array.isArray(snippet.body)) continue;
      text = indentLines(lines, cursor.column);
    } else if (mode === 'list-value') {
      const column = cursor.column + 2;
      const item = block ? [`- ${lines[0]}`, ...lines.slice(1).map((line) => `  ${line}`)] : [`- ${lines[0]}`];
      text = `\n${' '.repeat(column)}${indentLines(item, column)}`;
      replace = { start: cursor.afterColon ?? replace.start, end: replace.end };
    } else if (block) {
      const column = cursor.column + 2;
      text = `\n${' '.repeat(column)}${indentLines(lines, column)}`;
      replace = { start: cursor.afterColon ?? replace.start, end: replace.end };
    } else {
      if (mode === 'block-value') continue;
      text = lines.join(' ');
    }
    const label = snippet.label ?? lines[0] ?? 'snippet';
    const description = snippet.markdownDescription ?? snippet.description;
    result.push({
      label,
      kind: 'snippet',
      insertText: cursor.prefix + text,
      isSnippet: true,
      replace,
      sortText: sortKey(i, 3),
      documentation: `${description ? `${description}\n\n` : ''}\`\`\`yaml\n${snippetPreview(lines.join('\n'))}\n\`\`\``,
      ...(snippet.description ? { detail: snippet.description } : {}),
    });
  }
  return result;
}
