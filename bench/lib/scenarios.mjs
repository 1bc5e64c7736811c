// The editor scenarios, driven over a real stdio connection: one ladder of a given size (both servers),
// a workspace of many assessments (the Career Ladder server only: it is the only one that indexes), and a
// burst of typing on a huge ladder.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startBlockProbe } from './blockProbe.mjs';
import { LspClient, delay } from './lspClient.mjs';
import { measure, round, summarize } from './stats.mjs';

const uriOf = (path) => pathToFileURL(path).href;

/** The servers under test. `ours` is dist/server.js; `yaml` is yaml-language-server with the project's schemas. */
export function serverDefinitions({ serverScript, yamlServerScript, schemaFiles, profileDir, serverArgs = [] }) {
  const schemas = {};
  for (const [kind, file] of Object.entries(schemaFiles)) schemas[uriOf(file)] = [`*.${kind}.yaml`, `*.${kind}.yml`];
  const yamlSettings = {
    yaml: {
      validate: true,
      completion: true,
      hover: true,
      schemas,
      schemaStore: { enable: false },
      format: { enable: false },
      maxItemsComputed: 5000,
    },
    http: { proxy: '', proxyStrictSSL: false },
    '[yaml]': {},
    editor: {},
  };
  return {
    ours: {
      key: 'ours',
      label: 'Career Ladder',
      indexes: true,
      create: (tag) =>
        new LspClient({
          name: 'career-ladder',
          script: serverScript,
          nodeArgs: [
            ...serverArgs,
            ...(profileDir
              ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `server-${tag}.cpuprofile`]
              : []),
          ],
        }),
      configure: async () => {},
    },
    yaml: {
      key: 'yaml',
      label: 'yaml-language-server',
      indexes: false,
      create: () => new LspClient({ name: 'yaml-language-server', script: yamlServerScript, settings: yamlSettings }),
      configure: async (client) => {
        await client.changeConfiguration(yamlSettings);
        await Promise.race([client.configured, delay(5000)]);
        await delay(200);
      },
    },
  };
}

const hasDiagnosticOn = (line) => (diagnostics) => diagnostics.some((d) => d.range.start.line === line);
const noDiagnosticOn = (line) => (diagnostics) => !diagnostics.some((d) => d.range.start.line === line);

/**
 * Toggles one character between a valid text and a broken one; by default the anchor level's `summary`
 * key: `summary` ↔ `summarx` (an unknown key).
 */
class Toggler {
  constructor(client, uri, line, version = 1, character = 10, texts = { fixed: 'y', broken: 'x' }) {
    Object.assign(this, { client, uri, line, character, version, texts, broken: false });
  }
  /** Sends the edit; resolves with the ms until diagnostics that reflect it arrive. */
  async edit(timeoutMs = 60_000) {
    this.broken = !this.broken;
    const waiter = this.client.nextDiagnostics(
      this.uri,
      this.broken ? hasDiagnosticOn(this.line) : noDiagnosticOn(this.line),
      timeoutMs,
    );
    const start = performance.now();
    await this.send();
    const entry = await waiter;
    return entry.at - start;
  }
  send() {
    const text = this.broken ? this.texts.broken : this.texts.fixed;
    return this.client.change(this.uri, ++this.version, [
      {
        range: {
          start: { line: this.line, character: this.character },
          end: { line: this.line, character: this.character + 1 },
        },
        text,
      },
    ]);
  }
}

function perEdit(after, before, count) {
  return after !== undefined && before !== undefined ? round((after - before) / count, 1) : undefined;
}

function resultSize(result) {
  if (Array.isArray(result)) return result.length;
  if (result && Array.isArray(result.items)) return result.items.length;
  return result ? 1 : 0;
}

/** Times a request `iterations` times after `warmup`; also reports how many items the last answer had. */
async function timeRequest(client, method, params, { warmup, iterations }) {
  let size = 0;
  const stats = await measure(
    async () => {
      const { ms, result } = await client.timed(method, params);
      size = resultSize(result);
      return ms;
    },
    { warmup, iterations },
  );
  return { ...stats, items: size };
}

