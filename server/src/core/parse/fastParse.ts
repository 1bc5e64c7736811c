import { isScalar, Scalar, YAMLMap, YAMLSeq, type Document, type Node, type Pair, type Schema } from 'yaml';
import { newDocument, newMap, newPair, newScalar, newSeq } from './fastNodes';
import { markWithoutAliases } from './nodes';
import { PARSE_OPTIONS } from './parseOptions';

/**
 * A fast parse of the plain YAML most ladder files are written in: block mappings and sequences
 * indented with spaces, one-line flow collections of scalars, plain and one-line quoted scalars,
 * `>`/`|` block scalars of evenly indented lines, blank lines, and whole-line comments above a node.
 * It builds the very nodes `parseDocument` would (same classes, values, ranges, styles, `spaceBefore`,
 * `commentBefore`), and the plain data `toPlain` would make of them, without yaml's lexer, CST and
 * composer, which are most of the cost of reading a file. Anything else (comments after a value,
 * anchors, aliases, tags, multi-line plain scalars, escapes, explicit keys, document markers, tabs,
 * CRs, duplicate keys, anything yaml would report) returns undefined, and the caller parses the text
 * with yaml. `test/unit/fastParse.test.ts` compares both on every sample, fixture, generated file and
 * broken variants of them.
 */
export function fastParseDocument(text: string): FastParse | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  try {
    return new FastParser(text).parse();
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

/** The document, and the plain data `toPlain` would make of it (made on the way, at a fraction of the cost). */
export interface FastParse {
  readonly doc: Document.Parsed;
  readonly plain: unknown;
}

/** One entry of a mapping's plain data, keyed as `toPlain` keys it (`__proto__` as an own property too). */
function setPlain(plain: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__')
    Object.defineProperty(plain, name, { value, enumerable: true, writable: true, configurable: true });
  else plain[name] = value;
}

/** Above this many keys, a mapping's plain data starts as a dictionary (see newPlainRecord). */
const MANY_KEYS = 8;

/**
 * A new plain object for a mapping of `size` keys. A mapping of many keys (ratings keyed by competency ids,
 * each file in its own order) starts as a dictionary: built key by key, V8 would make a new hidden class
 * for every key of every differently ordered mapping, which was most of the cost of making them. The keys,
 * their order and the values are the same either way.
 */
function newPlainRecord(size: number): Record<string, unknown> {
  if (size <= MANY_KEYS) return {};
  const plain: Record<string, unknown> = { dictionary: true, mode: true };
  delete plain['dictionary'];
  delete plain['mode'];
  return plain;
}

/** The value of a pair's key: every key of the fast path is a scalar. */
const keyValue = (pair: Pair<Node, Node>) => (pair.key as Scalar).value;
const sameValueZero = (a: unknown, b: unknown) => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** A scalar's plain value as `toPlain` gives it: `.inf` and `.nan` as written (JSON has neither), no undefined. */
function plainScalarValue(node: Scalar): unknown {
  const value = node.value;
  if (typeof value === 'number' && !Number.isFinite(value)) return node.source ?? String(value);
  return value ?? null;
}

/** Characters the fast path never reads: tabs, CRs, control characters, a BOM, Unicode line separators. */
const UNSUPPORTED = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]/;
/** The characters a plain key or value may not start with (indicators) in the fast path, by code. */
const INDICATOR_CODES = new Uint8Array(128);
for (const indicator of `-?:,[]{}#&*!|>'"%@\``) INDICATOR_CODES[indicator.charCodeAt(0)] = 1;
const isIndicator = (code: number) => code < 128 && INDICATOR_CODES[code] === 1;
/** What a plain flow scalar may not contain. */
const FLOW_STOP = /[,[\]{}]/;
const MAX_DEPTH = 100;
/**
 * A plain scalar that the core schema may read as something else than a string: one that starts as
 * a null (`~`), an int or a float do (a digit, a sign or a dot), or that is one of the words it reads
 * as null or a boolean. Every other one (ids such as `track-2` or `fraud-escalations`) is a string,
 * without trying the tags one by one.
 */
