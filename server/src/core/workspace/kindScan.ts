import { FILE_KINDS, kindFromFileName } from '../fileKinds';
import type { FileKind } from '../types';

const TOP_LEVEL_KEY = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]|$)/;
const KIND_LINE = new RegExp(`^kind[ \\t]*:[ \\t]+(${FILE_KINDS.join('|')})[ \\t]*(?:#.*)?$`);
const DOCUMENT_START = /^---[ \t]*(?:#.*)?$/;

/**
 * The kind a file has, read from its text without parsing it, when the text leaves no doubt; otherwise
 * undefined and only a parse can tell. It is sure when the root is a block mapping at column 0 whose
 * every top-level line is a plain `key:` (so no document markers, flow or quoted keys, directives or
 * root scalars), exactly one of them is `kind: <Kind>` written plainly, and the file's name promises
 * that kind or none. A file it is sure of, once parsed, declares that kind or has no model at all.
 */
export function scanKind(uri: string, text: string): FileKind | undefined {
  let found: FileKind | undefined;
  let started = false;
  let seenKey = false;
  for (let start = 0, end = 0; start <= text.length; start = end + 1) {
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Once a key is seen, indented lines say nothing: skipped without being cut out of the text.
    const lead = text.charCodeAt(start);
    if (seenKey && (lead === 32 || lead === 9)) continue;
    const rawLine = text.slice(start, end);
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const first = line[0];
    if (first === undefined || first === '#') continue;
    if (first === ' ' || first === '\t') {
      const content = line.trimStart();
      // Indented content before the first key: the root is not a mapping at column 0.
      if (!seenKey && content !== '' && !content.startsWith('#')) return undefined;
      continue;
    }
    if (!started && !seenKey && DOCUMENT_START.test(line)) {
      started = true;
      continue;
    }
    const key = TOP_LEVEL_KEY.exec(line)?.[1];
    if (key === undefined) return undefined;
    seenKey = true;
    if (key !== 'kind') continue;
    const kind = KIND_LINE.exec(line)?.[1] as FileKind | undefined;
    if (!kind || found) return undefined;
    found = kind;
  }
  const named = kindFromFileName(uri);
  return found && (!named || named === found) ? found : undefined;
}
