// In-process measurements of the pure core, next to the baseline every YAML server pays: yaml's
// parseDocument with a LineCounter. The core is bundled from source with esbuild (as for dist/), so
// these numbers have no transport, no debounce and no other process in them.

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { LineCounter, parseDocument } from 'yaml';
import { measure, summarize } from './stats.mjs';

const ENTRY = `
export { analyzeFile } from './server/src/core/model/analyzeFile';
export { Workspace } from './server/src/core/workspace/workspace';
export { DiskHost } from './server/src/node/diskHost';
export { parseYaml } from './server/src/core/parse/parseYaml';
export { toPlain, expansionBudget } from './server/src/core/parse/toPlain';
export { validateSchema } from './server/src/core/schema/validator';
`;

export async function loadCore(repoRoot, outDir) {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'core.cjs');
  await esbuild.build({
    stdin: { contents: ENTRY, resolveDir: repoRoot, loader: 'ts', sourcefile: 'bench-core.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    outfile,
    logLevel: 'silent',
    // as esbuild.mjs bundles it: yaml's ES module build
    alias: { yaml: './node_modules/yaml/browser/index.js' },
    absWorkingDir: repoRoot,
  });
  return createRequire(import.meta.url)(outfile);
}

/**
 * Runs `fn` and returns its wall-clock ms; its process CPU ms (user + system, all threads, so GC helper
 * threads count) is pushed to `cpu`. On a busy machine CPU time is the steadier of the two.
 */
const timer = (cpu) => (fn) => {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpuStart);
  cpu.push((used.user + used.system) / 1000);
  return ms;
};

/** Wall-clock statistics with the CPU statistics of the same runs (without the warm-up runs). */
async function measureBoth(fn, { iterations, warmup }) {
  const cpu = [];
  const stats = await measure((i) => fn(timer(cpu), i), { iterations, warmup });
  return { ...stats, cpu: summarize(cpu.slice(warmup)) };
}

/**
 * For one generated ladder folder: the parse baseline, analyzeFile, its phases, and the re-diagnosis of
 * an edited open document (setOpenDocument + diagnostics: what the server does after the debounce).
 */
export async function coreScenario(core, folder, { iterations, warmup }) {
  const text = readFileSync(folder.ladderFile, 'utf8');
  const uri = pathToFileURL(folder.ladderFile).href;
  const line = folder.ladder.anchors.summaryKey;
  const lines = text.split('\n');
  const variants = [0, 1].map((i) => {
    const copy = [...lines];
    copy[line] = copy[line].replace(/summar./, i ? 'summary' : 'summarx');
    return copy.join('\n');
  });
  const plan = { iterations, warmup };
  const result = { bytes: Buffer.byteLength(text), lines: lines.length - 1 };

  result.parseDocument = await measureBoth(
    (time) => time(() => parseDocument(text, { lineCounter: new LineCounter() })),
    plan,
  );
  result.analyzeFile = await measureBoth((time) => time(() => core.analyzeFile(uri, text)), plan);

  // phases of analyzeFile, timed separately
  const parsed = core.parseYaml(text);
  let data;
  result.phases = {
    parseYaml: await measureBoth((time) => time(() => core.parseYaml(text)), plan),
    toPlain: await measureBoth(
      (time) =>
        time(() => {
          data = core.toPlain(parsed.doc, core.expansionBudget(text.length));
        }),
      plan,
    ),
    validateSchema: await measureBoth((time) => time(() => core.validateSchema('Ladder', data, parsed.doc)), plan),
  };

  const workspace = new core.Workspace(new core.DiskHost({ maxFileChars: 64 * 1024 * 1024 }));
  for (const file of [folder.ladderFile, folder.catalogueFile, ...folder.assessmentFiles])
    workspace.addKnownFile(pathToFileURL(file).href);
  workspace.setOpenDocument(uri, text);
  workspace.diagnostics(uri);
  result.rediagnose = await measureBoth(
    (time, i) =>
      time(() => {
        workspace.setOpenDocument(uri, variants[i % 2]);
        workspace.diagnostics(uri);
      }),
    plan,
  );
  return result;
}
