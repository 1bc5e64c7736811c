// Text from ladder files (names, ids, notes, file names) is printed to terminals and CI logs, exported as
// Markdown and shown in the editor. These escapes keep it from acting on what shows it: no control
// character, line break or reordering mark is written as is, and nothing can pass for a CI workflow command.

// C0 controls, DEL, C1 controls (NEL among them), the line and paragraph separators, and the invisible marks
// that reorder text (Arabic letter mark, LRM and RLM, bidirectional embeddings, overrides and isolates);
// then the legacy GitHub Actions command prefix, which the runner reads anywhere in a line.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/g;
const UNSAFE_IN_LINES =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/g;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '##[': '##\\u005b' };

function visible(match: string): string {
  return SHORT[match] ?? `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A string from a file, safe to print within one line: every control character, line break and
 * reordering mark becomes a visible escape (`\n`, `\r`, `\t`, else `\uXXXX`), and `##[` becomes
 * `##\u005b`. Inside a JSON string each escape stands for the character it replaces.
 */
export function escapeText(text: string): string {
  return text.replace(UNSAFE, visible);
}

/**
 * A whole document already laid out in lines (JSON, Markdown, a report): as `escapeText`, but line feeds
 * and tabs stay. In JSON text the raw characters this escapes occur only inside strings, where `\uXXXX`
 * is the same character, so the document still parses to the same values.
 */
export function escapeLines(text: string): string {
  return text.replace(UNSAFE_IN_LINES, visible);
}

/**
 * Text that starts a line of output: a CI runner reads a line that begins with `::`, after any white
 * space, as a workflow command, so there the first colon is written `\u003a`. The text is already escaped.
 */
export function escapeLineStart(text: string): string {
  const start = text.length - text.trimStart().length;
  return text.startsWith('::', start) ? `${text.slice(0, start)}\\u003a${text.slice(start + 1)}` : text;
}

/** A value as pretty-printed JSON with `escapeLines` applied: it parses back to the same value. */
export function jsonText(value: unknown): string {
  return `${escapeLines(JSON.stringify(value, null, 2))}\n`;
}

/** Each run of white space that holds a line break becomes one space, so the text fits on one line. */
export function oneLine(text: string): string {
  // `\s+` always matches a whole run and moves past it, so this is linear, unlike `\s*[\r\n]+\s*`
  // which rescans a run of spaces from each of its positions when no line break follows.
  return text.replace(/\s+/g, (run) => (/[\r\n\u2028\u2029]/.test(run) ? ' ' : run));
}
