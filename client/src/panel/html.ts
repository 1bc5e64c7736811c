/**
 * The eligibility panel's HTML shell: a strict Content Security Policy, the stylesheet and the script of
 * the webview bundle, and the initial state in an escaped `data-` attribute. No `vscode` import, so the
 * browser tests load exactly what the extension shows.
 */
import type { WhatIf } from './messages';

export interface PanelHtmlOptions {
  /** `webview.cspSource`: where the bundle's files may be loaded from. */
  cspSource: string;
  /** A fresh value from `createNonce()` for every render. */
  nonce: string;
  /** The webview bundle (`dist/webview.js`) and its stylesheet (`dist/webview.css`), as webview URIs. */
  scriptUri: string;
  styleUri: string;
  /** What the webview starts from: the assessment shown and its what-if ratings (or, for the team view, its ladder). */
  initialState?: { uri: string; whatIf: WhatIf } | object;
  /** The page's title and what it says while it loads (default: the eligibility panel's). */
  title?: string;
  placeholder?: string;
  /** The display language (`vscode.env.language`), for the page's `lang` and the webview's number formats. */
  language?: string;
  /** The extension's strings in the display language (`vscode.l10n.bundle`); none in English. */
  l10n?: Record<string, string | { message: string; comment: string[] }>;
}

/** 128 random bits, base64: a CSP nonce nobody can guess. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** Escapes text for an HTML attribute value in double quotes (and for element content). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The policy: nothing by default; styles and scripts only from the bundle and with the nonce. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function renderPanelHtml(options: PanelHtmlOptions): string {
  const nonce = escapeAttribute(options.nonce);
  const state = escapeAttribute(JSON.stringify(options.initialState ?? null));
  // The strings go in as an escaped attribute, like the state: text, never markup or script.
  const strings = options.l10n ? ` data-l10n="${escapeAttribute(JSON.stringify(options.l10n))}"` : '';
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(options.language ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(options.cspSource, options.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${escapeAttribute(options.styleUri)}">
<title>${escapeAttribute(options.title ?? 'Eligibility')}</title>
</head>
<body data-state="${state}"${strings}>
<main id="app" aria-busy="true"><p class="placeholder">${escapeAttribute(options.placeholder ?? 'Loading the eligibility verdict…')}</p></main>
<script nonce="${nonce}" src="${escapeAttribute(options.scriptUri)}"></script>
</body>
</html>
`;
}
