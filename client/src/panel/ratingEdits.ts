/**
 * Turns what-if ratings into text edits of the assessment: each rated competency gets its value
 * replaced in place (short form `id: 3`, block form `rating: 3`, flow form `{rating: 3, …}`), and missing
 * ratings are added where the server says new ratings go. Evidence, notes and comments are kept.
 * No `vscode` import: the host turns the result into one WorkspaceEdit.
 */
import type { Range, ScaleId, WhatIf } from './messages';

export interface RatingEditInput {
  /** The assessment's whole text. */
  text: string;
  whatIf: WhatIf;
  /** From the ScoreResult: where each rating is (the `id: …` pair or just its value). */
  ratingRanges: Record<string, Range>;
  ratingsInsertRange?: Range;
}

export interface PlannedEdit {
  range: Range;
  newText: string;
}

export interface RatingEditPlan {
  edits: PlannedEdit[];
  /** Competencies that could not be written (a block rating cannot be emptied; nowhere to insert). */
  skipped: string[];
}

const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/** A scale id as YAML: numbers and plain words as they are, anything else double-quoted. */
export function formatScaleId(value: ScaleId): string {
  if (typeof value === 'number') return String(value);
  return /^[A-Za-z][A-Za-z0-9_-]*$/.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value);
}

function formatKey(key: string): string {
  return /^[a-z0-9][a-z0-9-]*$/.test(key) && !RESERVED.test(key) ? key : JSON.stringify(key);
}

class LineMap {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  offsetAt(position: Range['start']): number {
    const start = this.starts[position.line];
    if (start === undefined) return this.text.length;
    const next = this.starts[position.line + 1] ?? this.text.length + 1;
    return Math.min(start + position.character, next - 1, this.text.length);
  }

  positionAt(offset: number): Range['start'] {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - this.starts[low]! };
  }
}

interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

