/**
 * The text with every lone CR (an old Mac line end) turned into an LF, in place. LSP counts CR, LF and
 * CRLF as line ends, and so do LineMap and the editor (which shows a lone-CR file line by line); the YAML
 * parser knows only LF and CRLF, and would read such a file as one long line. One character for another
 * keeps every offset, so each line and column the parse reports is where the editor shows it.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}
