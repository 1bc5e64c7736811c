import * as l10n from '@vscode/l10n';
import { parseDocument } from 'yaml';
import type { LadderDiagnostic, Span } from '../types';

/** One line whose indentation is the only thing wrong with a file's YAML. */
export interface MisIndentation {
  /** The one diagnostic that replaces the parser's cascade of errors. */
  diagnostic: LadderDiagnostic;
  /** The lines of the item around the mis-indented line, whose schema and semantic findings are noise. */
  damaged: Span;
}

/** How many suspicious lines are looked at. */
const MAX_CANDIDATES = 3;
/** How many re-indented texts are parsed before giving up: each is one parse of the whole text. */
const MAX_TRIES = 4;

interface Line {
  start: number;
  /** Where the line's content starts (after its leading spaces and tabs). */
  contentStart: number;
  /** Where the line ends, before its line break. */
  end: number;
}

/** A suspect: the spaces from `start` to `end` on a line, to be tried at each of `indents` columns. */
interface Candidate {
  line: number;
  /** `leading`: the line's indentation; `afterDash`: the spaces between an item's `-` and its first key. */
  where: 'leading' | 'afterDash';
  start: number;
  end: number;
  /** The columns to try for what follows the spaces, most likely first: what its siblings use. */
  indents: number[];
}

/** A block level open at a line: the column of its lines, the line that opened it and how many lines it has. */
interface Level {
  column: number;
  line: number;
  lines: number;
  /** Opened by the spaces after an item's `-` rather than by a line's indentation. */
  item: boolean;
}

/**
 * Finds the line whose indentation causes every syntax error of a text that the YAML parser rejected,
 * if there is one: a line indented with a tab, by fewer spaces than its siblings, or by more than the
 * line above it without a key to nest under; or a level's first line indented unlike the rest of it. A
 * suspect counts only when the text with that line re-indented like its siblings parses without errors.
 * Linear: one scan and at most MAX_TRIES parses.
 */
