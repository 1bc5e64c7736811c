import { sortKey, type CompletionEntry, type CompletionEnv } from './completionEntry';
import type { DefaultSnippet } from './schemaNav';
import { indentLines, isBlockBody, snippetLines, snippetPreview } from './snippetText';

/**
 * Snippets from a schema's `defaultSnippets`: as keys of a mapping (`key`), as a new list item
 * (`item`), as the value after `key:` (`value`; `block-value` keeps only those needing lines of their
 * own) or as the first item of a list after `key:` (`list-value`).
 */
export function snippetEntries(
  env: CompletionEnv,
  snippets: readonly DefaultSnippet[] | undefined,
  mode: 'key' | 'item' | 'value' | 'block-value' | 'list-value',
): CompletionEntry[] {
  const { cursor } = env;
  const result: CompletionEntry[] = [];
  for (const [i, snippet] of (snippets ?? []).entries()) {
    const block = isBlockBody(snippet.body);
    const lines = snippetLines(snippet.body);
    let text: string;
    let replace = cursor.replace;
    if (mode === 'key') {
      if (!block || Array.isArray(snippet.body)) continue;
      text = indentLines(lines, cursor.column);
    } else if (mode === 'item') {
      if (Array.isArray(snippet.body)) continue;
      text = indentLines(lines, cursor.column);
    } else if (mode === 'list-value') {
      const column = cursor.column + 2;
      const item = block ? [`- ${lines[0]}`, ...lines.slice(1).map((line) => `  ${line}`)] : [`- ${lines[0]}`];
      text = `\n${' '.repeat(column)}${indentLines(item, column)}`;
      replace = { start: cursor.afterColon ?? replace.start, end: replace.end };
    } else if (block) {
      const column = cursor.column + 2;
      text = `\n${' '.repeat(column)}${indentLines(lines, column)}`;
      replace = { start: cursor.afterColon ?? replace.start, end: replace.end };
    } else {
      if (mode === 'block-value') continue;
      text = lines.join(' ');
    }
    const label = snippet.label ?? lines[0] ?? 'snippet';
    const description = snippet.markdownDescription ?? snippet.description;
    result.push({
      label,
      kind: 'snippet',
      insertText: cursor.prefix + text,
      isSnippet: true,
      replace,
      sortText: sortKey(i, 3),
      documentation: `${description ? `${description}\n\n` : ''}\`\`\`yaml\n${snippetPreview(lines.join('\n'))}\n\`\`\``,
      ...(snippet.description ? { detail: snippet.description } : {}),
    });
  }
  return result;
}