function mayResolve(source: string): boolean {
  const first = source.charCodeAt(0);
  // `~`, a digit, `+`, `-`, `.`
  if (first === 126 || (first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) return true;
  return source.length <= 5 && NULL_OR_BOOLEAN.has(source);
}
const NULL_OR_BOOLEAN = new Set(['Null', 'null', 'NULL', 'True', 'true', 'TRUE', 'False', 'false', 'FALSE']);

/** Digits that the core schema's int tag reads as a number, exactly (at most 15 of them). */
function isSmallInt(source: string): boolean {
  if (source.length === 0 || source.length > 15) return false;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const BAIL = Symbol('bail');
function bail(): never {
  throw BAIL;
}

interface Line {
  /** Offset of the first non-space character. */
  readonly content: number;
  readonly indent: number;
  /** Offset of the line break ending the line, or the text length. */
  readonly end: number;
  /** Offset just after the line break (the next line's start), or the text length. */
  readonly next: number;
  /** A blank line comes right before this one (or before the comment lines right before it). */
  readonly blankBefore: boolean;
  /** The comment lines right before this one, as yaml keeps them (`commentBefore`). */
  readonly comment: string | undefined;
}

type Range = [number, number, number];

class FastParser {
  private readonly lines: Line[] = [];
  private at = 0;
  private readonly doc: Document.Parsed;
  private readonly schema: Schema;
  /** The plain data of the collection built last, made as its items were read; its caller takes it at once. */
  private collectionPlain: unknown;
  /** The plain values of the entries of the mappings being read, innermost last (see plainRecordOf). */
  private readonly entryPlains: unknown[] = [];

  constructor(private readonly text: string) {
    this.doc = newDocument();
    this.schema = this.doc.schema;
    let start = 0;
    let blank = false;
    let comments: string[] = [];
    let commentIndent = -1;
    let hash = text.indexOf(' #');
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      let content = start;
      while (content < end && text.charCodeAt(content) === 32) content++;
      if (content === end) {
        if (comments.length > 0) bail(); // a blank line between comments and what follows them
        blank = true;
      } else if (text.charCodeAt(content) === 35) {
        // a comment line: kept for the node on the next line, at the same indentation
        if (commentIndent >= 0 && commentIndent !== content - start) bail();
        commentIndent = content - start;
        const comment = text.slice(content + 1, end);
        if (comment === '' || comment.endsWith(' ')) bail(); // yaml trims these its own way
        comments.push(comment);
      } else {
        if (text.startsWith('---', start) || text.startsWith('...', start)) bail();
        if (hash < content && hash >= 0) hash = text.indexOf(' #', content);
        if (hash >= 0 && hash < end) bail(); // a comment after a value
        if (comments.length > 0 && commentIndent !== content - start) bail();
        this.lines.push({
          content,
          indent: content - start,
          end,
          next: Math.min(end + 1, text.length),
          blankBefore: blank,
          comment: comments.length > 0 ? comments.join('\n') : undefined,
        });
        blank = false;
        if (comments.length > 0) comments = [];
        commentIndent = -1;
      }
      start = end + 1;
    }
    if (comments.length > 0) bail(); // comments at the end: the document's
  }

  parse(): FastParse {
    const doc = this.document();
    return { doc, plain: this.plainOf(doc.contents as Node) };
  }

  private plainOf(node: Node): unknown {
    return node instanceof Scalar ? plainScalarValue(node) : this.collectionPlain;
  }

  private document(): Document.Parsed {
    const first = this.lines[0];
    if (!first || first.indent !== 0) bail();
    const contents = this.blockNode(first, 0);
    if (first.comment !== undefined) {
      // yaml gives comments above the first line to the first key, not to the mapping
      const key = contents instanceof YAMLMap ? (contents.items[0] as Pair<Node> | undefined)?.key : undefined;
      if (!key || first.blankBefore) bail();
      key.commentBefore = first.comment;
    }
    if (this.at < this.lines.length) bail();
    const range = contents.range as Range;
    this.doc.contents = contents as unknown as Document.Parsed['contents'];
    this.doc.range = [range[0], range[2], this.text.length];
    markWithoutAliases(this.doc);
    return this.doc;
  }

  /** A block mapping or sequence starting on `line` (at its indentation). */
  private blockNode(line: Line, depth: number): YAMLMap | YAMLSeq {
    if (depth > MAX_DEPTH) bail();
    return this.isDash(line.content)
      ? this.sequence(line.indent, depth)
      : this.mapping(line.content, line.indent, depth);
  }

  /** The blank line and comments above `line`, on the node it starts. */
  private before(node: Node, line: Line): void {
    if (line.blankBefore) node.spaceBefore = true;
    if (line.comment !== undefined) node.commentBefore = line.comment;
  }

  private isDash(offset: number): boolean {
    const next = this.text.charCodeAt(offset + 1);
    return this.text.charCodeAt(offset) === 45 && (next === 32 || next === 10 || Number.isNaN(next));
  }

  /** Block sequence items at column `indent`. */
  private sequence(indent: number, depth: number): YAMLSeq {
    const seq = newSeq();
    const plain: unknown[] = [];
    const start = this.lines[this.at]!.content;
    let end = start;
    for (let line = this.lines[this.at]; line && line.indent === indent && this.isDash(line.content);) {
      let content = line.content + 1;
      while (content < line.end && this.text.charCodeAt(content) === 32) content++;
      if (content === line.end) bail(); // an item on the lines below, or an empty one
      let item: Node;
      if (this.isDash(content))
        bail(); // `- - x`
      else if (!isIndicator(this.text.charCodeAt(content)) && this.keyColon(content, line.end) >= 0) {
        item = this.mapping(content, content - (line.content - line.indent), depth + 1);
      } else {
        item = this.inlineValue(content, line, indent);
      }
      if (seq.items.length > 0) this.before(item, line);
      seq.items.push(item);
      plain.push(this.plainOf(item));
      end = (item.range as Range)[2];
      line = this.lines[this.at];
    }
    seq.range = [start, end, end];
    this.collectionPlain = plain;
    return seq;
  }

  /**
   * Block mapping entries at column `column`; the first one starts at `first` (after `- ` for a
   * mapping in a sequence item), the others at the start of their lines.
   */
  private mapping(first: number, column: number, depth: number): YAMLMap {
    const map = newMap();
    const items = map.items as Pair<Node, Node>[];
    const plainsFrom = this.entryPlains.length;
    let end = first;
    let keyStart = first;
    for (let line = this.lines[this.at]; line; line = this.lines[this.at]) {
      const colon = this.keyColon(keyStart, line.end);
      if (colon < 0) bail();
      const key = this.plainScalar(keyStart, colon, colon, true);
      if (items.length > 0) this.before(key, line);
      let valueStart = colon + 1;
      while (valueStart < line.end && this.text.charCodeAt(valueStart) === 32) valueStart++;
      let value: Node;
      if (valueStart < line.end) {
        value = this.inlineValue(valueStart, line, column);
      } else {
        this.at++;
        const below = this.lines[this.at];
        if (below && (below.indent > column || (below.indent === column && this.isDash(below.content)))) {
          value = this.blockNode(below, depth + 1);
          this.before(value, below);
        } else {
          // yaml places an empty value's range, and the document's end after it, by the comments and
          // blank lines that follow (`key:` at the end of the text, or above a comment): left to yaml
          bail();
        }
      }
      items.push(newPair(key, value));
      this.entryPlains.push(this.plainOf(value));
      end = (value.range as Range)[2];
      const next = this.lines[this.at];
      if (!next || next.indent !== column) {
        if (next && next.indent > column) bail(); // a multi-line scalar or a mis-indented line
        break;
      }
      keyStart = next.content;
    }
    map.range = [first, end, end];
    this.collectionPlain = this.plainRecordOf(items, plainsFrom);
    return map;
  }

  /** The offset of the `:` ending a plain implicit key that starts at `start`, or -1. */
  private keyColon(start: number, lineEnd: number): number {
    const text = this.text;
    for (let i = text.indexOf(':', start); i >= 0 && i < lineEnd; i = text.indexOf(':', i + 1))
      if (i + 1 === lineEnd || text.charCodeAt(i + 1) === 32) return i;
    return -1;
  }

  /**
   * A scalar or a one-line flow collection from `start` to the end of `line`, or a block scalar whose
   * lines follow (indented more than `column`); moves past the lines read.
   */
  private inlineValue(start: number, line: Line, column: number): Node {
    const text = this.text;
    let end = line.end;
    while (text.charCodeAt(end - 1) === 32) end--;
    const first = text.charCodeAt(start);
    this.at++;
    if (first === 62 || first === 124) return this.blockScalar(start, end, column);
    let node: Node;
    if (first === 123 || first === 91) node = this.flowCollection(start, end);
    else if (first === 34 || first === 39) node = this.quoted(start, end);
    else {
      if (this.keyColon(start, end) >= 0) bail(); // `a: b: c`
      node = this.plainScalar(start, end, end, false);
    }
    (node.range as Range)[2] = line.next;
    return node;
  }

  /** `>`, `>-`, `|` or `|-` and its lines, all at one indentation, with no blank or comment line among them. */
  private blockScalar(start: number, headerEnd: number, column: number): Scalar {
    const header = this.text.slice(start, headerEnd);
    if (header !== '>' && header !== '>-' && header !== '|' && header !== '|-') bail();
    const parts: string[] = [];
    const first = this.lines[this.at];
    if (!first || first.indent <= column) bail();
    let last = first;
    for (let line = first; line && line.indent > column; line = this.lines[++this.at]!) {
      if (line.indent !== first.indent || line.blankBefore || line.comment !== undefined) bail();
      if (line.next === line.end || this.text.charCodeAt(line.end - 1) === 32) bail();
      parts.push(this.text.slice(line.content, line.end));
      last = line;
    }
    const folded = header[0] === '>';
    const value = parts.join(folded ? ' ' : '\n') + (header.endsWith('-') ? '' : '\n');
    return this.scalar(
      value,
      value,
      [start, last.next, last.next],
      folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL,
    );
  }

  private quoted(start: number, end: number): Scalar {
    const quote = this.text[start]!;
    if (end - start < 2 || this.text[end - 1] !== quote) bail();
    const inner = this.text.slice(start + 1, end - 1);
    // an escaped quote ('') or an escape sequence, or text after the closing quote
    if (inner.includes(quote) || (quote === '"' && inner.includes('\\'))) bail();
    return this.scalar(inner, inner, [start, end, end], quote === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE);
  }

  /** `{a: b, c: d}` or `[a, b]` of plain and one-line quoted scalars (keys plain), on one line, ending at `end`. */
  private flowCollection(start: number, end: number): YAMLMap | YAMLSeq {
    const text = this.text;
    const isMap = text.charCodeAt(start) === 123;
    if (text.charCodeAt(end - 1) !== (isMap ? 125 : 93)) bail();
    const collection = isMap ? newMap() : newSeq();
    collection.flow = true;
    const plainsFrom = this.entryPlains.length;
    const close = end - 1;
    let i = start + 1;
    const skipSpaces = () => {
      while (i < close && text.charCodeAt(i) === 32) i++;
    };
    skipSpaces();
    while (i < close) {
      // one item: a scalar up to `,` (or the end), a pair when it starts with a plain key and `: `
      let itemStart = i;
      let key: Scalar | undefined;
      if (isMap) {
        let colon = text.indexOf(':', i);
        while (colon >= 0 && colon < close && text.charCodeAt(colon + 1) !== 32) colon = text.indexOf(':', colon + 1);
        if (colon < 0 || colon >= close) bail();
        key = this.plainScalar(i, colon, colon, true, true);
        itemStart = colon + 1;
        while (itemStart < close && text.charCodeAt(itemStart) === 32) itemStart++;
      }
      const value = this.flowScalar(itemStart, close);
      const comma = (value.range as Range)[2];
      if (key) {
        (collection as YAMLMap).items.push(newPair(key, value));
      } else (collection as YAMLSeq).items.push(value);
      this.entryPlains.push(plainScalarValue(value));
      i = comma < close ? comma + 1 : close;
      if (comma < close) {
        skipSpaces();
        if (i >= close) bail(); // a trailing comma
      }
    }
    collection.range = [start, end, end];
    this.collectionPlain = isMap
      ? this.plainRecordOf((collection as YAMLMap<Node, Node>).items, plainsFrom)
      : this.entryPlains.splice(plainsFrom);
    return collection;
  }

  /**
   * The plain data of a mapping whose entries are `items`, their plain values on `entryPlains` from
   * `from` (taken off it), keyed as `toPlain` keys them. A key of the same value as an earlier one (a
   * duplicate key, as yaml compares them) is left to yaml; keys of different values with one name (`.inf`
   * and `Infinity`) are one entry, the last, as in `toPlain`.
   */
  private plainRecordOf(items: readonly Pair<Node, Node>[], from: number): Record<string, unknown> {
    const plains = this.entryPlains;
    const plain = newPlainRecord(items.length);
    for (let i = 0; i < items.length; i++) {
      const key = keyValue(items[i]!);
      const name = String(key ?? '');
      if (Object.hasOwn(plain, name) && items.slice(0, i).some((earlier) => sameValueZero(keyValue(earlier), key)))
        bail();
      setPlain(plain, name, plains[from + i]);
    }
    plains.length = from;
    return plain;
  }

  /**
   * A scalar of a flow collection starting at `start`, its range ending at the `,` after it (or at
   * `close`, the collection's closing bracket): quoted, it may hold commas; plain, it ends at the first one.
   */
  private flowScalar(start: number, close: number): Scalar {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === 34 || first === 39) {
      const end = text.indexOf(text[start]!, start + 1) + 1;
      if (end <= 0 || end > close) bail();
      let comma = end;
      while (comma < close && text.charCodeAt(comma) === 32) comma++;
      if (comma < close && text.charCodeAt(comma) !== 44) bail(); // text after the closing quote, or `''`
      const node = this.quoted(start, end);
      (node.range as Range)[2] = comma;
      return node;
    }
    let comma = text.indexOf(',', start);
    if (comma < 0 || comma > close) comma = close;
    let valueEnd = comma;
    while (valueEnd > start && text.charCodeAt(valueEnd - 1) === 32) valueEnd--;
    if (valueEnd === start || this.keyColon(start, valueEnd) >= 0) bail();
    return this.plainScalar(start, valueEnd, comma, false, true);
  }

  /** A plain scalar from `start` to `end` (trimmed), read as yaml's core schema reads it. */
  private plainScalar(start: number, end: number, rangeEnd: number, atKey: boolean, flow = false): Scalar {
    const source = this.text.slice(start, end);
    if (source.length === 0 || (isIndicator(source.charCodeAt(0)) && !/^-[^\s]/.test(source))) bail();
    if (source.charCodeAt(source.length - 1) === 32 || (flow && (FLOW_STOP.test(source) || source.includes(':'))))
      bail();
    if (atKey && source.length > 1024) bail();
    if (!mayResolve(source)) return this.scalar(source, source, [start, end, rangeEnd]);
    // a decimal integer (a rating, a rank, years): the core schema's int tag, read as it reads it
    if (isSmallInt(source)) return this.scalar(Number(source), source, [start, end, rangeEnd]);
    const tag = this.schema.tags.find(
      (t) => (t.default === true || (atKey && t.default === 'key')) && !t.collection && t.test?.test(source),
    );
    if (!tag) return this.scalar(source, source, [start, end, rangeEnd]);
    const resolve = tag.resolve as ((value: string, onError: () => void, options: object) => unknown) | undefined;
    if (!resolve || tag.tag === 'tag:yaml.org,2002:str') bail();
    let problem = false;
    const resolved = resolve.call(tag, source, () => (problem = true), PARSE_OPTIONS);
    if (problem) bail();
    const node = isScalar(resolved) ? resolved : newScalar(resolved);
    node.range = [start, end, rangeEnd];
    node.source = source;
    node.type = Scalar.PLAIN;
    if (tag.format) node.format = tag.format;
    return node;
  }

  private scalar(value: unknown, source: string, range: Range, type: Scalar.Type = Scalar.PLAIN): Scalar {
    const node = newScalar(value);
    node.range = range;
    node.source = source;
    node.type = type;
    return node;
  }
}
