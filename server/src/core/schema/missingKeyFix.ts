import * as l10n from '@vscode/l10n';
import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml';
import { findEntry, nodeAtPath, scalarId, type PathSegment } from '../parse/nodes';
import { idFromName, nameFromId } from '../text/idWords';
import { yamlScalar } from '../text/yamlText';
import type { QuickFix, TextEdit } from '../types';
import { schemaProperty } from './schemaKeys';

/**
 * The quick fix that adds a missing required key with a value that passes the checks where one is
 * obvious (an id made from the name, a name made from the id, the track and next rank of the level
 * above, the lowest scale id, 1 for a number, the one value a constant allows); none otherwise.
 */
export function missingKeyFix(
  doc: Document,
  text: string,
  schema: object,
  path: readonly PathSegment[],
  map: YAMLMap,
  key: string,
): QuickFix | undefined {
  const value = placeholder(doc, schema, path, map, key);
  if (value === undefined || !map.range) return undefined;
  const written = `${key}: ${yamlScalar(value, map.flow === true)}`;
  const edit = map.flow ? flowInsertion(text, map, written) : blockInsertion(text, map, written);
  return edit && { title: l10n.t("Add '{0}'", written), edits: [edit], preferred: true };
}

function placeholder(
  doc: Document,
  schema: object,
  path: readonly PathSegment[],
  map: YAMLMap,
  key: string,
): string | number | undefined {
  const property = schemaProperty(schema, path, key);
  if (property && (typeof property.const === 'string' || typeof property.const === 'number')) return property.const;
  const siblings = siblingsOf(doc, path);
  const own = (name: string) => scalarId(doc, findEntry(map, name)?.value);
  const listName = path.length >= 2 && typeof path[path.length - 1] === 'number' ? path[path.length - 2] : undefined;
  if (key === 'id' && listName !== undefined && typeof listName === 'string') {
    const name = own('name');
    const base = (typeof name === 'string' ? idFromName(name) : '') || `new-${singular(listName)}`;
    return uniqueId(base, siblings, doc);
  }
  if (key === 'name') {
    const id = own('id');
    return typeof id === 'string' ? nameFromId(id) : undefined;
  }
  if (key === 'track' && listName === 'levels') {
    const above = previousSibling(siblings, map);
    const track = above && scalarId(doc, findEntry(above, 'track')?.value);
    return typeof track === 'string' ? track : firstId(doc, 'tracks');
  }
  if (key === 'rank' && listName === 'levels') {
    const above = previousSibling(siblings, map);
    const rank = above && scalarId(doc, findEntry(above, 'rank')?.value);
    return typeof rank === 'number' ? rank + 1 : 1;
  }
  if (key === 'min' && property?.$ref === '#/definitions/scaleId') return firstId(doc, 'scale');
  if (property && (property.type === 'integer' || property.type === 'number')) return 1;
  return undefined;
}

/** The other mappings of the list the mapping at `path` is an item of. */
function siblingsOf(doc: Document, path: readonly PathSegment[]): YAMLMap[] {
  if (typeof path[path.length - 1] !== 'number') return [];
  const { node, depth } = nodeAtPath(doc, path.slice(0, -1));
  if (depth !== path.length - 1 || !isSeq(node)) return [];
  return node.items.filter((item): item is YAMLMap => isMap(item));
}

function previousSibling(siblings: YAMLMap[], map: YAMLMap): YAMLMap | undefined {
  const index = siblings.indexOf(map);
  return index > 0 ? siblings[index - 1] : undefined;
}

/** The id of the first item of a top-level list (`tracks`, `scale`). */
function firstId(doc: Document, list: string): string | number | undefined {
  const { node, depth } = nodeAtPath(doc, [list, 0]);
  return depth === 2 && isMap(node) ? scalarId(doc, findEntry(node, 'id')?.value) : undefined;
}

function uniqueId(base: string, siblings: YAMLMap[], doc: Document): string {
  const taken = new Set(siblings.map((item) => scalarId(doc, findEntry(item, 'id')?.value)));
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix++;
  return `${base}-${suffix}`;
}

function singular(list: string): string {
  if (list === 'scale') return 'value';
  if (list === 'competencies') return 'competency';
  return list.endsWith('s') ? list.slice(0, -1) : list;
}

/** A new line after the mapping's last line, indented like its first key. */
function blockInsertion(text: string, map: YAMLMap, written: string): TextEdit | undefined {
  const first = map.items[0]?.key;
  const last = map.items[map.items.length - 1];
  if (!isScalar(first) || !first.range || !last) return undefined;
  const lineStart = text.lastIndexOf('\n', first.range[0] - 1) + 1;
  const indent = first.range[0] - lineStart;
  const lastNode = (last.value ?? last.key) as { range?: [number, number, number] } | null;
  let end = lastNode?.range?.[1] ?? first.range[1];
  while (end > first.range[0] && /\s/.test(text.charAt(end - 1))) end--;
  const newline = text.indexOf('\n', end);
  let at = newline < 0 ? text.length : newline;
  if (text.charCodeAt(at - 1) === 13) at--;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { span: { start: at, end: at }, newText: `${eol}${' '.repeat(indent)}${written}` };
}

/** `, key: value` after the last pair of a flow mapping, or `key: value` in an empty one. */
function flowInsertion(text: string, map: YAMLMap, written: string): TextEdit | undefined {
  const last = map.items[map.items.length - 1];
  const lastNode = (last?.value ?? last?.key) as { range?: [number, number, number] } | null | undefined;
  if (lastNode?.range) return { span: { start: lastNode.range[1], end: lastNode.range[1] }, newText: `, ${written}` };
  if (last || !map.range || text.charAt(map.range[0]) !== '{') return undefined;
  const at = map.range[0] + 1;
  return { span: { start: at, end: at }, newText: written };
}
