// Proves the browser harness itself: CSP as a webview sets it is enforced and its violations are recorded,
// console messages are collected, and requests leaving the machine are blocked and recorded.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { openPage, type PageHarness } from './browser';

const NONCE = 'r4nd0mN0nce';

function page(body: string, csp?: string): string {
  const meta = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
  return `<!doctype html><html><head><meta charset="utf-8">${meta}</head><body>${body}</body></html>`;
}

describe('webview browser harness', () => {
  let folder: string;
  let harness: PageHarness;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'webview-harness-'));
    harness = await openPage();
  });

  after(async () => {
    await harness?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function load(name: string, html: string): Promise<void> {
    const file = join(folder, name);
    writeFileSync(file, html);
    await harness.page.goto(pathToFileURL(file).href);
  }

  it('runs the inline script with the nonce and blocks the one without, recording the violation', async () => {
    await load(
      'csp.html',
      page(
        `<script nonce="${NONCE}">window.withNonce = true; console.log('nonce script ran');</script>
         <script>window.withoutNonce = true;</script>`,
        `default-src 'none'; script-src 'nonce-${NONCE}'; style-src 'unsafe-inline';`,
      ),
    );
    assert.equal(await harness.page.evaluate(() => (window as unknown as Record<string, unknown>).withNonce), true);
    assert.equal(
      await harness.page.evaluate(() => (window as unknown as Record<string, unknown>).withoutNonce),
      undefined,
    );

    await harness.waitFor(() => harness.cspViolations.length > 0);
    assert.equal(harness.cspViolations.length, 1, JSON.stringify(harness.cspViolations));
    const [violation] = harness.cspViolations;
    assert.match(violation?.effectiveDirective ?? '', /^script-src/);
    assert.equal(violation?.blockedURI, 'inline');
    assert.ok(harness.console.some((entry) => entry.type === 'log' && entry.text === 'nonce script ran'));
    assert.deepEqual(harness.pageErrors, []);
  });

  it('blocks and records requests that are not to local files', async () => {
    const remote = 'http://127.0.0.1:9/pixel.png';
    await load('network.html', page(`<img src="${remote}" alt="">`));
    await harness.waitFor(() => harness.blockedRequests.includes(remote));
    assert.deepEqual(harness.blockedRequests, [remote]);
  });
});
