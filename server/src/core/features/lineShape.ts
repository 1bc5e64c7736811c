/**
 * The block structure of one YAML line as written, read from its text alone: indentation, `- `
 * indicators, a `key:` and where the value and a comment start. Columns are UTF-16 offsets into the line.
 * Used to understand lines that are still being typed, which the parser cannot make sense of yet.
 */
export interface LineShape {
  indent: number;
  /** Columns of the `-` sequence indicators, left to right. */
  dashes: number[];
  /** Column of the first character after the indentation and the indicators. */
  contentStart: number;
  /** End of the content, before a comment and trailing spaces. */
  contentEnd: number;
  key?: { start: number; end: number; text: string; colon: number };
  /** Column of the value after `key:`, or of the content when there is no key; undefined when empty. */
  valueStart?: number;
  comment?: number;
  blank: boolean;
}

/** The text of a line (without its line break) and the offset where it starts. */
export interface LineAt {
  start: number;
  text: string;
  index: number;
}

/** Where the line holding `offset` starts. (`lastIndexOf` with a negative start would look at index 0.) */
export function lineStart(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

export function lineAt(text: string, offset: number): LineAt {
  const start = lineStart(text, offset);
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  if (text.charCodeAt(end - 1) === 13) end--;
  return {
    start,
    text: text.slice(start, Math.max(start, end)),
    // Counted only when read: it scans the text from the top, and callers walking many lines do not need it.
    get index() {
      let index = 0;
      for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) index++;
      return index;
    },
  };
}

/** Skips a quoted scalar starting at `i`; returns the index after its closing quote (or the line end). */
export function skipQuoted(line: string, i: number): number {
  const quote = line[i];
  let j = i + 1;
  while (j < line.length) {
    if (quote === '"' && line[j] === '\\') j += 2;
    else if (line[j] === quote) {
      if (quote === "'" && line[j + 1] === "'") j += 2;
      else return j + 1;
    } else j++;
  }
  return line.length;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** Where a comment starts (a `#` at the line start or after a space, outside quotes), if any. */
function commentStart(line: string, from: number): number | undefined {
  let i = from;
  while (i < line.length) {
    const ch = line[i];
    if ((ch === '"' || ch === "'") && (i === from || isSpace(line[i - 1]) || '[{,:'.includes(line[i - 1]!))) {
      i = skipQuoted(line, i);
      continue;
    }
    if (ch === '#' && (i === 0 || isSpace(line[i - 1]))) return i;
    i++;
  }
  return undefined;
}

/** The position of a key's `:` (followed by a space or the end of the content), or undefined. */
function keyColon(line: string, start: number, end: number): number | undefined {
  const first = line[start];
  if (first === undefined || '[{|>&*!%@`'.includes(first)) return undefined;
  let i = start;
  if (first === '"' || first === "'") {
    i = skipQuoted(line, start);
    while (isSpace(line[i])) i++;
    return line[i] === ':' && (i + 1 >= end || isSpace(line[i + 1])) ? i : undefined;
  }
  for (; i < end; i++) {
    if (line[i] === ':' && (i + 1 >= end || isSpace(line[i + 1]))) return i;
  }
  return undefined;
}

export function lineShape(line: string): LineShape {
  let indent = 0;
  while (line[indent] === ' ') indent++;
  const dashes: number[] = [];
  let i = indent;
  while (line[i] === '-' && (i + 1 === line.length || isSpace(line[i + 1]))) {
    dashes.push(i);
    i++;
    while (isSpace(line[i])) i++;
  }
  const comment = commentStart(line, i);
  let contentEnd = comment ?? line.length;
  while (contentEnd > i && isSpace(line[contentEnd - 1])) contentEnd--;
  const shape: LineShape = {
    indent,
    dashes,
    contentStart: i,
    contentEnd: Math.max(i, contentEnd),
    blank: i >= contentEnd && dashes.length === 0,
  };
  if (comment !== undefined) shape.comment = comment;
  if (i >= contentEnd) return shape;
  if (line.startsWith('---', indent) || line.startsWith('...', indent)) return shape;
  const colon = keyColon(line, i, contentEnd);
  if (colon === undefined) {
    shape.valueStart = i;
    return shape;
  }
  let keyEnd = colon;
  while (keyEnd > i && isSpace(line[keyEnd - 1])) keyEnd--;
  let text = line.slice(i, keyEnd);
  if ((text.startsWith('"') && text.endsWith('"')) || (text.startsWith("'") && text.endsWith("'")))
    text = text.slice(1, -1);
  shape.key = { start: i, end: keyEnd, text, colon };
  let v = colon + 1;
  while (isSpace(line[v])) v++;
  if (v < contentEnd) shape.valueStart = v;
  return shape;
}

/** A `---` or `...` line: the start or end of a document. */
export function isDocumentMarker(line: string): boolean {
  return /^(---|\.\.\.)(\s|$)/.test(line);
}