function unquote(key: string): string {
  const trimmed = key.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

/** The end of a plain scalar starting at `from` on its line: before a comment and trailing blanks. */
function scalarEnd(text: string, from: number, limit: number, stopAt: RegExp): number {
  let end = from;
  while (end < limit) {
    const c = text[end]!;
    if (c === '\n' || c === '\r' || stopAt.test(c)) break;
    if (c === '#' && end > from && /[ \t]/.test(text[end - 1]!)) break;
    end++;
  }
  while (end > from && /[ \t]/.test(text[end - 1]!)) end--;
  return end;
}

/** The edit that sets the rating whose pair or value spans [start, end) to `value`. */
function ratingEdit(text: string, start: number, end: number, competency: string, value: ScaleId | null): OffsetEdit | undefined {
  const segment = text.slice(start, end);
  const key = /^((?:"[^"\n]*"|'[^'\n]*'|[^\s:#{}[\],"'](?:[^:\n]*[^\s:])?))[ \t]*:(?=[ \t\r\n]|$)/.exec(segment);
  let p = start;
  if (key && unquote(key[1]!) === competency) p = start + key[0].length;
  let q = p;
  while (q < end && (text[q] === ' ' || text[q] === '\t')) q++;
  const formatted = value === null ? '' : formatScaleId(value);

  if (text[q] === '{') {
    const close = text.indexOf('}', q);
    const flowEnd = close < 0 || close > end ? end : close;
    if (value === null) return undefined;
    const match = /(^|[{,\s])rating[ \t]*:[ \t]*/.exec(text.slice(q, flowEnd));
    if (!match) return { start: q + 1, end: q + 1, newText: `rating: ${formatted}, ` };
    const valueStart = q + match.index + match[0].length;
    return { start: valueStart, end: scalarEnd(text, valueStart, flowEnd, /[,}]/), newText: formatted };
  }

  const atLineEnd = q >= end || text[q] === '\n' || text[q] === '\r' || text[q] === '#';
  if (atLineEnd || /^rating[ \t]*:/.test(text.slice(q, end))) {
    const block = /^[ \t]*rating[ \t]*:[ \t]*/m.exec(text.slice(q, end));
    if (block) {
      if (value === null) return undefined;
      const valueStart = q + block.index + block[0].length;
      return { start: valueStart, end: scalarEnd(text, valueStart, end, /$^/), newText: formatted };
    }
    const firstChild = /\n([ \t]+)[^\s#]/.exec(text.slice(q, end));
    if (firstChild) {
      // A block mapping with evidence or a note but no rating yet: add `rating:` as its first key.
      if (value === null) return undefined;
      const newline = text.includes('\r\n') ? '\r\n' : '\n';
      return { start: p, end: p, newText: `${newline}${firstChild[1]}rating: ${formatted}` };
    }
    return value === null ? { start: p, end: p, newText: '' } : { start: p, end: p, newText: ` ${formatted}` };
  }

  const tokenEnd = scalarEnd(text, q, end, /$^/);
  if (value !== null) return { start: q, end: tokenEnd, newText: formatted };
  // Emptying a value: fine for `id: 3`, but `rating:` must keep a value (evidence and notes need it).
  const before = text.slice(text.lastIndexOf('\n', q - 1) + 1, q);
  if (/(^|[{,\s])rating[ \t]*:[ \t]*$/.test(before)) return undefined;
  let from = q;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { start: text[from - 1] === ':' ? from : q, end: tokenEnd, newText: '' };
}

/** The indentation of the entries under the key that ends at `afterKey` (two more spaces if it has none). */
function childIndent(text: string, afterKey: number, keyIndent: string): string {
  const lineEnd = text.indexOf('\n', afterKey);
  if (lineEnd >= 0) {
    for (const line of text.slice(lineEnd + 1).split('\n')) {
      if (/^[ \t]*(#|\r?$)/.test(line)) continue;
      const indent = /^[ \t]*/.exec(line)![0];
      if (indent.length > keyIndent.length) return indent;
      break;
    }
  }
  return `${keyIndent}  `;
}

/** The edits that write `whatIf` into the assessment, sorted, non-overlapping, touching ones merged. */
export function planRatingEdits(input: RatingEditInput): RatingEditPlan {
  const { text, whatIf, ratingRanges } = input;
  const lines = new LineMap(text);
  const edits: OffsetEdit[] = [];
  const skipped: string[] = [];
  const missing: [string, ScaleId][] = [];

  for (const [competency, value] of Object.entries(whatIf)) {
    const range = Object.prototype.hasOwnProperty.call(ratingRanges, competency) ? ratingRanges[competency] : undefined;
    if (!range) {
      if (value !== null) missing.push([competency, value]);
      continue;
    }
    const edit = ratingEdit(text, lines.offsetAt(range.start), lines.offsetAt(range.end), competency, value);
    if (!edit) skipped.push(competency);
    else if (edit.start !== edit.end || edit.newText !== '') edits.push(edit);
  }

  if (missing.length > 0) {
    const insert = input.ratingsInsertRange && insertEdit(text, lines, input, missing);
    if (insert) edits.push(insert);
    else skipped.push(...missing.map(([competency]) => competency));
  }

  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: OffsetEdit[] = [];
  for (const edit of edits) {
    const previous = merged[merged.length - 1];
    if (previous && edit.start < previous.end) {
      skipped.push('(overlapping edit)');
      continue;
    }
    if (previous && edit.start === previous.end) {
      previous.end = edit.end;
      previous.newText += edit.newText;
    } else merged.push({ ...edit });
  }
  return {
    edits: merged.map((edit) => ({ range: { start: lines.positionAt(edit.start), end: lines.positionAt(edit.end) }, newText: edit.newText })),
    skipped,
  };
}

function insertEdit(text: string, lines: LineMap, input: RatingEditInput, missing: [string, ScaleId][]): OffsetEdit | undefined {
  let start = lines.offsetAt(input.ratingsInsertRange!.start);
  let end = Math.max(start, lines.offsetAt(input.ratingsInsertRange!.end));
  const afterKey = /^[ \t]*:[ \t]*(?:(?:\{[ \t]*\}|null|~)[ \t]*)?(?=[\r\n#]|$)/.exec(text.slice(end));
  if (start === end && afterKey) {
    // At the end of the `ratings` key itself: go past the colon, replacing an empty `{}`, `null` or `~`.
    start += afterKey[0].indexOf(':') + 1;
    end += afterKey[0].trimEnd().length;
  }
  if (!['', '{}', 'null', '~'].includes(text.slice(start, end).trim())) return undefined;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const ratingsKey = /^([ \t]*)ratings[ \t]*:/m.exec(text);

  let back = start;
  while (back > 0 && /[ \t]/.test(text[back - 1]!)) back--;
  if (ratingsKey && start === end && text[back - 1] === '}') {
    // A flow mapping, `ratings: {a: 1}`: add inside the braces.
    const open = text.lastIndexOf('{', back - 1);
    const empty = text.slice(open + 1, back - 1).trim() === '';
    const entries = missing.map(([competency, value]) => `${formatKey(competency)}: ${formatScaleId(value)}`).join(', ');
    return { start: back - 1, end: back - 1, newText: empty ? entries : `, ${entries}` };
  }

  const indent = ratingsKey ? childIndent(text, ratingsKey.index + ratingsKey[0].length, ratingsKey[1]!) : '  ';
  const entries = missing.map(([competency, value]) => `${indent}${formatKey(competency)}: ${formatScaleId(value)}`);

  if (!ratingsKey) {
    const prefix = start === 0 || text[start - 1] === '\n' ? '' : newline;
    return { start, end, newText: `${prefix}ratings:${newline}${entries.join(newline)}${newline}` };
  }
  const atLineStart = start === end && (start === 0 || text[start - 1] === '\n');
  if (atLineStart) return { start, end, newText: entries.map((entry) => entry + newline).join('') };
  return { start, end, newText: entries.map((entry) => newline + entry).join('') };
}
