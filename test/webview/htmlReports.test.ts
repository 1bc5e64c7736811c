// The pages the CLI writes (the team report and a promotion packet) opened in headless Chromium from disk,
// with every request outside the file blocked: nothing is requested, no script exists or runs, names and
// evidence from hostile YAML show as exact text, both colour schemes apply, and the page prints.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { openPage, type PageHarness } from './browser';

const CLI = resolve(__dirname, '..', '..', 'dist', 'cli.js');

const PERSON =
  '<img src=https://203.0.113.7/p.png onerror="window.__pwned=1">Mallory</title><script>window.__pwned=2</script>';
const LADDER_NAME = '</style><script>window.__pwned=3</script><link rel=stylesheet href=https://203.0.113.7/x.css>';
const COMPETENCY = '<svg onload=window.__pwned=4><a href="javascript:window.__pwned=5">Writing</a>';
const EVIDENCE = [
  '<iframe src=https://203.0.113.7/></iframe>',
  'javascript:window.__pwned=6',
  '"><meta http-equiv=refresh content="0;url=https://203.0.113.7/">',
];
const NOTE = '<style>body{display:none}</style>&amp; ]]> <!-- -->';
const WAIVER = '<form action=https://203.0.113.7/><button>go</button></form>';

const LADDER = `kind: Ladder
id: team
name: ${JSON.stringify(LADDER_NAME)}
scale: [{id: 1, name: Learning}, {id: 2, name: ${JSON.stringify('<b onmouseover=window.__pwned=7>Practising</b>')}}]
competencies:
  - {id: writing, name: ${JSON.stringify(COMPETENCY)}}
  - {id: talking, name: Talking}
  - {id: listening, name: Listening}
tracks: [{id: ic, name: IC}]
levels:
  - {id: one, name: One, track: ic, rank: 1, next: [two]}
  - id: two
    name: ${JSON.stringify('<object data=https://203.0.113.7/o>Two')}
    track: ic
    rank: 2
    expectations: {writing: 2, talking: 1, listening: 1}
    requirements:
      - id: review
        description: ${JSON.stringify('<a href=https://203.0.113.7/>see</a>')}
        experience: {years: 1}
`;

const ASSESSMENT = `kind: SelfAssessment
ladder: team.ladder.yaml
person: ${JSON.stringify(PERSON)}
date: 2026-11-01
level: one
since: 2025-01-01
target: two
experience-years: 0.5
ratings:
  writing:
    rating: 2
    evidence: ${JSON.stringify(EVIDENCE)}
    note: ${JSON.stringify(NOTE)}
  talking: 1
  listening: 2
waivers:
  - requirement: review
    reason: ${JSON.stringify(WAIVER)}
`;

function cli(args: string[], cwd: string): string {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

describe('the HTML pages of the CLI in headless Chromium', () => {
  let dir: string;
  let harness: PageHarness;
  const pages: Record<'team' | 'packet', string> = { team: '', packet: '' };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-pages-'));
    for (const [name, text] of Object.entries({
      'team.ladder.yaml': LADDER,
      'people/mallory.assessment.yaml': ASSESSMENT.replace('ladder: team', 'ladder: ../team'),
    })) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    pages.team = join(dir, 'team.html');
    writeFileSync(pages.team, cli(['team', '.', '--format', 'html'], dir));
    pages.packet = join(dir, 'packet.html');
    cli(['packet', 'people/mallory.assessment.yaml', '-o', pages.packet], dir);
    harness = await openPage({ viewport: { width: 1100, height: 800 } });
  });

  after(async () => {
    await harness?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const page = () => harness.page;

  async function assertInert(): Promise<void> {
    const found = await page().evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      scripts: document.scripts.length,
      elements: document.querySelectorAll(
        'img, iframe, object, embed, form, button, link, meta[http-equiv=refresh], a, b, script, body style',
      ).length,
      handlers: [...document.querySelectorAll('*')].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      ).length,
      resources: [...document.querySelectorAll('[href], [src], [action], [data]')].length,
    }));
    assert.deepEqual(found, { pwned: undefined, scripts: 0, elements: 0, handlers: 0, resources: 0 });
    assert.deepEqual(harness.blockedRequests, [], 'no request left the page');
    assert.deepEqual(harness.pageErrors, []);
  }

  for (const which of ['team', 'packet'] as const) {
    it(`opens the ${which} page without any request, script or element from the files`, async () => {
      const requests: string[] = [];
      page().on('request', (request) => requests.push(request.url()));
      await page().goto(pathToFileURL(pages[which]).href);
      page().removeAllListeners('request');
      assert.deepEqual(requests, [pathToFileURL(pages[which]).href], 'the page itself, and nothing else');
      await assertInert();
    });

    it(`follows the colour scheme and prints (${which})`, async () => {
      await page().goto(pathToFileURL(pages[which]).href);
      const background = () => page().evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page().emulateMedia({ colorScheme: 'light' });
      assert.equal(await background(), 'rgb(255, 255, 255)');
      await page().emulateMedia({ colorScheme: 'dark' });
      assert.equal(await background(), 'rgb(13, 17, 23)');
      await page().emulateMedia({ media: 'print', colorScheme: 'dark' });
      assert.equal(await background(), 'rgb(255, 255, 255)', 'print uses the light palette');
      await page().emulateMedia({ media: 'screen' });
      const pdf = await page().pdf({ format: 'A4' });
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    });
  }

  it('shows the names and evidence of hostile YAML as exact text in the packet', async () => {
    await page().goto(pathToFileURL(pages.packet).href);
    assert.equal(await page().locator('h1').textContent(), PERSON);
    assert.deepEqual(await page().locator('tr.evidence').first().locator('li').allTextContents(), EVIDENCE);
    assert.equal(await page().locator('tr.evidence').first().locator('.note').textContent(), NOTE);
    assert.ok((await page().locator('table').filter({ hasText: 'Reason' }).textContent())!.includes(WAIVER));
    assert.equal(await page().title(), `Promotion packet: ${PERSON}, <object data=https://203.0.113.7/o>Two`);
    assert.ok((await page().locator('svg.radar').textContent())!.includes(COMPETENCY));
  });

  it('shows the names of hostile YAML as exact text in the team report', async () => {
    await page().goto(pathToFileURL(pages.team).href);
    assert.equal(
      await page()
        .locator('table.people tbody th')
        .first()
        .evaluate((th) => th.firstChild?.textContent),
      PERSON,
    );
    assert.equal(await page().locator('h1').textContent(), LADDER_NAME);
    assert.ok((await page().locator('table.competencies').textContent())!.includes(COMPETENCY));
    assert.ok((await page().locator('svg.heat-map').textContent())!.includes('Mallory'));
  });
});
