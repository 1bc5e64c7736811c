// Headless Chromium for browser tests (the eligibility panel's webview, the workbench under code-server),
// driven by playwright-core. Uses the machine's Chromium; Playwright's own browser download is not needed.
//
//   const harness = await openPage();
//   await harness.page.goto(pathToFileURL(htmlFile).href);
//   await harness.waitFor(() => harness.cspViolations.length > 0);
//   ... harness.console, harness.cspViolations, harness.blockedRequests ...
//   await harness.close();
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Chromium from Debian's package unless LADDER_CHROMIUM names another binary. */
export const chromiumPath = (): string => process.env.LADDER_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a machine with no internet: no sandbox (tests run as root), no GPU, and none of Chromium's own
 * background connections, which a closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath())) {
    throw new Error(
      `no Chromium at ${chromiumPath()}: run npm run e2e:setup, or set LADDER_CHROMIUM to a Chromium binary`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export interface ConsoleEntry {
  type: string;
  text: string;
}

export interface CspViolation {
  violatedDirective: string;
  effectiveDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
}

export interface PageHarness {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every console message of the page, in order. */
  console: ConsoleEntry[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Every `securitypolicyviolation` event the page saw. */
  cspViolations: CspViolation[];
  /** Requests that were not to a local file, data: or blob: URL (or an allowed origin): all aborted. */
  blockedRequests: string[];
  /** Polls `condition` until it holds; throws after `timeoutMs`. */
  waitFor(condition: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface PageOptions {
  /** Origins (such as `http://127.0.0.1:8080`) the page may reach besides local files. */
  allowOrigins?: string[];
  viewport?: { width: number; height: number };
}

const LOCAL_URL = /^(file|data|blob|about):/;

// Runs in the page before any of its own scripts; CSP does not apply to it.
function listenForCspViolations(): void {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const report = (window as unknown as Record<string, (violation: unknown) => void>)['__reportCspViolation'];
      report?.({
        violatedDirective: event.violatedDirective,
        effectiveDirective: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
        sample: event.sample,
      });
    },
    true,
  );
}

/** Launches Chromium and opens one page with console, CSP and network recording in place. */
export async function openPage(options: PageOptions = {}): Promise<PageHarness> {
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1000, height: 700 } });
  const allowOrigins = options.allowOrigins ?? [];
  const harness: PageHarness = {
    browser,
    context,
    page: undefined as unknown as Page,
    console: [],
    pageErrors: [],
    cspViolations: [],
    blockedRequests: [],
    async waitFor(condition, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
        await new Promise((done) => setTimeout(done, 25));
      }
    },
    async close() {
      await browser.close();
    },
  };

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (LOCAL_URL.test(url) || allowOrigins.some((origin) => url.startsWith(`${origin}/`) || url === origin)) {
      await route.continue();
    } else {
      harness.blockedRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  await context.exposeBinding('__reportCspViolation', (_source, violation: CspViolation) => {
    harness.cspViolations.push(violation);
  });
  await context.addInitScript(listenForCspViolations);

  const page = await context.newPage();
  page.on('console', (message) => harness.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => harness.pageErrors.push(error.message));
  harness.page = page;
  return harness;
}
