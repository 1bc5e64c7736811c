/** Escapes text for use inside a Markdown paragraph or heading: no markup, links or raw HTML survive. */
export function inline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Escapes text that starts a block (a paragraph or list item), so it cannot open a heading, list or quote. */
export function block(text: string): string {
  return inline(text).replace(/^(#|>|[-+=]|\d+[.)])/, '\\$1');
}

/** Text for a table cell: escaped, on one line, never empty. */
export function cell(text: string): string {
  const escaped = inline(text).trim();
  return escaped === '' ? ' ' : escaped;
}

/** An inline code span that holds any text, including backticks. */
export function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const runs = flat.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((run) => run.length)) + 1);
  const padded = flat.startsWith('`') || flat.endsWith('`') ? ` ${flat} ` : flat;
  return `${fence}${padded}${fence}`;
}

/** A Markdown table: a header row, a separator and one row per item (cells are escaped by the caller). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}
