import { isCollection, isPair, isScalar, type Document, type Node, type Scalar } from 'yaml';

/** A scalar written over several lines, replaced by a one-line placeholder while the document is printed. */
interface KeptScalar {
  placeholder: string;
  /** The scalar as written: its first line, then its continuation lines without their common indentation. */
  firstLine: string;
  rest: string[];
}

const INDENT = 2;

/** Block scalars whose line layout can move to another indentation as written: no indentation indicator, no `+` chomping. */
function movable(scalar: Scalar, source: string): boolean {
  if (scalar.type === 'BLOCK_FOLDED' || scalar.type === 'BLOCK_LITERAL') return /^[|>]-?(?:\s|$)/.test(source);
  return scalar.type === 'PLAIN' || scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
}

/** A prefix that occurs nowhere in the text, so that placeholders cannot be confused with it. */
function freshPrefix(text: string): string {
  let prefix = 'ladderkeep';
  while (text.includes(prefix)) prefix += 'x';
  return prefix;
}

/**
 * Keeps the line breaks of multi-line scalars through printing. The yaml library prints a folded
 * (`>`) or multi-line plain scalar from its value, which has lost the author's line breaks: with no
 * line width every paragraph becomes one long line, with one it is re-wrapped. Instead, each such
 * scalar of a block collection is printed as a placeholder and then put back as written, its
 * continuation lines moved to the indentation of their new place.
 */
export class MultilineKeeper {
  private readonly kept: KeptScalar[] = [];
  private readonly prefix: string;

  constructor(private readonly text: string) {
    this.prefix = freshPrefix(text);
  }

  /** Replaces the multi-line scalars of block collections by placeholders. */
  stash(doc: Document): void {
    const stack: unknown[] = [doc.contents];
    while (stack.length > 0) {
      const node = stack.pop();
      if (isPair(node)) stack.push(node.value, node.key);
      else if (isCollection(node) && !node.flow) stack.push(...node.items);
      else if (isScalar(node)) this.stashScalar(node);
    }
  }

  private stashScalar(scalar: Scalar): void {
    const range = (scalar as Node).range;
    if (!range) return;
    const source = this.text.slice(range[0], range[1]).replace(/(?:\n[ \t]*)+$/, '');
    if (!source.includes('\n') || !movable(scalar, source)) return;
    const [firstLine = '', ...rest] = source.split('\n');
    const indents = rest.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
    const base = Math.min(...indents);
    const placeholder = `${this.prefix}${this.kept.length}z`;
    this.kept.push({ placeholder, firstLine, rest: rest.map((line) => (line.trim() === '' ? '' : line.slice(base))) });
    scalar.value = placeholder;
    scalar.type = 'PLAIN';
  }

  /** Puts the scalars back into the printed text; undefined if a placeholder went missing. */
  restore(printed: string): string | undefined {
    let out = printed;
    for (const { placeholder, firstLine, rest } of this.kept) {
      const at = out.indexOf(placeholder);
      if (at < 0) return undefined;
      const lineStart = out.lastIndexOf('\n', at - 1) + 1;
      const before = out.slice(lineStart, at);
      // Under a `- ` item the body lines up with the item; under a key, one step in from the key.
      const itemDash = /(?:^|[ ])- $/.test(before);
      const ownerColumn = itemDash ? before.length - 2 : (/^[ -]*/.exec(before)?.[0].length ?? 0);
      const indent = ' '.repeat(ownerColumn + INDENT);
      const body = rest.map((line) => (line === '' ? '' : indent + line));
      out = out.slice(0, at) + [firstLine, ...body].join('\n') + out.slice(at + placeholder.length);
    }
    return out;
  }
}
