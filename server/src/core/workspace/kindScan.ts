import { FILE_KINDS, kindFromFileName } from '../fileKinds';
import type { FileKind } from '../types';

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
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (lineEnd === start || lead === 35) continue; // an empty line or a comment
    if (lead === 32 || lead === 9) {
      const content = text.slice(start, lineEnd).trimStart();
      // Indented content before the first key: the root is not a mapping at column 0.
      if (!seenKey && content !== '' && !content.startsWith('#')) return undefined;
      continue;
    }
    if (!started && !seenKey && DOCUMENT_START.test(text.slice(start, lineEnd))) {
      started = true;
      continue;
    }
    const keyEnd = topLevelKeyEnd(text, start, lineEnd);
    if (keyEnd < 0) return undefined;
    seenKey = true;
    if (keyEnd - start !== 4 || !text.startsWith('kind', start)) continue;
    const kind = KIND_LINE.exec(text.slice(start, lineEnd))?.[1] as FileKind | undefined;
    if (!kind || found) return undefined;
    found = kind;
  }
  const named = kindFromFileName(uri);
  return found && (!named || named === found) ? found : undefined;
}

/**
 * Where the key ends when the line from `start` to `end` starts with a plain top-level `key:` (a letter
 * or `_`, then letters, digits, `_`, `.` or `-`; spaces or tabs; a colon, then a space, a tab or the end
 * of the line), else -1. Each file's top-level lines are read so, character by character.
 */
function topLevelKeyEnd(text: string, start: number, end: number): number {
  if (!isKeyStart(text.charCodeAt(start))) return -1;
  let at = start + 1;
  while (at < end && isKeyPart(text.charCodeAt(at))) at++;
  const keyEnd = at;
  while (at < end && isSpaceOrTab(text.charCodeAt(at))) at++;
  if (at === end || text.charCodeAt(at) !== 58) return -1;
  return at + 1 === end || isSpaceOrTab(text.charCodeAt(at + 1)) ? keyEnd : -1;
}

const isSpaceOrTab = (code: number) => code === 32 || code === 9;
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isKeyStart = (code: number) => isLetter(code) || code === 95;
const isKeyPart = (code: number) => isKeyStart(code) || (code >= 48 && code <= 57) || code === 46 || code === 45;
