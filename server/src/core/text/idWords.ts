/** An id made into a name: `senior-engineer` → `Senior engineer`. */
export function nameFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A name made into an id: lowercase letters, digits and single dashes (`Senior Engineer` → `senior-engineer`). */
export function idFromName(name: string): string {
  let result = '';
  for (const char of name.toLowerCase()) {
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) result += char;
    else if (result !== '' && !result.endsWith('-')) result += '-';
  }
  return result.endsWith('-') ? result.slice(0, -1) : result;
}
