import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { keyText, nodeAtPath, type PathSegment } from '../parse/nodes';
import type { Span } from '../types';
import { isDocumentMarker, lineAt, lineShape, lineStart, skipQuoted, type LineAt, type LineShape } from './lineShape';
import { locate } from './locate';

/**
 * Where the cursor is in a file being typed: a key or a value, and the path of keys and indices that
 * leads there. Read from the current line's text and indentation, with the parsed document giving the
 * paths of the complete lines above it.
 */
export interface CursorContext {
  /** `key`: a key of the mapping at `path` is being typed; `value`: the value at `path` (which ends with its key or index). */
  position: 'key' | 'value';
  path: PathSegment[];
  /** What is typed so far, up to the cursor. */
  partial: string;
  /** The word a completion replaces. */
  replace: Span;
  /**
   * How the place is written: a key on its own line, a value after `key:`, a new item after `- ` (an
   * object item's keys may be typed there too), or inside `[…]`/`{…}`.
   */
  style: 'block-key' | 'block-value' | 'list-item' | 'flow';
  /** Column of the key (block-key), of the key owning the value (block-value) or of the item (list-item). */
  column: number;
  /** The key being typed already has its `:`, so only the key itself is replaced. */
  hasColon: boolean;
  /** Keys already in the mapping (key position), or the other items of the list (a list item's value). */
  siblings: Set<string>;
  /** The quote a partial value was opened with. */
  quote?: string;
  /** Text to put before an insertion, e.g. the space missing after a bare `-`. */
  prefix: string;
  /** For block-value: the offset just after the `:`, where a block value starting on the next line is attached. */
  afterColon?: number;
}

type Parent = { kind: 'map' | 'seq'; path: PathSegment[] };

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The deepest block list at `column` containing `offset` (a `-` indicator). */
function seqAt(doc: Document, text: string, offset: number, col: number): PathSegment[] | undefined {
  const found = locate(doc, offset).collections.filter(
    (c) => isSeq(c.node) && !c.node.flow && c.node.range && column(text, c.node.range[0]) === col,
  );
  return found[found.length - 1]?.path;
}

/** How many items of the list at `path` start before `offset`: the index of an item written there. */
function itemIndex(doc: Document, path: readonly PathSegment[], offset: number): number {
  const { node, depth } = nodeAtPath(doc, path);
  if (depth !== path.length || !isSeq(node)) return 0;
  return node.items.filter((item) => ((item as Node | null)?.range?.[0] ?? Infinity) < offset).length;
}

function keyPath(doc: Document, offset: number): PathSegment[] | undefined {
  const found = locate(doc, offset);
  return found.onKey ? found.path : undefined;
}

