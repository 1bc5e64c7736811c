/**
 * Escapes text from a file for HTML: element content and attribute values in double quotes alike. Every
 * string a file supplies goes through this one function before it reaches a page.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
