import * as l10n from '@vscode/l10n';
import { escapeHtml } from './escape';
import { BASE_CSS } from './styles';

/**
 * The policy of every page the tools write: nothing may load or run; only the page's own inline styles
 * apply. A page opened from disk, mailed or attached to a ticket stays inert.
 */
export const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface PageOptions {
  title: string;
  /** Extra CSS for this kind of page (after the shared styles). */
  css?: string;
  /** The body's markup, already escaped. */
  body: string;
}

/** One self-contained HTML document: inline CSS, no script, no remote resource, light and dark, printable. */
export function htmlPage({ title, css = '', body }: PageOptions): string {
  const language = l10n.t({
    message: 'en',
    comment: ['The language code of this translation, for the lang attribute of the HTML pages the tools write'],
  });
  return `<!DOCTYPE html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PAGE_POLICY)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>
${BASE_CSS}${css}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
