import { escapeLines, escapeText, oneLine } from '../text/escapeText';
import type { Wording } from './describeRequirement';

// Characters that open inline markup anywhere in a line: the backslash itself, code spans, emphasis,
// links and images, raw HTML and autolinks, table cells, strikethrough and entities.
const INLINE_MARKUP = /[\\`*_[\]<>|~&]/g;
// What opens a block at the start of a line (headings, quotes, bullets, setext underlines, thematic
// breaks), and `:`, as a line that starts with `::` is a CI workflow command. `*`, `_`, `` ` ``, `~`, `<`,
// `|` and `>` are escaped wherever they are.
const BLOCK_START = /^[#+=:-]/;
// An ordered list item (a number, `.` or `)`, then a space or the end): its delimiter is escaped.
const ORDERED_ITEM = /^(\d+)([.)])(?=[ \t]|$)/;

function escapeMarkdownLine(line: string): string {
  // Leading white space could make an indented code block; Markdown does not show it in a paragraph anyway.
  // Control characters become `\uXXXX` after the markup is escaped: a backslash before `u` shows as is.
  const escaped = escapeLines(line.trimStart().replace(INLINE_MARKUP, '\\$&'));
  return BLOCK_START.test(escaped) ? `\\${escaped}` : escaped.replace(ORDERED_ITEM, '$1\\$2');
}

/**
 * Text from a file as Markdown that shows it as written: no markup, link, raw HTML or block (heading,
 * list, quote, table, code block or fence) can start from it, and control characters show as escapes
 * (`\u001b`). Its lines stay lines. The one Markdown escaping of the code base: every Markdown producer
 * (exported ladders and reports, hovers, completion details) uses it, directly or through the helpers below.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map(escapeMarkdownLine)
    .join('\n');
}

/** Escaped text on one line, for headings, list items and table cells. */
export function inline(text: string): string {
  return escapeMarkdown(oneLine(text));
}

/** Text for a table cell: escaped, on one line, never empty. */
export function cell(text: string): string {
  const escaped = inline(text).trim();
  return escaped === '' ? ' ' : escaped;
}

/**
 * An inline code span that holds any text, including backticks; line breaks and control characters show
 * as escapes (`\n`). A pipe would end a table cell even inside a span, so such text is escaped instead.
 */
export function code(text: string): string {
  const shown = escapeText(text);
  if (shown.includes('|')) return escapeMarkdown(shown);
  let longestRun = 0;
  for (let i = 0, run = 0; i < shown.length; i++) {
    run = shown[i] === '`' ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  const fence = '`'.repeat(longestRun + 1);
  const padded = shown.startsWith('`') || shown.endsWith('`') ? ` ${shown} ` : shown;
  return `${fence}${padded}${fence}`;
}

/** `Name (`id`)`, or the id alone as code when there is no other name. */
export function named(name: string | undefined, id: string): string {
  return name && name !== id ? `${inline(name)} (${code(id)})` : code(id);
}

/** A requirement's wording with names escaped and ids as code. */
export const MARKDOWN_WORDING: Wording = { ref: (id, name) => named(name, id) };

/** A Markdown table: a header row, a separator and one row per item (cells are escaped by the caller). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}