/** Lines above `line`, nearest first, with their shapes, skipping blank and comment-only lines. */
function* linesAbove(text: string, line: LineAt): Generator<{ start: number; text: string; shape: LineShape }> {
  let start = line.start;
  while (start > 0) {
    const end = start - 1;
    const prevStart = lineStart(text, end);
    const body = text.slice(prevStart, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    start = prevStart;
    if (isDocumentMarker(body)) return;
    const shape = lineShape(body);
    if (!shape.blank) yield { start: prevStart, text: body, shape };
  }
}

/**
 * The collection that a key (mode `key`) or a `-` item (mode `dash`) written at column `col` of `line`
 * belongs to, found by indentation: a sibling above at the same column, or the `key:` or `-` above that
 * opens a block at a deeper column.
 */
function resolveParent(
  text: string,
  doc: Document,
  line: LineAt,
  col: number,
  mode: 'key' | 'dash',
): Parent | undefined {
  for (const above of linesAbove(text, line)) {
    const { shape } = above;
    if (shape.indent > col) continue;
    const at = (c: number) => above.start + c;
    const openKey = shape.key && shape.valueStart === undefined ? shape.key : undefined;
    if (mode === 'key') {
      if (shape.key?.start === col) {
        const path = keyPath(doc, at(col));
        return path ? { kind: 'map', path: path.slice(0, -1) } : undefined;
      }
      if (shape.dashes.includes(col)) continue;
      if (shape.contentStart === col) {
        if (shape.dashes.length > 0) return undefined;
        continue;
      }
    } else {
      if (shape.dashes.includes(col)) {
        const path = seqAt(doc, text, at(col), col);
        return path ? { kind: 'seq', path } : undefined;
      }
      if (shape.key?.start === col) {
        const path = openKey ? keyPath(doc, at(col)) : undefined;
        return path ? { kind: 'seq', path } : undefined;
      }
      if (shape.contentStart === col) return undefined;
    }
    if (openKey && openKey.start < col) {
      const path = keyPath(doc, at(openKey.start));
      return path ? { kind: mode === 'key' ? 'map' : 'seq', path } : undefined;
    }
    const lastDash = shape.dashes[shape.dashes.length - 1];
    if (!shape.key && shape.valueStart === undefined && lastDash !== undefined && lastDash < col) {
      const seq = seqAt(doc, text, at(lastDash), lastDash);
      if (!seq) return undefined;
      return { kind: mode === 'key' ? 'map' : 'seq', path: [...seq, itemIndex(doc, seq, at(lastDash) + 1)] };
    }
    return undefined;
  }
  return { kind: mode === 'key' ? 'map' : 'seq', path: [] };
}

/** True when the offset is inside a block scalar or a scalar continued from an earlier line. */
function insideMultilineScalar(doc: Document, text: string, offset: number, line: LineAt, shape: LineShape): boolean {
  const found = locate(doc, offset);
  const node = found.node;
  if (!isScalar(node) || found.onKey || !node.range || node.range[0] >= line.start) return false;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    if (!shape.blank) return true;
    const header = lineAt(text, node.range[0]);
    const owner = lineShape(header.text);
    return offset - line.start > (owner.key?.start ?? owner.indent);
  }
  return node.range[1] > line.start;
}

/** Keys of the mapping at `path`, except those written on the cursor's line; also keys written below at `col` (the parser may have merged them). */
function keysOf(doc: Document, text: string, path: readonly PathSegment[], line: LineAt, col: number): Set<string> {
  const keys = new Set<string>();
  const { node, depth } = nodeAtPath(doc, path);
  if (depth === path.length && isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const start = item.key.range?.[0] ?? -1;
      if (start >= line.start && start <= line.start + line.text.length) continue;
      const key = keyText(item);
      if (key !== undefined) keys.add(key);
    }
  }
  let start = text.indexOf('\n', line.start) + 1;
  while (start > 0 && start < text.length) {
    const next = lineAt(text, start);
    const shape = lineShape(next.text);
    start = text.indexOf('\n', start) + 1;
    if (shape.blank) continue;
    if (isDocumentMarker(next.text) || shape.indent < col) break;
    if (shape.dashes.length === 0 && shape.key?.start === col) keys.add(shape.key.text);
  }
  return keys;
}

/** The scalar items of the list at `path`, except the one containing `offset`. */
function itemsOf(doc: Document, path: readonly PathSegment[], exclude: Span): Set<string> {
  const items = new Set<string>();
  const { node, depth } = nodeAtPath(doc, path);
  if (depth !== path.length || !isSeq(node)) return items;
  for (const item of node.items) {
    if (!isScalar(item) || item.value === null || item.value === undefined) continue;
    const range = item.range;
    if (range && range[0] <= exclude.end && exclude.start <= range[1]) continue;
    items.add(String(item.value));
  }
  return items;
}

interface FlowFrame {
  open: '[' | '{';
  index: number;
  key?: string;
  afterColon: boolean;
  tokenStart: number;
  tokens: string[];
}