/**
 * One ladder of a given size, opened, edited and queried as an editor would.
 * `folder` comes from writeLadderFolder; `plan` holds the iteration counts.
 */
export async function ladderScenario(server, folder, plan, log) {
  const client = server.create(`ladder-${folder.ladder.lines}`).start();
  const result = { server: server.key };
  try {
    const ladderUri = uriOf(folder.ladderFile);
    const allUris = [folder.ladderFile, folder.catalogueFile, ...folder.assessmentFiles].map(uriOf);
    const indexed = server.indexes ? client.allDiagnostics(allUris) : undefined;
    const started = performance.now();
    await client.initialize(uriOf(folder.root));
    await server.configure(client);
    if (indexed) result.indexMs = round((await indexed).at - started);
    result.startCpuMs = client.cpuMs();
    const text = readFileSync(folder.ladderFile, 'utf8');
    const anchors = folder.ladder.anchors;

    // open → first diagnostics (the first open is colder than the rest; both are reported)
    // every open has a new version, so that no server can answer from a cache keyed by version
    const opens = [];
    let version = 0;
    for (let i = 0; i < plan.opens; i++) {
      const waiter = client.nextDiagnostics(ladderUri);
      const start = performance.now();
      await client.open(ladderUri, text, ++version);
      opens.push((await waiter).at - start);
      if (i < plan.opens - 1) {
        const closed = client.nextDiagnostics(ladderUri, () => true, 10_000).catch(() => undefined);
        await client.close(ladderUri);
        await closed;
      }
    }
    result.firstOpen = round(opens[0]);
    result.open = summarize(opens);
    log(`    ${server.label}: open ${result.open.median} ms`);

    // edit → diagnostics, debounce included
    const toggler = new Toggler(client, ladderUri, anchors.summaryKey, version);
    const cpuBefore = client.cpuMs();
    result.edit = await measure(
      async () => {
        const ms = await toggler.edit();
        await delay(plan.editGapMs);
        return ms;
      },
      { warmup: plan.editWarmup, iterations: plan.edits },
    );
    result.editCpuMs = perEdit(client.cpuMs(), cpuBefore, plan.editWarmup + plan.edits);
    log(`    ${server.label}: edit → diagnostics ${result.edit.median} ms (p95 ${result.edit.p95})`);

    const doc = { textDocument: { uri: ladderUri } };
    const requestPlan = { warmup: plan.requestWarmup, iterations: plan.requests };
    result.completion = await timeRequest(
      client,
      'textDocument/completion',
      { ...doc, position: { line: anchors.blankKey, character: 4 } },
      requestPlan,
    );
    result.completionValue = await timeRequest(
      client,
      'textDocument/completion',
      { ...doc, position: { line: anchors.expectation, character: 8 + anchors.expectationCompetency.length } },
      requestPlan,
    );
    result.hover = await timeRequest(
      client,
      'textDocument/hover',
      { ...doc, position: { line: anchors.expectation, character: 8 } },
      requestPlan,
    );
    result.definition = await timeRequest(
      client,
      'textDocument/definition',
      { ...doc, position: { line: anchors.expectation, character: 8 } },
      requestPlan,
    );
    result.symbols = await timeRequest(client, 'textDocument/documentSymbol', doc, {
      warmup: 2,
      iterations: plan.symbols,
    });
    log(
      `    ${server.label}: completion ${result.completion.median} ms, hover ${result.hover.median} ms, definition ${result.definition.median} ms, symbols ${result.symbols.median} ms`,
    );
    if (server.key === 'ours' && folder.assessmentFiles.length > 0) {
      result.score = await timeRequest(client, 'ladder/score', { uri: uriOf(folder.assessmentFiles[0]) }, requestPlan);
      log(`    ${server.label}: ladder/score ${result.score.median} ms`);
    }
    if (plan.burst) {
      result.burst = await burst(client, ladderUri, anchors, plan.burst, log, server.label, toggler);
      result.burst.declinedEdit = await declinedEdit(
        client,
        ladderUri,
        folder.ladder.lines,
        toggler,
        log,
        server.label,
      );
    }
    result.memory = client.memory();
  } catch (error) {
    result.error = String(error?.message ?? error);
    log(`    ${server.label}: FAILED: ${result.error}`);
  } finally {
    await client.stop();
  }
  return result;
}

