// The team report: `ladder team` over a generated workspace (a fresh process each time, as a user runs it),
// and the team view: the server's `ladder/team` answer once indexed and after an edit, and its drawing.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { runWithCpu } from './cpu.mjs';
import { round, summarize } from './stats.mjs';

/** Wall-clock and CPU ms of `ladder team ROOT --format FORMAT`, `iterations` times after `warmup`. */
function timeTeam(repo, root, format, { warmup, iterations }) {
  const cli = join(repo, 'dist', 'cli.js');
  const samples = [];
  const cpu = [];
  let last;
  for (let i = 0; i < warmup + iterations; i++) {
    const start = performance.now();
    last = runWithCpu(process.execPath, [cli, 'team', root, '--format', format], { cwd: repo });
    const ms = performance.now() - start;
    if (i >= warmup) {
      samples.push(ms);
      if (last.cpuMs !== undefined) cpu.push(last.cpuMs);
    }
  }
  return { stats: summarize(samples), cpu: summarize(cpu), exitCode: last.status };
}

/** `ladder team` over every assessment of the workspace, as JSON and as HTML. */
export function teamCliScenario(repo, workspace, log, plan = { warmup: 1, iterations: 5 }) {
  if (!existsSync(join(repo, 'dist', 'cli.js'))) return { error: 'dist/cli.js is missing' };
  const result = { assessments: workspace.assessmentFiles.length };
  for (const format of ['json', 'html']) {
    result[format] = timeTeam(repo, workspace.root, format, plan);
    log(
      `ladder team --format ${format} over ${result.assessments} assessments: ${result[format].stats?.median} ms (p95 ${result[format].stats?.p95}), CPU ${result[format].cpu?.median} ms (exit ${result[format].exitCode})`,
    );
  }
  return result;
}

const uriOf = (path) => pathToFileURL(path).href;

/** A rating of the assessment's text changed from 1↔2 (or 3↔4): an edit that changes the verdict's inputs. */
function toggleRating(text) {
  const lines = text.split('\n');
  const start = lines.indexOf('ratings:');
  for (let i = start + 1; i < lines.length && lines[i].startsWith('  '); i++) {
    const match = /^( {2}[a-z0-9-]+: )([1-4])$/.exec(lines[i]);
    if (match) {
      const digit = Number(match[2]);
      lines[i] = `${match[1]}${digit % 2 === 1 ? digit + 1 : digit - 1}`;
      return lines.join('\n');
    }
  }
  return `${text}\n`;
}

/**
 * The team view's data over a real server, asked as the view asks: the `ladder/team` request for the
 * busiest ladder (half the workspace's assessments) once the workspace is indexed (the whole team), then
 * with the version held (`since`): unchanged, and after each of a few edits of one assessment (what changed).
 */
export async function teamServerScenario(server, workspace, log, { edits = 10 } = {}) {
  const client = server.create(`team-${workspace.assessmentFiles.length}`).start();
  const busiest = workspace.ladders[0];
  const ladderUri = uriOf(busiest.file);
  const all = [...workspace.ladders.map((l) => l.file), workspace.catalogueFile, ...workspace.assessmentFiles].map(
    uriOf,
  );
  const result = { people: workspace.perLadder.get(busiest.file).length };
  try {
    const indexed = client.allDiagnostics(all, 120_000);
    await client.initialize(uriOf(workspace.root));
    await indexed;
    const first = await client.timed('ladder/team', { ladderUri });
    result.firstMs = round(first.ms, 1);
    result.answered = first.result.people.length;
    result.team = first.result;
    let since = first.result.version;
    const again = await client.timed('ladder/team', { ladderUri, since });
    result.unchangedMs = round(again.ms, 1);
    const file = workspace.perLadder.get(busiest.file)[0];
    const uri = uriOf(file);
    let text = readFileSync(file, 'utf8');
    let version = 1;
    await client.open(uri, text, version);
    const samples = [];
    for (let i = 0; i < edits + 1; i++) {
      text = toggleRating(text);
      await client.change(uri, ++version, [{ text }]);
      const timed = await client.timed('ladder/team', { ladderUri, since });
      if (timed.result.kind !== 'changes' || timed.result.people.length !== 1)
        throw new Error(`after an edit of one assessment the answer was not that person's row: ${timed.result.kind}`);
      // The first edit's changes are what the view draws as an update (teamRenderScenario).
      if (i === 0) result.changes = timed.result;
      else samples.push(timed.ms);
      since = timed.result.version;
    }
    result.afterEdit = summarize(samples);
    result.changedBytes = JSON.stringify(result.changes).length;
    log(
      `    ladder/team over ${result.answered} people: ${result.firstMs} ms once indexed (${JSON.stringify(first.result).length} bytes), ${result.unchangedMs} ms unchanged, after an edit of one assessment ${result.afterEdit.median} ms (p95 ${result.afterEdit.p95}; ${result.changedBytes} bytes)`,
    );
  } catch (error) {
    result.error = String(error?.message ?? error);
    log(`    FAILED: ${result.error}`);
  } finally {
    await client.stop();
  }
  return result;
}

/**
 * The team view drawing a team in headless Chromium (dist/team.js in a page like the webview's), from the
 * message to the drawn table: the whole team the first time, then the changes the server answered after an
 * edit of one assessment, as the extension sends them. Skipped without Chromium.
 */
export async function teamRenderScenario(repo, team, changes, log, { rounds = 5 } = {}) {
  const chromiumPath = process.env.LADDER_CHROMIUM ?? '/usr/bin/chromium';
  if (!team || !changes) return { error: 'no team to draw' };
  if (!existsSync(chromiumPath)) return { error: 'no Chromium' };
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const folder = mkdtempSync(join(tmpdir(), 'ladder-team-render-'));
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript({
      content: 'window.acquireVsCodeApi = () => ({ postMessage() {}, getState() {}, setState() {} });',
    });
    const html = join(folder, 'team.html');
    writeFileSync(
      html,
      `<!DOCTYPE html><html><head><link rel="stylesheet" href="${pathToFileURL(join(repo, 'dist', 'team.css')).href}"></head><body data-state="null"><main id="app"></main><script src="${pathToFileURL(join(repo, 'dist', 'team.js')).href}"></script></body></html>`,
    );
    const draw = (message, rows) =>
      page.evaluate(
        ({ json, rows }) =>
          new Promise((resolve) => {
            const message = JSON.parse(json);
            // A marker the next drawing removes: once it is gone and the rows are there, the team is drawn.
            // Both checked in constant time: a query over the page's 20,000 elements would be timed too.
            const marker = document.getElementById('app').appendChild(document.createElement('i'));
            const done = () => {
              if (!marker.isConnected && document.querySelector('.heat-body')?.childElementCount === rows)
                resolve(performance.now() - start);
              else requestAnimationFrame(done);
            };
            const start = performance.now();
            window.postMessage(message, '*');
            requestAnimationFrame(done);
          }),
        { json: JSON.stringify(message), rows },
      );
    const first = [];
    const update = [];
    for (let i = 0; i < rounds; i++) {
      await page.goto(pathToFileURL(html).href);
      first.push(await draw({ type: 'team', result: team }, team.people.length));
      update.push(await draw({ type: 'changes', changes }, team.people.length));
    }
    const result = { people: team.people.length, first: summarize(first), update: summarize(update) };
    log(
      `    team view drawing ${result.people} people: first ${result.first.median} ms, update ${result.update.median} ms`,
    );
    return result;
  } catch (error) {
    log(`    team view drawing FAILED: ${error.message}`);
    return { error: String(error.message) };
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