/** Reads a one-line flow collection from `start` to the cursor column: the path inside it and what is typed. */
function scanFlow(
  line: string,
  start: number,
  col: number,
):
  | { segments: PathSegment[]; position: 'key' | 'value'; tokenStart: number; quote?: string; siblings: string[] }
  | undefined {
  const stack: FlowFrame[] = [];
  let quote: { char: string; at: number } | undefined;
  for (let i = start; i < col; i++) {
    const ch = line[i]!;
    const top = stack[stack.length - 1];
    if (ch === '"' || ch === "'") {
      const end = skipQuoted(line, i);
      if (end > col || (end === line.length && line[end - 1] !== ch)) {
        quote = { char: ch, at: i };
        break;
      }
      i = end - 1;
    } else if (ch === '[' || ch === '{') {
      stack.push({ open: ch, index: 0, afterColon: false, tokenStart: i + 1, tokens: [] });
    } else if (ch === ']' || ch === '}') {
      stack.pop();
      if (stack.length === 0) return undefined;
    } else if (top && ch === ',') {
      const token = line.slice(top.tokenStart, i).trim();
      if (token && (top.open === '[' || !top.afterColon)) top.tokens.push(token);
      top.index++;
      top.afterColon = false;
      delete top.key;
      top.tokenStart = i + 1;
    } else if (
      top &&
      ch === ':' &&
      top.open === '{' &&
      !top.afterColon &&
      (i + 1 >= line.length || ' ,}]'.includes(line[i + 1]!))
    ) {
      top.key = line
        .slice(top.tokenStart, i)
        .trim()
        .replace(/^(["'])(.*)\1$/, '$2');
      top.tokens.push(top.key);
      top.afterColon = true;
      top.tokenStart = i + 1;
    }
  }
  const top = stack[stack.length - 1];
  if (!top) return undefined;
  const segments: PathSegment[] = [];
  for (const [i, frame] of stack.entries()) {
    if (frame.open === '[') segments.push(frame.index);
    else if (frame.afterColon && frame.key !== undefined) segments.push(frame.key);
    else if (i !== stack.length - 1) return undefined;
  }
  let tokenStart = quote ? quote.at : top.tokenStart;
  while (line[tokenStart] === ' ') tokenStart++;
  const position = top.open === '{' && !top.afterColon ? 'key' : 'value';
  // The rest of the current frame's tokens, after the cursor, are siblings too.
  let depth = 0;
  let restStart = col;
  while (restStart < line.length && !(depth === 0 && ',]}'.includes(line[restStart]!))) restStart++;
  for (let i = restStart, tokenAt = restStart; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '[' || ch === '{') depth++;
    else if ((ch === ']' || ch === '}') && depth-- === 0) {
      const token = line.slice(tokenAt + 1, i).trim();
      if (token) top.tokens.push(position === 'key' ? token.split(':')[0]!.trim() : token);
      break;
    } else if (ch === ',' && depth === 0) {
      const token = line.slice(tokenAt + 1, i).trim();
      if (token) top.tokens.push(position === 'key' ? token.split(':')[0]!.trim() : token);
      tokenAt = i;
    }
  }
  return { segments, position, tokenStart, ...(quote ? { quote: quote.char } : {}), siblings: top.tokens };
}

/** The end of the flow token at `from` in a line: before `,`, `]`, `}` or a space. */
function flowTokenEnd(line: string, from: number): number {
  let end = from;
  while (end < line.length && !',]} '.includes(line[end]!)) end++;
  return end;
}

/** Where the cursor is, or undefined where nothing can be completed (comments, block scalars, continued text). */
export function cursorContext(text: string, doc: Document, at: number): CursorContext | undefined {
  const line = lineAt(text, at);
  const col = Math.min(at - line.start, line.text.length);
  const offset = line.start + col;
  const shape = lineShape(line.text);
  if (shape.comment !== undefined && col > shape.comment) return undefined;
  if (isDocumentMarker(line.text)) return undefined;
  if (insideMultilineScalar(doc, text, offset, line, shape)) return undefined;
  const span = (start: number, end: number): Span => ({ start: line.start + start, end: line.start + end });

  if (shape.blank) {
    const parent = resolveParent(text, doc, line, col, 'key');
    if (parent?.kind !== 'map') return undefined;
    return {
      position: 'key',
      path: parent.path,
      partial: '',
      replace: span(col, col),
      style: 'block-key',
      column: col,
      hasColon: false,
      siblings: keysOf(doc, text, parent.path, line, col),
      prefix: '',
    };
  }
  const firstDash = shape.dashes[0];
  const lastDash = shape.dashes[shape.dashes.length - 1];
  const hasContent = shape.contentEnd > shape.contentStart;
  if (col < shape.contentStart && (hasContent || lastDash === undefined || col <= lastDash)) return undefined;

  let path: PathSegment[];
  if (firstDash !== undefined) {
    const parent = resolveParent(text, doc, line, firstDash, 'dash');
    if (parent?.kind !== 'seq') return undefined;
    path = [...parent.path, itemIndex(doc, parent.path, line.start)];
    for (let i = 1; i < shape.dashes.length; i++) path.push(0);
  } else {
    const parent = resolveParent(text, doc, line, shape.contentStart, 'key');
    if (parent?.kind !== 'map') return undefined;
    path = parent.path;
  }

  const itemColumn = lastDash === undefined ? shape.contentStart : lastDash + 2;
  const listItem = (partialStart: number, end: number): CursorContext => ({
    position: 'value',
    path,
    partial: line.text.slice(partialStart, col),
    replace: span(partialStart, end),
    style: 'list-item',
    column: itemColumn,
    hasColon: false,
    siblings: itemsOf(doc, path.slice(0, -1), span(0, line.text.length)),
    prefix: line.text[col - 1] === '-' ? ' ' : '',
  });
  const flowAt = (start: number, base: PathSegment[]): CursorContext | undefined => {
    const flow = scanFlow(line.text, start, col);
    if (!flow) return undefined;
    const end = flowTokenEnd(line.text, col);
    const partialStart = flow.quote ? flow.tokenStart + 1 : flow.tokenStart;
    return {
      position: flow.position,
      path: [...base, ...flow.segments],
      partial: line.text.slice(Math.min(partialStart, col), col),
      replace: span(Math.min(flow.tokenStart, col), Math.max(end, col)),
      style: 'flow',
      column: start,
      hasColon: false,
      siblings: new Set(flow.siblings),
      prefix: '',
      ...(flow.quote ? { quote: flow.quote } : {}),
    };
  };

  if (!hasContent) return listItem(col, col);

  const key = shape.key;
  if (key) {
    if (col <= key.end) {
      return {
        position: 'key',
        path,
        partial: line.text.slice(key.start, col),
        replace: span(key.start, key.end),
        style: 'block-key',
        column: key.start,
        hasColon: true,
        siblings: keysOf(doc, text, path, line, key.start),
        prefix: '',
      };
    }
    if (col <= key.colon) return undefined;
    const valuePath = [...path, key.text];
    const valueStart = shape.valueStart;
    const base = {
      path: valuePath,
      style: 'block-value' as const,
      column: key.start,
      hasColon: false,
      siblings: new Set<string>(),
      prefix: '',
      afterColon: line.start + key.colon + 1,
    };
    if (valueStart === undefined || col < valueStart)
      return { ...base, position: 'value', partial: '', replace: span(col, col) };
    const first = line.text[valueStart]!;
    if (first === '[' || first === '{') return flowAt(valueStart, valuePath);
    if ('|>&*!'.includes(first)) return undefined;
    if (first === '"' || first === "'") {
      const end = Math.max(col, skipQuoted(line.text, valueStart));
      return {
        ...base,
        position: 'value',
        partial: line.text.slice(valueStart + 1, col),
        replace: span(valueStart, Math.max(col, Math.min(end, shape.contentEnd))),
        quote: first,
      };
    }
    return {
      ...base,
      position: 'value',
      partial: line.text.slice(valueStart, col),
      replace: span(valueStart, Math.max(col, shape.contentEnd)),
    };
  }

  const first = line.text[shape.contentStart]!;
  if (first === '[' || first === '{') return firstDash === undefined ? undefined : flowAt(shape.contentStart, path);
  if ('|>&*!'.includes(first)) return undefined;
  if (firstDash !== undefined) {
    if (first === '"' || first === "'") {
      const context = listItem(shape.contentStart, Math.max(col, shape.contentEnd));
      return { ...context, partial: line.text.slice(shape.contentStart + 1, col), quote: first };
    }
    return listItem(shape.contentStart, Math.max(col, shape.contentEnd));
  }
  return {
    position: 'key',
    path,
    partial: line.text.slice(shape.contentStart, col),
    replace: span(shape.contentStart, Math.max(col, shape.contentEnd)),
    style: 'block-key',
    column: shape.contentStart,
    hasColon: false,
    siblings: keysOf(doc, text, path, line, shape.contentStart),
    prefix: '',
  };
}