/**
 * Typing on a huge ladder: `edits` keystrokes `gapMs` apart, each followed at once by two completion
 * requests, one just after the typed character and one on a blank line elsewhere; the last keystroke
 * breaks the `rank` key. Measures the completions' latency while
 * validations are pending, how many diagnostics were published for the burst, when the diagnostics
 * of the last keystroke arrived, and the longest time the server's thread was blocked from the first
 * keystroke until then (blockProbe.mjs).
 */
async function burst(client, uri, anchors, { edits, gapMs }, log, label, toggler) {
  const cpuBefore = client.cpuMs();
  const published = () => client.publishCount.get(uri) ?? 0;
  const before = published();
  const final = client.nextDiagnostics(
    uri,
    (d) => hasDiagnosticOn(anchors.rankKey)(d) && noDiagnosticOn(anchors.summaryKey)(d),
    120_000,
  );
  const completions = [];
  const typedLine = [];
  const probe = startBlockProbe(client);
  const start = performance.now();
  for (let i = 0; i < edits; i++) {
    toggler.broken = !toggler.broken;
    await toggler.send();
    completions.push(
      client.timed('textDocument/completion', {
        textDocument: { uri },
        position: { line: anchors.blankKey, character: 4 },
      }),
    );
    // and where the editor asks while typing: just after the typed character
    typedLine.push(
      client.timed('textDocument/completion', {
        textDocument: { uri },
        position: { line: toggler.line, character: toggler.character + 1 },
      }),
    );
    await delay(gapMs);
  }
  if (toggler.broken) {
    toggler.broken = false;
    await toggler.send();
  }
  // the last keystroke: `rank` → `ranc`
  await client.change(uri, ++toggler.version, [
    {
      range: { start: { line: anchors.rankKey, character: 7 }, end: { line: anchors.rankKey, character: 8 } },
      text: 'c',
    },
  ]);
  const lastEdit = performance.now();
  const elsewhere = await Promise.all(completions);
  const onTypedLine = await Promise.all(typedLine);
  const latencies = [...elsewhere, ...onTypedLine].map((r) => r.ms);
  const done = await final;
  const blocked = await probe.stop();
  const result = {
    edits: edits + 1,
    gapMs,
    typingMs: round(lastEdit - start),
    lastEditToDiagnostics: round(done.at - lastEdit),
    publications: published() - before,
    completion: summarize(latencies),
    typedLineItems: Math.min(...onTypedLine.map((r) => resultSize(r.result))),
    cpuMs: perEdit(client.cpuMs(), cpuBefore, 1),
    longestBlockMs: blocked.longestMs,
    probes: blocked.probes,
  };
  log(
    `    ${label}: burst of ${result.edits} edits → ${result.publications} publications, last edit → diagnostics ${result.lastEditToDiagnostics} ms, completion during typing median ${result.completion.median} / max ${result.completion.max} ms, at least ${result.typedLineItems} item(s) on the typed line, longest block of the server's thread ${result.longestBlockMs} ms (${result.probes} probes)`,
  );
  // undo the last keystroke
  const restored = client.nextDiagnostics(uri, noDiagnosticOn(anchors.rankKey), 120_000);
  await client.change(uri, ++toggler.version, [
    {
      range: { start: { line: anchors.rankKey, character: 7 }, end: { line: anchors.rankKey, character: 8 } },
      text: 'k',
    },
  ]);
  await restored;
  return result;
}

/**
 * An edit that the incremental re-analysis declines (core/model/reanalyze.ts), so that the whole file is
 * analysed again: a comment typed as the file's last line, then removed, each until its diagnostics are
 * published. Reports the longest block of the server's thread meanwhile and edit → diagnostics.
 */
