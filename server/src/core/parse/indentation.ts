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

interface Candidate {
  line: number;
  /** The indentations to try instead, most likely first: what its siblings use. */
  indents: number[];
}

/**
 * Finds the line whose indentation causes every syntax error of a text that the YAML parser rejected,
 * if there is one: a line indented with a tab, by fewer spaces than its siblings, or by more than the
 * line above it without a key to nest under. A suspect counts only when the text with that line
 * re-indented like its siblings parses without errors. Linear: one scan and at most MAX_TRIES parses.
 */
export function findMisIndentation(text: string, parseOptions: object): MisIndentation | undefined {
  const lines = splitLines(text);
  let tries = 0;
  for (const candidate of suspectLines(text, lines)) {
    const line = lines[candidate.line]!;
    for (const indent of candidate.indents) {
      if (tries++ >= MAX_TRIES) return undefined;
      const fixed = text.slice(0, line.start) + ' '.repeat(indent) + text.slice(line.contentStart);
      if (parseDocument(fixed, parseOptions).errors.length > 0) continue;
      return {
        diagnostic: describe(text, lines, candidate.line, indent),
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

/** Where a line's content is with every leading `- ` taken off, and whether the line leaves a block open. */
function shape(text: string, line: Line): { itemColumns: number[]; opens: boolean; blockScalar: boolean } {
  const itemColumns: number[] = [];
  let at = line.contentStart;
  while (text[at] === '-' && (at + 1 === line.end || text[at + 1] === ' ')) {
    at++;
    while (at < line.end && text[at] === ' ') at++;
    itemColumns.push(at - line.start);
  }
  let content = text.slice(at, line.end);
  const comment = content.search(/(^|\s)#/);
  if (comment >= 0) content = content.slice(0, comment);
  content = content.trimEnd();
  const blockScalar = /(^|[:-]\s+)[|>][-+0-9]*$/.test(content);
  const opens = content === '' || content.endsWith(':') || /:\s+[&!]\S*$/.test(content);
  return { itemColumns: at === line.end ? itemColumns.slice(0, -1) : itemColumns, opens, blockScalar };
}

/**
 * The lines whose indentation does not fit the blocks open above them, first ones first. Lines of
 * block scalars and of flow collections that span lines are passed over, as are comments.
 */
function suspectLines(text: string, lines: Line[]): Candidate[] {
  const found: Candidate[] = [];
  const open: number[] = [0];
  let previous: { indent: number; opens: boolean } | undefined;
  let scalarParent: number | undefined;
  let flowDepth = 0;
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
    let closed: number | undefined;
    while (open.length > 1 && open[open.length - 1]! > indent) closed = open.pop();
    const top = open[open.length - 1]!;
    const sibling = previous?.indent ?? 0;
    if (whitespace.includes('\t')) {
      found.push({ line: index, indents: unique([sibling, top, ...open.slice(0, -1).reverse()]) });
    } else if (closed !== undefined && indent !== top) {
      found.push({ line: index, indents: [closed, top] });
    } else if (indent > top && !previous?.opens) {
      found.push({ line: index, indents: [sibling] });
    }
    if (indent > top) open.push(indent);
    const { itemColumns, opens, blockScalar } = shape(text, line);
    for (const column of itemColumns) open.push(column);
    if (blockScalar) scalarParent = indent;
    flowDepth = Math.max(0, bracketBalance(text, line));
    previous = { indent: itemColumns.length > 0 ? itemColumns[itemColumns.length - 1]! : indent, opens };
  }
  return found;
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
  return `${count} space${count === 1 ? '' : 's'}`;
}

function describe(text: string, lines: Line[], index: number, indent: number): LadderDiagnostic {
  const line = lines[index]!;
  const whitespace = text.slice(line.start, line.contentStart);
  const number = index + 1;
  const fix = {
    title: `Indent line ${number} by ${spaces(indent)}`,
    edits: [{ span: { start: line.start, end: line.contentStart }, newText: ' '.repeat(indent) }],
    preferred: true,
  };
  const span = { start: line.start, end: line.end };
  if (whitespace.includes('\t')) {
    return {
      span,
      severity: 'error',
      code: 'tab-indentation',
      message: `Line ${number} is indented with a tab; YAML indentation must be spaces, and its siblings use ${indent}.`,
      fixes: [fix],
    };
  }
  return {
    span,
    severity: 'error',
    code: 'bad-indentation',
    message: `Line ${number} is indented ${spaces(whitespace.length)}; its siblings use ${indent}.`,
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