export function findMisIndentation(text: string, parseOptions: object): MisIndentation | undefined {
  const lines = splitLines(text);
  let tries = 0;
  for (const candidate of suspectLines(text, lines)) {
    const line = lines[candidate.line]!;
    const column = candidate.start - line.start;
    for (const indent of candidate.indents) {
      if (indent < column + (candidate.where === 'afterDash' ? 1 : 0)) continue;
      if (tries++ >= MAX_TRIES) return undefined;
      const spaces = ' '.repeat(indent - column);
      const fixed = text.slice(0, candidate.start) + spaces + text.slice(candidate.end);
      if (parseDocument(fixed, parseOptions).errors.length > 0) continue;
      return {
        diagnostic: describe(text, lines, candidate, indent, spaces),
        damaged: damagedItem(text, lines, candidate.line, indent),
      };
    }
  }
  return undefined;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    let end = newline < 0 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    let contentStart = start;
    while (contentStart < end && (text[contentStart] === ' ' || text[contentStart] === '\t')) contentStart++;
    lines.push({ start, contentStart, end });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

const isQuiet = (text: string, line: Line) => line.contentStart === line.end || text[line.contentStart] === '#';

/** An item's `-` on a line: where the spaces after it start and end (where its content starts). */
interface Dash {
  start: number;
  end: number;
}

/** The `- ` items a line starts with, and whether the line leaves a block open. */
function shape(text: string, line: Line): { dashes: Dash[]; opens: boolean; blockScalar: boolean } {
  const dashes: Dash[] = [];
  let at = line.contentStart;
  while (text[at] === '-' && (at + 1 === line.end || text[at + 1] === ' ')) {
    const start = ++at;
    while (at < line.end && text[at] === ' ') at++;
    dashes.push({ start, end: at });
  }
  let content = text.slice(at, line.end);
  const comment = content.search(/(^|\s)#/);
  if (comment >= 0) content = content.slice(0, comment);
  content = content.trimEnd();
  const blockScalar = /(^|[:-]\s+)[|>][-+0-9]*$/.test(content);
  const opens = content === '' || content.endsWith(':') || /:\s+[&!]\S*$/.test(content);
  return { dashes: at === line.end ? dashes.slice(0, -1) : dashes, opens, blockScalar };
}

/**
 * The lines whose indentation does not fit the blocks open above them, first ones first. Lines of
 * block scalars and of flow collections that span lines are passed over, as are comments.
 */
function suspectLines(text: string, lines: Line[]): Candidate[] {
  const found: Candidate[] = [];
  const open: Level[] = [{ column: 0, line: -1, lines: 0, item: false }];
  let previous: { indent: number; opens: boolean } | undefined;
  let scalarParent: number | undefined;
  let flowDepth = 0;
  const usage = columnUsage(text, lines);
  const leading = (index: number, indents: number[]): Candidate => {
    const line = lines[index]!;
    return { line: index, where: 'leading', start: line.start, end: line.contentStart, indents: unique(indents) };
  };
  for (let index = 0; index < lines.length && found.length < MAX_CANDIDATES; index++) {
    const line = lines[index]!;
    if (isQuiet(text, line)) continue;
    const whitespace = text.slice(line.start, line.contentStart);
    const indent = whitespace.length;
    if (scalarParent !== undefined && indent > scalarParent && !whitespace.includes('\t')) continue;
    scalarParent = undefined;
    if (flowDepth > 0) {
      flowDepth = Math.max(0, flowDepth + bracketBalance(text, line));
      continue;
    }
    if (text.startsWith('---', line.contentStart) || text.startsWith('...', line.contentStart)) {
      open.length = 1;
      previous = undefined;
      continue;
    }
    let closed: Level | undefined;
    while (open.length > 1 && open[open.length - 1]!.column > indent) closed = open.pop();
    const top = open[open.length - 1]!;
    const sibling = previous?.indent ?? 0;
    if (whitespace.includes('\t')) {
      found.push(leading(index, [sibling, ...open.map((level) => level.column).reverse()]));
    } else if (closed !== undefined && indent !== top.column) {
      // A level of one line ended by a line indented between it and its parent: either line may be the
      // mistake; the one at a column the file uses less often is the likelier.
      const opener = closed.lines === 1 && indent > top.column;
      const openerFirst = opener && (usage.get(indent) ?? 0) >= (usage.get(closed.column) ?? 0);
      if (openerFirst) found.push(openerCandidate(text, lines, closed, indent));
      found.push(leading(index, [closed.column, top.column]));
      if (opener && !openerFirst) found.push(openerCandidate(text, lines, closed, indent));
    } else if (indent > top.column && !previous?.opens) {
      found.push(leading(index, [sibling]));
    }
    if (indent === top.column) top.lines++;
    else if (indent > top.column) open.push({ column: indent, line: index, lines: 1, item: false });
    const { dashes, opens, blockScalar } = shape(text, line);
    for (const dash of dashes) open.push({ column: dash.end - line.start, line: index, lines: 1, item: true });
    if (blockScalar) scalarParent = indent;
    flowDepth = Math.max(0, bracketBalance(text, line));
    previous = { indent: dashes.length > 0 ? dashes[dashes.length - 1]!.end - line.start : indent, opens };
  }
  return found;
}

/** How many lines have content (a key, or an item's first key) at each column. */
function columnUsage(text: string, lines: Line[]): Map<number, number> {
  const usage = new Map<number, number>();
  const count = (column: number) => usage.set(column, (usage.get(column) ?? 0) + 1);
  for (const line of lines) {
    if (isQuiet(text, line)) continue;
    count(line.contentStart - line.start);
    for (const dash of shape(text, line).dashes) count(dash.end - line.start);
  }
  return usage;
}

/** The first line of a level, to be indented to `indent` like the lines after it: its indentation, or the spaces after its last `-`. */
function openerCandidate(text: string, lines: Line[], level: Level, indent: number): Candidate {
  const line = lines[level.line]!;
  const dashes = shape(text, line).dashes;
  const dash = level.item ? dashes[dashes.length - 1] : undefined;
  return dash
    ? { line: level.line, where: 'afterDash', start: dash.start, end: dash.end, indents: [indent] }
    : { line: level.line, where: 'leading', start: line.start, end: line.contentStart, indents: [indent] };
}

function unique(values: number[]): number[] {
  return [...new Set(values)];
}

/** Opening minus closing brackets on a line, outside quotes and comments, roughly. */
function bracketBalance(text: string, line: Line): number {
  let balance = 0;
  let quote = '';
  for (let at = line.contentStart; at < line.end; at++) {
    const char = text[at]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (at === line.contentStart || text[at - 1] === ' ')) break;
    else if (char === '[' || char === '{') balance++;
    else if (char === ']' || char === '}') balance--;
  }
  return balance;
}

function spaces(count: number): string {
  return count === 1 ? l10n.t('1 space') : l10n.t('{0} spaces', count);
}

function describe(
  text: string,
  lines: Line[],
  candidate: Candidate,
  indent: number,
  newText: string,
): LadderDiagnostic {
  const line = lines[candidate.line]!;
  const whitespace = text.slice(candidate.start, candidate.end);
  const number = candidate.line + 1;
  const afterDash = candidate.where === 'afterDash';
  const fix = {
    title: afterDash
      ? l10n.t('Indent the first key of line {0} to column {1}', number, indent + 1)
      : l10n.t('Indent line {0} by {1}', number, spaces(indent)),
    edits: [{ span: { start: candidate.start, end: candidate.end }, newText }],
    preferred: true,
  };
  const span = { start: line.start, end: line.end };
  if (whitespace.includes('\t')) {
    return {
      span,
      severity: 'error',
      code: 'tab-indentation',
      message: l10n.t(
        'Line {0} is indented with a tab; YAML indentation must be spaces, and its siblings use {1}.',
        number,
        indent,
      ),
      fixes: [fix],
    };
  }
  const column = candidate.end - line.start;
  return {
    span,
    severity: 'error',
    code: 'bad-indentation',
    message: afterDash
      ? l10n.t(
          'The first key of line {0} starts at column {1}; the keys below it start at column {2}.',
          number,
          column + 1,
          indent + 1,
        )
      : l10n.t('Line {0} is indented {1}; its siblings use {2}.', number, spaces(column), indent),
    fixes: [fix],
  };
}

/**
 * The item the line belongs to once re-indented: from the nearest line above that is indented less
 * than it (its parent) to the next line indented no more than that parent.
 */
function damagedItem(text: string, lines: Line[], index: number, indent: number): Span {
  const { start, contentStart } = lines[index]!;
  const level = text.slice(start, contentStart).includes('\t') ? indent : Math.min(indent, contentStart - start);
  let parent = index;
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (isQuiet(text, line)) continue;
    parent = i;
    if (line.contentStart - line.start < level) break;
  }
  const parentIndent = lines[parent]!.contentStart - lines[parent]!.start;
  let end = text.length;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isQuiet(text, line)) continue;
    if (line.contentStart - line.start <= parentIndent) {
      end = line.start;
      break;
    }
  }
  return { start: lines[parent]!.start, end };
}