async function declinedEdit(client, uri, lines, toggler, log, label) {
  const probe = startBlockProbe(client);
  const toDiagnostics = [];
  for (const text of ['# a comment ends the file', '']) {
    const end = text ? 0 : '# a comment ends the file'.length;
    const published = client.nextDiagnostics(uri, () => true, 120_000);
    const start = performance.now();
    await client.change(uri, ++toggler.version, [
      { range: { start: { line: lines, character: 0 }, end: { line: lines, character: end } }, text },
    ]);
    toDiagnostics.push((await published).at - start);
    await delay(100);
  }
  const blocked = await probe.stop();
  const result = {
    toDiagnostics: round(Math.max(...toDiagnostics)),
    longestBlockMs: blocked.longestMs,
    probes: blocked.probes,
  };
  log(
    `    ${label}: a comment ending the file (a full analysis), typed and removed: edit → diagnostics ${result.toDiagnostics} ms at most, longest block of the server's thread ${result.longestBlockMs} ms`,
  );
  return result;
}

/** A workspace of five ladders, the catalogue and many assessments: indexing, dependents, score, memory. */
export async function workspaceScenario(server, workspace, plan, log) {
  const client = server.create(`workspace-${workspace.assessmentFiles.length}`).start();
  const busiest = workspace.ladders[0];
  const dependents = [...workspace.perLadder.get(busiest.file), workspace.catalogueFile].map(uriOf);
  const allFiles = [...workspace.ladders.map((l) => l.file), workspace.catalogueFile, ...workspace.assessmentFiles];
  const result = {
    server: server.key,
    assessments: workspace.assessmentFiles.length,
    files: allFiles.length,
    dependents: dependents.length,
  };
  try {
    const indexed = client.allDiagnostics(allFiles.map(uriOf), 120_000);
    const started = performance.now();
    await client.initialize(uriOf(workspace.root));
    result.indexMs = round((await indexed).at - started);
    result.indexCpuMs = client.cpuMs();
    result.memoryAfterIndex = client.memory();
    log(
      `    ${workspace.assessmentFiles.length} assessments: indexed ${result.files} files in ${result.indexMs} ms (server CPU ${result.indexCpuMs} ms), RSS ${round(result.memoryAfterIndex?.rssMb, 1)} MB`,
    );

    const ladderUri = uriOf(busiest.file);
    const openWaiters = [client.nextDiagnostics(ladderUri), client.allDiagnostics(dependents)];
    const openStart = performance.now();
    await client.open(ladderUri, readFileSync(busiest.file, 'utf8'));
    const [opened, openDependents] = await Promise.all(openWaiters);
    result.openLadder = round(opened.at - openStart);
    result.openLadderDependents = round(openDependents.at - openStart);

    const toggler = new Toggler(client, ladderUri, busiest.anchors.summaryKey);
    const ladderOnly = [];
    const cpuBefore = client.cpuMs();
    result.ladderEdit = await measure(
      async () => {
        const all = client.allDiagnostics(dependents, 60_000);
        const start = performance.now();
        ladderOnly.push(await toggler.edit());
        const done = await all;
        await delay(50);
        return done.at - start;
      },
      { warmup: 1, iterations: plan.ladderEdits },
    );
    result.ladderEditSelf = summarize(ladderOnly.slice(1));
    result.ladderEditCpuMs = perEdit(client.cpuMs(), cpuBefore, plan.ladderEdits + 1);
    log(
      `    ${workspace.assessmentFiles.length} assessments: ladder edit → ${dependents.length} dependents re-diagnosed in ${result.ladderEdit.median} ms (p95 ${result.ladderEdit.p95})`,
    );
    result.score = await timeRequest(
      client,
      'ladder/score',
      { uri: uriOf(workspace.perLadder.get(busiest.file)[0]) },
      { warmup: 3, iterations: plan.requests },
    );
    result.memory = client.memory();
  } catch (error) {
    result.error = String(error?.message ?? error);
    log(`    FAILED: ${result.error}`);
  } finally {
    await client.stop();
  }
  return result;
}

/** The first short-form rating (`  id: 3`) of an assessment or review: its line, id, value and the value's column. */
function firstShortRating(text) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => /^  [a-z0-9-]+: [1-4]$/.test(l));
  if (line < 0) throw new Error('no short-form rating to edit');
  const [, competency, value] = /^  ([a-z0-9-]+): ([1-4])$/.exec(lines[line]);
  return { line, competency, value: Number(value), character: lines[line].length - 1 };
}

