/**
 * A message of `l10n.t` (called without arguments, so it only looks the message up) with its `{0}`, `{1}`…
 * replaced by `args`, as `l10n.t` replaces them when given the arguments itself. For the hot paths only: a
 * score explains each of hundreds of requirements per assessment, and `l10n.t`'s own replacement (a
 * regular expression per call) would double the time of scoring a team. A placeholder without an argument
 * stays as written, as with `l10n.t`. Numbers come formatted for the user's locale (`formatNumber`), never raw.
 */
export function fill(message: string, ...args: readonly string[]): string {
  const parts = partsOf(message);
  let text = '';
  for (const part of parts) text += typeof part === 'string' ? part : part < args.length ? args[part] : `{${part}}`;
  return text;
}

/** The messages seen so far, as text and argument indexes: few and short (one per message and language). */
const compiled = new Map<string, (string | number)[]>();
const MAX_COMPILED = 1000;

function partsOf(message: string): (string | number)[] {
  let parts = compiled.get(message);
  if (!parts) {
    parts = message.split(/\{(\d+)\}/).map((part, index) => (index % 2 === 1 ? Number(part) : part));
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(message, parts);
  }
  return parts;
}
