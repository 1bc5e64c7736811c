/** Text cut to at most `max` characters (whole code points), with an ellipsis; spaces collapsed. */
export function shorten(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}
