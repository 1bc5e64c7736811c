/** How two spellings of a person's name are compared: Unicode-normalized, without case or extra spaces. */
export function personKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
