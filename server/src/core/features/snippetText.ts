/**
 * Turns a schema's `defaultSnippets` body (a JSON value whose strings hold snippet syntax, `^` marking a
 * value to write unquoted) into YAML lines in snippet syntax. Lines carry their indentation relative to
 * the first line; the caller indents them to where they are inserted.
 */
export function snippetLines(body: unknown): string[] {
  if (Array.isArray(body)) return body.flatMap((item) => listItem(item));
  if (body !== null && typeof body === 'object') {
    return Object.entries(body as Record<string, unknown>).flatMap(([key, value]) => pair(key, value));
  }
  return [scalar(body)];
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return value.startsWith('^') ? value.slice(1) : value === '' ? '""' : value;
  return String(value);
}

function isCollection(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

function pair(key: string, value: unknown): string[] {
  if (!isCollection(value)) return [`${key}: ${scalar(value)}`];
  const inner = snippetLines(value);
  return [`${key}:`, ...inner.map((line) => `  ${line}`)];
}

function listItem(item: unknown): string[] {
  if (!isCollection(item)) return [`- ${scalar(item)}`];
  const [first = '', ...rest] = snippetLines(item);
  return [`- ${first}`, ...rest.map((line) => `  ${line}`)];
}

/** True when the body is a mapping or a list: it needs lines of its own. */
export function isBlockBody(body: unknown): boolean {
  return isCollection(body);
}

/** Lines joined for insertion at `column`: lines after the first are indented to that column. */
export function indentLines(lines: readonly string[], column: number): string {
  return lines.join(`\n${' '.repeat(column)}`);
}

/** The snippet with every placeholder replaced by its default text, for previews. */
export function snippetPreview(snippet: string): string {
  let previous;
  let text = snippet;
  do {
    previous = text;
    text = text
      .replace(/\$\{\d+:([^{}$]*)\}/g, '$1')
      .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
      .replace(/\$\{\d+\}|\$\d+/g, '');
  } while (text !== previous);
  return text.replace(/\\([$}\\])/g, '$1');
}
