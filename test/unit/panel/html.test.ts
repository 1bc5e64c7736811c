// The panel's HTML shell: a strict policy with the nonce, only the bundle's files, and initial state that
// cannot break out of its attribute.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, createNonce, escapeAttribute, renderPanelHtml } from '../../../client/src/panel/html';

const options = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'bm9uY2Vub25jZW5vbmNlMQ==',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.css',
};

describe('panel HTML', () => {
  it('starts the policy from default-src none and allows scripts only with the nonce', () => {
    assert.equal(
      contentSecurityPolicy(options.cspSource, options.nonce),
      "default-src 'none'; style-src https://file+.vscode-resource.vscode-cdn.net 'nonce-bm9uY2Vub25jZW5vbmNlMQ=='; script-src 'nonce-bm9uY2Vub25jZW5vbmNlMQ=='; img-src https://file+.vscode-resource.vscode-cdn.net data:; font-src https://file+.vscode-resource.vscode-cdn.net; base-uri 'none'; form-action 'none'",
    );
  });

  it('loads one script and one stylesheet, both with the nonce, and nothing inline', () => {
    const html = renderPanelHtml(options);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; /);
    assert.deepEqual(html.match(/<script[^>]*>/g), [`<script nonce="${options.nonce}" src="${options.scriptUri}">`]);
    assert.deepEqual(html.match(/<link[^>]*>/g), [
      `<link rel="stylesheet" nonce="${options.nonce}" href="${options.styleUri}">`,
    ]);
    assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i);
  });

  it('escapes the initial state so that it stays one attribute value', () => {
    const initialState = { uri: 'file:///x"><script>alert(1)</script>', whatIf: { "it's": 1, '&amp;': null } };
    const html = renderPanelHtml({ ...options, initialState });
    const attribute = /<body data-state="([^"]*)">/.exec(html)?.[1];
    assert.ok(attribute);
    assert.doesNotMatch(attribute, /[<>"']/);
    const decoded = attribute.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    assert.deepEqual(JSON.parse(decoded), initialState);
    assert.equal(html.match(/<script/g)?.length, 1);
  });

  it('names the display language and carries its strings in one escaped attribute, only when there are some', () => {
    const l10n = { Eligibility: 'Eignung', '{0}">x': '<script>"\'&' };
    const html = renderPanelHtml({ ...options, language: 'de', l10n });
    assert.match(html, /^<!DOCTYPE html>\n<html lang="de">/);
    const attribute = /<body data-state="null" data-l10n="([^"]*)">/.exec(html)?.[1];
    assert.ok(attribute);
    assert.doesNotMatch(attribute, /[<>"']/);
    const decoded = attribute.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    assert.deepEqual(JSON.parse(decoded), l10n);
    assert.equal(html.match(/<script/g)?.length, 1);
    const english = renderPanelHtml(options);
    assert.match(english, /<html lang="en">/);
    assert.doesNotMatch(english, /data-l10n/);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) assert.equal(Buffer.from(nonce, 'base64').length, 16);
  });

  it('escapes every character that could end an attribute or start markup', () => {
    assert.equal(
      escapeAttribute(`<a href="x" title='y'>&</a>`),
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });
});
