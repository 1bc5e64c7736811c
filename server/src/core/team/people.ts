const MAX_REMEMBERED = 50_000;
const keys = new Map<string, string>();

/** How two spellings of a person's name are compared: Unicode-normalized, without case or extra spaces. */
export function personKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
    if (keys.size >= MAX_REMEMBERED) keys.clear();
    keys.set(name, key);
  }
  return key;
}
