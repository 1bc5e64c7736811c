import { isMap, parseDocument } from 'yaml';
import { PARSE_OPTIONS } from '../parse/parseYaml';
import { diffLines, type LineHunk } from '../text/lineDiff';
import type { FileKind, Span, TextEdit } from '../types';
import { formatYaml, sameMeaning, type FormatOptions } from './formatYaml';

export interface FormatRequest extends FormatOptions {
  /** Format Selection: only the top-level entries (`scale:`, `levels:`, …) this span touches. */
  span?: Span;
}

/** The lines of a text, each with its line end, so that joining them gives the text back. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The line range [first, end) covered by the top-level entries the span touches (the span's own lines if none). */
function enclosingEntries(text: string, lineStarts: readonly number[], span: Span): [number, number] {
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
    return line;
  };
  let [start, end] = [span.start, span.end];
  const doc = parseDocument(text, PARSE_OPTIONS);
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const from = (pair.key as { range?: number[] } | null)?.range?.[0];
      const to =
        (pair.value as { range?: number[] } | null)?.range?.[2] ??
        (pair.key as { range?: number[] } | null)?.range?.[2];
      if (from === undefined || to === undefined || to < span.start || from > span.end) continue;
      [start, end] = [Math.min(start, from), Math.max(end, to)];
    }
  }
  return [lineOf(start), lineOf(Math.max(start, end - 1)) + 1];
}

/**
 * The edits that format a ladder, catalogue, assessment or review: one per run of changed lines, so
 * that the cursor, folds and markers elsewhere stay put; applied together they are one undoable edit.
 * Nothing for a text with YAML syntax errors (see formatYaml). With a span (Format Selection), the
 * edits within the top-level entries the span touches, provided those alone keep the data and comments
 * the same; otherwise none.
 */
export function formatEdits(text: string, kind: FileKind | undefined, request: FormatRequest = {}): TextEdit[] {
  const formatted = formatYaml(text, kind, request);
  if (formatted === undefined || formatted === text) return [];
  const oldLines = linesOf(text);
  const newLines = linesOf(formatted);
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of oldLines) {
    lineStarts.push(offset);
    offset += line.length;
  }
  lineStarts.push(offset);
  let hunks = diffLines(oldLines, newLines);
  if (request.span) {
    const [first, end] = enclosingEntries(text, lineStarts, request.span);
    hunks = hunks.filter((hunk) => hunk.oldStart < end && (hunk.oldEnd > first || hunk.oldStart >= first));
    if (!keepsMeaning(text, oldLines, newLines, hunks)) return [];
  }
  return hunks.map((hunk) => ({
    span: { start: lineStarts[hunk.oldStart]!, end: lineStarts[hunk.oldEnd]! },
    newText: newLines.slice(hunk.newStart, hunk.newEnd).join(''),
  }));
}

/** Whether applying only some of the hunks still gives the same data and comments. */
function keepsMeaning(text: string, oldLines: string[], newLines: string[], hunks: LineHunk[]): boolean {
  const result = [...oldLines];
  for (const hunk of [...hunks].reverse())
    result.splice(hunk.oldStart, hunk.oldEnd - hunk.oldStart, ...newLines.slice(hunk.newStart, hunk.newEnd));
  const lf = (value: string) => value.replace(/\r\n/g, '\n');
  return sameMeaning(lf(text), lf(result.join('')));
}
