import { stringify } from 'yaml';
import { escapeText, oneLine } from '../text/escapeText';

/** A scalar as YAML writes it, quoted only when it must be (in flow collections, also when it holds `,[]{}`). */
export function yamlScalar(value: string | number, flow = false): string {
  if (typeof value === 'number') return String(value);
  const text = stringify(value, { lineWidth: 0 }).trimEnd();
  return flow && /[,[\]{}]/.test(text) && !/^["']/.test(text) ? JSON.stringify(value) : text;
}

/** Text for a YAML comment: one line, with control characters (which YAML does not allow) as escapes. */
export function commentText(text: string): string {
  return escapeText(oneLine(text));
}