/**
 * One assessment and its reviews against a ladder: (a) `ladder/calibration` for the assessment, each request
 * right after an edit of one of its ratings (so that no answer can come from a cache; the answer must show
 * the new rating), and (b) an edit of one review (a rating made out of scale, and back) until its
 * diagnostics that reflect it are published.
 */
export async function calibrationScenario(server, folder, plan, log) {
  const client = server.create(`calibrate-${folder.ladder.lines}`).start();
  const result = { server: server.key, lines: folder.ladder.lines, reviews: folder.reviewFiles.length };
  try {
    const files = [folder.ladderFile, folder.catalogueFile, folder.assessmentFile, ...folder.reviewFiles];
    const indexed = client.allDiagnostics(files.map(uriOf));
    const started = performance.now();
    await client.initialize(uriOf(folder.root));
    result.indexMs = round((await indexed).at - started);

    // (a) edit one rating of the assessment, then ask for its calibration
    const assessmentUri = uriOf(folder.assessmentFile);
    const assessmentText = readFileSync(folder.assessmentFile, 'utf8');
    const rating = firstShortRating(assessmentText);
    await client.open(assessmentUri, assessmentText, 1);
    let version = 1;
    let competencies = 0;
    let value = rating.value;
    const cpuBefore = client.cpuMs();
    result.calibration = await measure(
      async () => {
        value = (value % 4) + 1;
        const published = client.nextDiagnostics(assessmentUri, () => true, 5000).catch(() => undefined);
        await client.change(assessmentUri, ++version, [
          {
            range: {
              start: { line: rating.line, character: rating.character },
              end: { line: rating.line, character: rating.character + 1 },
            },
            text: String(value),
          },
        ]);
        const { ms, result: answer } = await client.timed('ladder/calibration', { uri: assessmentUri });
        const row = answer?.report?.competencies.find((c) => c.competency === rating.competency);
        if (row?.self !== value)
          throw new Error(
            `ladder/calibration answered ${row ? `self ${row.self}` : (answer?.message ?? 'no report')} after ${rating.competency} was set to ${value}`,
          );
        if (answer.reviews.length !== folder.reviewFiles.length)
          throw new Error(`ladder/calibration listed ${answer.reviews.length} of ${folder.reviewFiles.length} reviews`);
        competencies = answer.report.competencies.length;
        await published;
        return ms;
      },
      { warmup: plan.warmup, iterations: plan.requests },
    );
    result.calibrationCpuMs = perEdit(client.cpuMs(), cpuBefore, plan.warmup + plan.requests);
    result.competencies = competencies;
    log(
      `    calibration of 1 assessment and ${result.reviews} reviews (${competencies} competencies): ${result.calibration.median} ms (p95 ${result.calibration.p95}) after each rating edit, server CPU ${result.calibrationCpuMs} ms per edit + request`,
    );

    // (b) edit one review → its diagnostics: a rating out of scale (9) and back
    const reviewUri = uriOf(folder.reviewFiles[0]);
    const reviewText = readFileSync(folder.reviewFiles[0], 'utf8');
    const reviewed = firstShortRating(reviewText);
    const opened = client.nextDiagnostics(reviewUri);
    await client.open(reviewUri, reviewText, 1);
    await opened;
    const toggler = new Toggler(client, reviewUri, reviewed.line, 1, reviewed.character, {
      fixed: String(reviewed.value),
      broken: '9',
    });
    result.reviewEdit = await measure(
      async () => {
        const ms = await toggler.edit();
        await delay(plan.editGapMs);
        return ms;
      },
      { warmup: plan.editWarmup, iterations: plan.edits },
    );
    log(`    review edit → its diagnostics ${result.reviewEdit.median} ms (p95 ${result.reviewEdit.p95})`);
    result.memory = client.memory();
  } catch (error) {
    result.error = String(error?.message ?? error);
    log(`    calibration: FAILED: ${result.error}`);
  } finally {
    await client.stop();
  }
  return result;
}
