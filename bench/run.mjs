#!/usr/bin/env node
// The benchmark: `npm run bench [-- options]`. A report, not a test: it exits 0 whatever the budgets
// say, unless --strict. See docs/benchmarks.md for what is measured and how.
//
//   --quick             small sizes only (a smoke run); writes nothing unless --write
//   --sizes 400,2500    ladder sizes in lines (default 400,2500,11000,50000)
//   --workspaces 10,100 workspace sizes in assessments (default 10,100,1000)
//   --only NAME,...     only these scenarios: ladders, calibrate, workspaces, cli, extension (writes
//                       nothing unless --write)
//   --strict            exit 1 when a budget fails
//   --no-build          use dist/ as it is (default: build the bundles as they ship, minified, first;
//                       the development build is put back at the end)
//   --dev-build         measure the development bundles (readable profiles) instead of the shipped ones
//   --no-package        skip `npm run package` (the .vsix size and the production bundles)
//   --no-yaml           skip yaml-language-server
//   --write / --no-write  write (or not) bench/results.json and docs/benchmarks.md
//   --profile DIR       write CPU profiles of the Career Ladder server into DIR
//   --server-args "..." Node options for the Career Ladder server (default: the extension's, read from
//                       SERVER_NODE_OPTIONS in client/src/client.ts; "" for none)
//   --keep              keep the generated files (their folder is printed)
//   --render            only rewrite docs/benchmarks.md from bench/results.json (no measuring)
//   --only NAME,...     only these scenarios: ladders, calibrate, workspaces, cli, extension, team, and the
//                       ladder-evolution ones impact, history, live-impact (on a 1,000-assessment workspace);
//                       writes nothing unless --write

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { coreScenario, loadCore } from './lib/core.mjs';
import { runWithCpu } from './lib/cpu.mjs';
import { ajvCli, yamlLanguageServer } from './lib/peers.mjs';
import { webWorkerScenario } from './lib/webWorker.mjs';
import { WORKSPACE_LADDERS, writeCalibrationFolder, writeLadderFolder, writeWorkspace } from './lib/generate.mjs';
import { budgetTable, machineLine, renderResults } from './lib/report.mjs';
import { commitAll, historyScenario, impactScenario, liveImpactScenario } from './lib/evolution.mjs';
import { calibrationScenario, ladderScenario, serverDefinitions, workspaceScenario } from './lib/scenarios.mjs';
import { teamCliScenario, teamRenderScenario, teamServerScenario } from './lib/team.mjs';
import { round, summarize } from './lib/stats.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ------------------------------------------------------------------------------------------ options

function parseArgs(argv) {
  const options = {
    quick: false,
    strict: false,
    build: true,
    devBuild: false,
    package: true,
    yaml: true,
    keep: false,
    write: undefined,
    profile: undefined,
  };
  const list = (value) =>
    value
      .split(',')
      .map((v) => Number(v.replace(/[_k]/gi, (c) => (c.toLowerCase() === 'k' ? '000' : ''))))
      .filter((n) => Number.isFinite(n) && n > 0);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.split('=', 2);
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--quick') options.quick = true;
    else if (name === '--strict') options.strict = true;
    else if (name === '--sizes') options.sizes = list(value());
    else if (name === '--workspaces') options.workspaces = list(value());
    else if (name === '--no-build') options.build = false;
    else if (name === '--dev-build') options.devBuild = true;
    else if (name === '--no-package') options.package = false;
    else if (name === '--no-yaml') options.yaml = false;
    else if (name === '--keep') options.keep = true;
    else if (name === '--write') options.write = true;
    else if (name === '--no-write') options.write = false;
    else if (name === '--profile') options.profile = resolve(value());
    else if (name === '--server-args') options.serverArgs = value().split(' ').filter(Boolean);
    else if (name === '--render') options.render = true;
    else if (name === '--only') options.only = onlyList(value());
    else if (name === '--help' || name === '-h') {
      console.log(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('//'))
          .map((l) => l.slice(3))
          .join('\n'),
      );
      process.exit(0);
    } else {
      console.error(`bench: unknown option ${arg} (try --help)`);
      process.exit(2);
    }
  }
  options.sizes ??= options.only ? [] : options.quick ? [400] : [400, 2500, 11000, 50000];
  options.workspaces ??= options.only ? [] : options.quick ? [10] : [10, 100, 1000];
  if (options.quick) options.package = false;
  // a partial run must not replace the results of a full one
  options.write ??= !options.quick && options.only === undefined;
  return options;
}

const SCENARIOS = [
  'ladders',
  'web',
  'calibrate',
  'workspaces',
  'cli',
  'extension',
  'team',
  'impact',
  'history',
  'live-impact',
];

function onlyList(value) {
  const names = value.split(',').filter(Boolean);
  const unknown = names.filter((n) => !SCENARIOS.includes(n));
  if (names.length === 0 || unknown.length > 0) {
    console.error(`bench: --only takes ${SCENARIOS.join(', ')} (got ${value || 'nothing'})`);
    process.exit(2);
  }
  return new Set(names);
}

/** Whether the scenario `name` runs: every one unless --only names some. */
const runs = (options, name) => options.only === undefined || options.only.has(name);

/** The calibration scenario: one assessment and five reviews of it against the 2,500-line ladder. */
const CALIBRATION_LINES = 2500;

function calibrationPlan(quick) {
  return { warmup: 3, requests: quick ? 10 : 30, editWarmup: 4, edits: quick ? 10 : 30, editGapMs: 20 };
}

/** Iteration counts: enough for a stable median and p95, few enough to keep the run near five minutes. */
function ladderPlan(lines, server, quick) {
  const huge = lines >= 40_000;
  const large = lines >= 8_000;
  // yaml-language-server takes seconds per request at 50,000 lines: fewer rounds keep the run short
  const slowPeer = server === 'yaml' && huge;
  return {
    opens: huge ? 3 : large ? 4 : 5,
    edits: quick ? 10 : slowPeer ? 6 : huge ? 10 : large ? 20 : 30,
    editWarmup: slowPeer ? 2 : 4,
    editGapMs: 20,
    requests: quick ? 15 : slowPeer ? 4 : huge ? 15 : large ? (server === 'yaml' ? 12 : 30) : 40,
    requestWarmup: slowPeer ? 1 : large && server === 'yaml' ? 3 : 8,
    symbols: slowPeer ? 3 : huge ? 5 : large ? 10 : 20,
    // the typing burst is a budget of the Career Ladder server; the peer would add minutes
    burst: server === 'ours' && (huge || quick) ? { edits: 10, gapMs: 30 } : undefined,
  };
}

const corePlan = (lines) =>
  lines >= 40_000
    ? { iterations: 5, warmup: 1 }
    : lines >= 8_000
      ? { iterations: 10, warmup: 2 }
      : { iterations: 20, warmup: 5 };

// ------------------------------------------------------------------------------------------ helpers

const log = (line) => console.log(line);

/** The commit measured, and how many files of the product differ from it (uncommitted work is measured too). */
function sourceState() {
  const git = (args) => spawnSync('git', args, { cwd: REPO, encoding: 'utf8' });
  const head = git(['rev-parse', '--short', 'HEAD']);
  if (head.status !== 0) return undefined;
  const status = git(['status', '--porcelain', '--', 'server', 'client', 'schemas', 'esbuild.mjs', 'package.json']);
  return { commit: head.stdout.trim(), uncommittedFiles: status.stdout.split('\n').filter(Boolean).length };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    node: process.versions.node,
    platform: `${os.platform()} ${os.arch()}`,
    loadBefore: os.loadavg().map((l) => round(l, 2)),
  };
}

/** Runs a command `warmup + iterations` times; wall-clock ms of each (a fresh process every time). */
function timeCommand(command, args, { warmup = 1, iterations = 3 } = {}) {
  const samples = [];
  const cpu = [];
  let last;
  for (let i = 0; i < warmup + iterations; i++) {
    const start = performance.now();
    last = runWithCpu(command, args, { cwd: REPO });
    const ms = performance.now() - start;
    if (i >= warmup) {
      samples.push(ms);
      if (last.cpuMs !== undefined) cpu.push(last.cpuMs);
    }
  }
  return { stats: summarize(samples), cpu: summarize(cpu), exitCode: last.status, stderr: last.stderr };
}

function fileSize(path) {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

/** The bundles of VS Code for the Web (package.json `browser` and its web worker server): bytes and gzip bytes. */
function webBuild(label) {
  const names = ['browserExtension.js', 'browserServer.js'];
  if (!names.every((name) => existsSync(join(REPO, 'dist', name)))) return undefined;
  const files = Object.fromEntries(names.map((name) => [name, fileSize(join(REPO, 'dist', name))]));
  const gzipBytes = names.reduce((sum, name) => sum + gzipSync(readFileSync(join(REPO, 'dist', name))).length, 0);
  return { label, files, bytes: Object.values(files).reduce((sum, bytes) => sum + bytes, 0), gzipBytes };
}

/** SERVER_NODE_OPTIONS of client/src/client.ts (the execArgv the extension starts the server with), if any. */
function clientServerOptions() {
  try {
    const source = readFileSync(join(REPO, 'client', 'src', 'client.ts'), 'utf8');
    const list = /SERVER_NODE_OPTIONS\s*(?::[^=]+)?=\s*\[([^\]]*)\]/.exec(source)?.[1];
    return list ? [...list.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2]) : [];
  } catch {
    return [];
  }
}

/**
 * Builds dist/ as the .vsix and the npm package ship it (`--production`: minified, no source maps),
 * which is what users run; `--dev-build` (or `--profile`, whose profiles need readable names) builds the
 * development bundles instead. Returns what was measured, for the report.
 */
function build(options) {
  if (!options.build) return 'dist/ as it was';
  const production = !options.devBuild && !options.profile;
  const args = production ? ['esbuild.mjs', '--production'] : ['esbuild.mjs'];
  log(`Building dist/ (node ${args.join(' ')})…`);
  const result = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8' });
  if (result.status !== 0) {
    log(
      `  the build failed; measuring dist/ as it is.\n${(result.stderr || result.stdout).split('\n').slice(0, 6).join('\n')}`,
    );
    return 'dist/ as it was';
  }
  return production ? 'production bundles' : 'development bundles';
}

/** Puts the development build back after a run that measured the production one, as the team expects it. */
function restoreDevBuild(built) {
  if (built !== 'production bundles') return;
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, encoding: 'utf8' });
  if (result.status !== 0) log('The development build could not be put back: run `npm run build`.');
}

// ---------------------------------------------------------------------------------------- sections

/** The ladder evolution scenarios named in `which`, on a 1,000-assessment workspace made for them. */
async function runEvolution(which, server, tmp) {
  const cli = join(REPO, 'dist', 'cli.js');
  const result = {};
  log('Ladder evolution');
  const workspace =
    which.includes('impact') || which.includes('live-impact')
      ? writeWorkspace(join(tmp, 'evolution-workspace'), 1000)
      : undefined;
  if (workspace) commitAll(workspace.root);
  if (workspace && which.includes('impact')) result.impact = impactScenario(cli, workspace, log);
  if (which.includes('history')) result.history = historyScenario(cli, join(tmp, 'evolution-history'), log);
  if (workspace && which.includes('live-impact')) result.liveImpact = await liveImpactScenario(server, workspace, log);
  return result;
}

/** How many interleaved rounds of `ladder check` and ajv-cli: the machine is shared, so the median of alternating runs. */
const CHECK_ROUNDS = 7;

/**
 * `ladder check` over the workspace and ajv-cli's schema-only check of its assessments, run alternately
 * (one of each per round, after one warm-up round), so that both see the same load; and `ladder score`.
 */
async function runCli(workspace) {
  const cli = join(REPO, 'dist', 'cli.js');
  if (!existsSync(cli)) return { error: 'dist/cli.js is missing' };
  const ajv = ajvCli(REPO);
  const ajvArgs = ajv.script
    ? [
        ajv.script,
        'validate',
        '-s',
        join(REPO, 'schemas', 'assessment.schema.json'),
        '-d',
        join(workspace.root, 'people', '*', '*.assessment.yaml'),
        '--spec=draft7',
        '--strict=false',
        '--errors=line',
      ]
    : undefined;
  log(
    `ladder check over ${workspace.assessmentFiles.length} assessments${ajvArgs ? `, alternating with ajv-cli ${ajv.version}` : ` (${ajv.error})`}…`,
  );
  const ours = { samples: [], cpu: [] };
  const peer = { samples: [], cpu: [] };
  let last;
  let lastPeer;
  const once = (args, into) => {
    const start = performance.now();
    const run = runWithCpu(process.execPath, args, { cwd: REPO });
    const ms = performance.now() - start;
    if (into) {
      into.samples.push(ms);
      if (run.cpuMs !== undefined) into.cpu.push(run.cpuMs);
    }
    return run;
  };
  for (let round = 0; round <= CHECK_ROUNDS; round++) {
    const measured = round > 0;
    last = once([cli, 'check', workspace.root], measured ? ours : undefined);
    if (ajvArgs) lastPeer = once(ajvArgs, measured ? peer : undefined);
  }
  const check = {
    stats: summarize(ours.samples),
    cpu: summarize(ours.cpu),
    exitCode: last.status,
    stderr: last.stderr,
  };
  const files = Number(/(\d+) files? checked/.exec(check.stderr ?? '')?.[1]);
  log(`  ${check.stats?.median} ms, CPU ${check.cpu?.median} ms (exit ${check.exitCode}, ${files} files)`);
  let ajvResult = ajv.error ? { error: ajv.error } : undefined;
  if (ajvArgs) {
    const ratios = ours.samples.map((ms, i) => ms / peer.samples[i]);
    ajvResult = {
      version: ajv.version,
      command: `ajv validate -s schemas/assessment.schema.json -d '<workspace>/people/*/*.assessment.yaml' --spec=draft7 --strict=false --errors=line`,
      stats: summarize(peer.samples),
      cpu: summarize(peer.cpu),
      exitCode: lastPeer.status,
      rounds: CHECK_ROUNDS,
      ratio: summarize(ratios),
    };
    log(
      `  ajv-cli ${ajvResult.stats?.median} ms, CPU ${ajvResult.cpu?.median} ms (exit ${ajvResult.exitCode}); ladder check ÷ ajv-cli, median of ${CHECK_ROUNDS} rounds: ${ajvResult.ratio?.median}×`,
    );
  }
  const score = timeCommand(
    process.execPath,
    [cli, 'score', workspace.perLadder.get(workspace.ladders[0].file)[0], '--format', 'json'],
    { warmup: 1, iterations: 5 },
  );
  log(`ladder score: ${score.stats?.median} ms, CPU ${score.cpu?.median} ms (exit ${score.exitCode})`);
  return {
    check: {
      stats: check.stats,
      cpu: check.cpu,
      exitCode: check.exitCode,
      files: Number.isFinite(files) ? files : undefined,
      assessments: workspace.assessmentFiles.length,
    },
    ajv: ajvResult,
    score: { stats: score.stats, cpu: score.cpu, exitCode: score.exitCode },
  };
}

function activation(bundle, label) {
  const samples = [];
  const cpu = [];
  for (let i = 0; i < 8; i++) {
    const run = spawnSync(process.execPath, [join(REPO, 'bench', 'lib', 'loadExtension.cjs'), bundle], {
      cwd: REPO,
      encoding: 'utf8',
    });
    try {
      const measured = JSON.parse(run.stdout);
      if (i > 0) {
        samples.push(measured.ms);
        cpu.push(measured.cpuMs);
      }
    } catch {
      return { error: (run.stderr || 'no output').split('\n').slice(0, 4).join(' ') };
    }
  }
  return { stats: summarize(samples), cpu: summarize(cpu), label };
}

async function runExtension(options, tmp) {
  const result = {};
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  const bundleNames = ['extension.js', 'server.js', 'cli.js', 'webview.js', 'webview.css'];
  let production = false;
  if (options.package && pkg.scripts?.package) {
    log('Packaging (npm run package)…');
    const vsix = join(tmp, 'career-ladder.vsix');
    const run = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'package', '--', '--out', vsix], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (run.status === 0 && existsSync(vsix)) {
      result.vsixBytes = fileSize(vsix);
      production = true;
      log(`  .vsix ${round(result.vsixBytes / 1024, 0)} KB`);
    } else {
      result.packageError = `npm run package exited ${run.status}: ${(run.stderr || run.stdout || '').trim().split('\n').slice(-3).join(' ')}`;
      log(`  ${result.packageError}`);
    }
  } else if (options.package) {
    result.packageError = 'there is no `package` script';
  }
  result.bundlesLabel = production ? 'production bundle' : 'development bundle';
  result.bundles = Object.fromEntries(
    bundleNames.map((name) => [name, fileSize(join(REPO, 'dist', name))]).filter(([, size]) => size !== undefined),
  );
  result.web = webBuild(result.bundlesLabel);
  if (result.web)
    log(
      `Web build (VS Code for the Web, ${result.bundlesLabel}): ${Object.entries(result.web.files)
        .map(([name, bytes]) => `${name} ${round(bytes / 1024, 0)} KB`)
        .join(' + ')} = ${round(result.web.bytes / 1024, 0)} KB, gzip ${round(result.web.gzipBytes / 1024, 0)} KB`,
    );
  const extension = join(REPO, 'dist', 'extension.js');
  if (existsSync(extension)) {
    const measured = activation(extension, production ? 'production bundle' : 'development bundle');
    if (measured.error) result.activationError = measured.error;
    else {
      result.activation = measured.stats;
      result.activationCpu = measured.cpu;
      result.activationLabel = `require() of the ${measured.label} with a stub \`vscode\` module; module load only, not the activation event`;
      log(`Extension load time: ${measured.stats.median} ms (${measured.label})`);
    }
  }
  if (production && options.built === 'development bundles') {
    // packaging built the production bundles; the rest of this run measures the development ones
    spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, encoding: 'utf8' });
  }
  return result;
}

// ------------------------------------------------------------------------------------------ budgets

/** The steps the web worker server is compared on, by their key in a size's results. */
const WEB_STEPS = [
  ['open', 'open'],
  ['edit', 'edit → diagnostics'],
  ['completion', 'completion'],
  ['hover', 'hover'],
];

function evaluateBudgets(results) {
  const budgets = [];
  const add = (name, measured, limit, pass) => budgets.push({ name, measured, limit, pass });
  const size = (n) => results.sizes.find((s) => s.target === n);
  const num = (v, d = 1) => (v === undefined ? '–' : v.toLocaleString('en-US', { maximumFractionDigits: d }));
  const notRun = (name, limit) => add(name, 'not measured in this run', limit, undefined);

  const s11 = size(11000);
  for (const [key, label] of [
    ['completion', 'Completion'],
    ['hover', 'Hover'],
  ]) {
    const name = `${label} on 11,000 lines vs yaml-language-server (median)`;
    const a = s11?.ours?.[key]?.median;
    const b = s11?.yaml?.[key]?.median;
    if (a === undefined || b === undefined) notRun(name, '≤ 0.05×');
    else add(name, `${num(a / b, 3)}× (${num(a, 2)} vs ${num(b, 2)} ms)`, '≤ 0.05×', a / b <= 0.05);
  }
  const hovers = results.sizes.filter((s) => s.ours?.hover);
  if (hovers.length > 0)
    add(
      'Hover, every size (median)',
      hovers.map((s) => `${num(s.lines, 0)}: ${num(s.ours.hover.median, 2)} ms`).join('; '),
      '< 5 ms',
      hovers.every((s) => s.ours.hover.median < 5),
    );
  const edits = results.sizes.filter((s) => s.ours?.edit && s.yaml?.edit);
  if (edits.length > 0)
    add(
      'Edit → diagnostics no slower than yaml-language-server, every size (median)',
      edits.map((s) => `${num(s.lines, 0)}: ${num(s.ours.edit.median)} vs ${num(s.yaml.edit.median)} ms`).join('; '),
      '≤ 1×',
      edits.every((s) => s.ours.edit.median <= s.yaml.edit.median),
    );
  else notRun('Edit → diagnostics no slower than yaml-language-server', '≤ 1×');
  const s25 = size(2500);
  if (s25?.ours?.edit)
    add(
      'Edit → diagnostics at 2,500 lines (p95)',
      `${num(s25.ours.edit.p95)} ms${s25.ours.editCpuMs === undefined ? '' : ` (server CPU ${num(s25.ours.editCpuMs, 0)} ms per edit)`}`,
      '< 100 ms',
      s25.ours.edit.p95 < 100,
    );
  else notRun('Edit → diagnostics at 2,500 lines (p95)', '< 100 ms');
  const calibration = results.calibration;
  if (calibration?.calibration)
    add(
      `\`ladder/calibration\` after a rating edit, 1 assessment + ${calibration.reviews} reviews, ${num(calibration.lines, 0)} lines (p95)`,
      `${num(calibration.calibration.p95)} ms (median ${num(calibration.calibration.median)})`,
      '≤ 50 ms',
      calibration.calibration.p95 <= 50,
    );
  else notRun('`ladder/calibration` after a rating edit, 2,500 lines (p95)', '≤ 50 ms');
  if (calibration?.reviewEdit)
    add(
      `Review edit → its diagnostics, ${num(calibration.lines, 0)} lines (p95)`,
      `${num(calibration.reviewEdit.p95)} ms (median ${num(calibration.reviewEdit.median)})`,
      '< 100 ms',
      calibration.reviewEdit.p95 < 100,
    );
  else notRun('Review edit → its diagnostics, 2,500 lines (p95)', '< 100 ms');
  const w1000 = results.workspaces.find((w) => w.assessments === 1000);
  const cpu = (v) => (v === undefined ? '' : ` (CPU ${num(v, 0)} ms)`);
  if (w1000?.indexMs !== undefined)
    add(
      '1,000 assessments + 5 ladders indexed',
      `${num(w1000.indexMs, 0)} ms${cpu(w1000.indexCpuMs)}`,
      '< 3,000 ms',
      w1000.indexMs < 3000,
    );
  else notRun('1,000 assessments + 5 ladders indexed', '< 3,000 ms');
  if (w1000?.ladderEdit)
    add(
      `Ladder edit → all ${num(w1000.dependents, 0)} dependents re-diagnosed (p95)`,
      `${num(w1000.ladderEdit.p95, 0)} ms${w1000.ladderEditCpuMs === undefined ? '' : ` (server CPU ${num(w1000.ladderEditCpuMs, 0)} ms per edit)`}`,
      '< 500 ms',
      w1000.ladderEdit.p95 < 500,
    );
  else notRun('Ladder edit → all dependents re-diagnosed', '< 500 ms');
  if (w1000?.memory)
    add(
      'Server RSS, 1,000-assessment workspace (peak)',
      `${num(w1000.memory.peakRssMb, 0)} MB`,
      '< 150 MB',
      w1000.memory.peakRssMb < 150,
    );
  else notRun('Server RSS, 1,000-assessment workspace', '< 150 MB');
  const check = results.cli?.check;
  if (check?.stats && check.assessments === 1000)
    add(
      '`ladder check` over 1,000 assessments (median)',
      `${num(check.stats.median, 0)} ms${cpu(check.cpu?.median)}`,
      '< 3,000 ms',
      check.stats.median < 3000,
    );
  else notRun('`ladder check` over 1,000 assessments', '< 3,000 ms');
  const ajv = results.cli?.ajv;
  if (ajv?.ratio && check?.assessments === 1000)
    add(
      `\`ladder check\` vs ajv-cli ${ajv.version} schema-only, same files, ${ajv.rounds} interleaved rounds (median ratio)`,
      `${num(ajv.ratio.median, 2)}× (${num(check.stats.median, 0)} vs ${num(ajv.stats.median, 0)} ms)`,
      '≤ 1×',
      ajv.ratio.median <= 1,
    );
  else notRun('`ladder check` vs ajv-cli schema-only over 1,000 assessments', '≤ 1×');
  const ext = results.extension;
  if (ext?.activation)
    add(
      'Extension load (module load time, median)',
      `${num(ext.activation.median, 1)} ms${cpu(ext.activationCpu?.median)}`,
      '< 50 ms',
      ext.activation.median < 50,
    );
  else notRun('Extension load', '< 50 ms');
  if (ext?.vsixBytes !== undefined)
    add('.vsix size', `${num(ext.vsixBytes / 1024 / 1024, 2)} MB`, '< 2 MB', ext.vsixBytes < 2 * 1024 * 1024);
  else notRun('.vsix size', '< 2 MB');
  const s50 = size(50000);
  const burst = s50?.ours?.burst;
  if (burst) {
    add(
      `50,000 lines: newer edits cancel older validations (${burst.edits} keystrokes)`,
      `${burst.publications} publication(s); last edit → diagnostics ${num(burst.lastEditToDiagnostics, 0)} ms`,
      '≤ 2 publications',
      burst.publications <= 2,
    );
    add(
      '50,000 lines: completion while typing (max)',
      `${num(burst.completion.max, 1)} ms (median ${num(burst.completion.median, 1)})`,
      '< 50 ms',
      burst.completion.max < 50,
    );
    if (burst.longestBlockMs !== undefined) {
      const declined = burst.declinedEdit?.longestBlockMs ?? 0;
      const longest = Math.max(burst.longestBlockMs, declined);
      add(
        '50,000 lines: longest block of the server while typing',
        `${num(longest, 1)} ms (typing ${num(burst.longestBlockMs, 1)}, a full analysis ${num(declined, 1)})`,
        '< 100 ms',
        longest < 100,
      );
    }
  } else {
    notRun('50,000 lines: newer edits cancel older validations', '≤ 2 publications');
    notRun('50,000 lines: completion while typing', '< 50 ms');
    notRun('50,000 lines: longest block of the server while typing', '< 100 ms');
  }
  const team = results.team;
  if (team?.json?.stats && team.assessments >= 1000)
    add(
      `\`ladder team\` over ${num(team.assessments, 0)} assessments (median)`,
      `${num(team.json.stats.median, 0)} ms${cpu(team.json.cpu?.median)}`,
      '≤ 1,000 ms',
      team.json.stats.median <= 1000,
    );
  else notRun('`ladder team` over 1,000 assessments', '≤ 1,000 ms');
  const view = team?.view;
  const render = team?.render;
  if (view?.firstMs !== undefined && render?.first) {
    const first = view.firstMs + render.first.median;
    add(
      `Team view of ${num(view.answered, 0)} people once indexed: \`ladder/team\` + drawing (median)`,
      `${num(first, 0)} ms (${num(view.firstMs, 0)} + ${num(render.first.median, 0)})`,
      '≤ 500 ms',
      first <= 500,
    );
    const edit = view.afterEdit.median + render.update.median;
    add(
      'Team view after one edit: `ladder/team` + drawing (median)',
      `${num(edit, 0)} ms (${num(view.afterEdit.median, 1)} + ${num(render.update.median, 1)})`,
      '≤ 100 ms',
      edit <= 100,
    );
  } else notRun('Team view of 500 people: request + drawing', '≤ 500 ms');
  const evolution = results.evolution ?? {};
  if (evolution.impact?.stats)
    add(
      `\`ladder impact\` over ${num(evolution.impact.assessments, 0)} assessments (median)`,
      `${num(evolution.impact.stats.median, 0)} ms${cpu(evolution.impact.cpu?.median)}`,
      '≤ 3,000 ms',
      evolution.impact.stats.median <= 3000,
    );
  else notRun('`ladder impact` over 1,000 assessments', '≤ 3,000 ms');
  if (evolution.history?.stats)
    add(
      `\`ladder history\` over ${num(evolution.history.commits, 0)} commits (median)`,
      `${num(evolution.history.stats.median, 0)} ms${cpu(evolution.history.cpu?.median)}`,
      '≤ 3,000 ms',
      evolution.history.stats.median <= 3000,
    );
  else notRun('`ladder history` over 100 commits', '≤ 3,000 ms');
  const live = evolution.liveImpact;
  if (live?.withGit?.edit && live.withoutGit?.edit)
    add(
      `Live impact lenses: added to edit → diagnostics, 2,500 lines, ${num(live.dependents, 0)} dependents (medians)`,
      `${live.addedMs >= 0 ? '+' : ''}${num(live.addedMs, 1)} ms (${num(live.withGit.edit.median, 1)} vs ${num(live.withoutGit.edit.median, 1)} ms; lens answer ${num(live.withGit.lenses?.median, 0)} ms)`,
      '≤ 20 ms',
      live.addedMs <= 20,
    );
  else notRun('Live impact lenses: added to edit → diagnostics', '≤ 20 ms');
  const webRatios = results.sizes.flatMap((s) =>
    s.web && !s.web.error && s.ours
      ? WEB_STEPS.flatMap(([key, label]) => {
          const web = s.web[key]?.median;
          const node = s.ours[key]?.median;
          return web === undefined || node === undefined
            ? []
            : [{ lines: s.lines, label, web, node, ratio: web / node }];
        })
      : [],
  );
  if (webRatios.length > 0) {
    const worst = webRatios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    add(
      'Web worker server (VS Code for the Web) vs the Node server, same ladder scenarios, every size (worst median ratio)',
      `${num(worst.ratio, 2)}× (${worst.label} at ${num(worst.lines, 0)} lines: ${num(worst.web, 2)} vs ${num(worst.node, 2)} ms)`,
      '≤ 1.5×',
      webRatios.every((r) => r.ratio <= 1.5),
    );
  } else notRun('Web worker server vs the Node server, same ladder scenarios', '≤ 1.5×');
  if (s50?.ours?.completion)
    add(
      '50,000 lines: completion, idle (median)',
      `${num(s50.ours.completion.median, 2)} ms`,
      '< 50 ms',
      s50.ours.completion.median < 50,
    );
  const core11 = s11?.core;
  if (core11?.rediagnose?.cpu && core11.parseDocument?.cpu) {
    const r = core11.rediagnose.cpu.median / core11.parseDocument.cpu.median;
    add(
      'Further: an edit on 11,000 lines re-diagnosed in ≤ ½ of one parseDocument (in process, CPU medians)',
      `${num(r, 2)}× (${num(core11.rediagnose.cpu.median, 1)} vs ${num(core11.parseDocument.cpu.median, 1)} ms CPU)`,
      '≤ 0.5×',
      r <= 0.5,
    );
  } else notRun('Further: an edit on 11,000 lines re-diagnosed in ≤ ½ parseDocument', '≤ 0.5×');
  return budgets;
}

// --------------------------------------------------------------------------------------------- docs

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

function writeDocs(markdown) {
  const path = join(REPO, 'docs', 'benchmarks.md');
  const block = `${START}\n${markdown}\n${END}`;
  let text = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  if (!text.includes(START) || !text.includes(END)) text += `\n${START}\n${END}\n`;
  text = text.slice(0, text.indexOf(START)) + block + text.slice(text.indexOf(END) + END.length);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

// --------------------------------------------------------------------------------------------- main

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.render) {
    const saved = JSON.parse(readFileSync(join(REPO, 'bench', 'results.json'), 'utf8'));
    writeDocs(renderResults(saved));
    log('Written: docs/benchmarks.md (from bench/results.json)');
    return;
  }
  if (options.only?.size === 1 && options.only.has('team')) return runTeamOnly(options);
  const began = performance.now();
  const results = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    quick: options.quick,
    source: sourceState(),
    machine: machine(),
    sizes: [],
    workspaces: [],
  };
  log(
    `Career Ladder benchmark${options.quick ? ' (quick)' : ''}: ${options.only ? `only ${[...options.only].join(', ')}; ` : ''}ladders of ${options.sizes.join(', ')} lines; workspaces of ${options.workspaces.join(', ')} assessments`,
  );
  log(
    `Machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGb} GB, Node ${results.machine.node}; load ${results.machine.loadBefore.join(' ')}`,
  );

  options.built = build(options);
  results.built = options.built;
  const serverScript = join(REPO, 'dist', 'server.js');
  if (!existsSync(serverScript)) {
    console.error('bench: dist/server.js is missing and could not be built; nothing to measure.');
    process.exit(1);
  }
  const tmp = mkdtempSync(join(os.tmpdir(), 'ladder-bench-'));
  if (options.profile) mkdirSync(options.profile, { recursive: true });
  let yamlServerScript;
  if (options.yaml && (runs(options, 'ladders') || options.only === undefined)) {
    const peer = yamlLanguageServer(REPO, log);
    if (peer.error) {
      log(`${peer.error}; measuring without the editor peer.`);
      options.yaml = false;
      results.yamlServer = { error: peer.error };
    } else {
      yamlServerScript = peer.script;
      results.yamlServer = { version: peer.version, note: peer.note };
      if (peer.note) log(`Note: ${peer.note}.`);
    }
  }
  // The server runs with the Node options the extension gives it (read from the client's source), unless --server-args says otherwise.
  options.serverArgs ??= clientServerOptions();
  const servers = serverDefinitions({
    serverScript,
    yamlServerScript,
    schemaFiles: Object.fromEntries(
      ['ladder', 'competencies', 'assessment'].map((k) => [k, join(REPO, 'schemas', `${k}.schema.json`)]),
    ),
    profileDir: options.profile,
    serverArgs: options.serverArgs,
  });
  results.serverArgs = options.serverArgs;

  try {
    let core;
    try {
      if (options.sizes.length > 0) core = await loadCore(REPO, join(tmp, 'core'));
    } catch (error) {
      log(`The core could not be bundled for the in-process measurements: ${error.message.split('\n')[0]}`);
    }
    for (const target of runs(options, 'ladders') || runs(options, 'web') ? options.sizes : []) {
      const folder = writeLadderFolder(join(tmp, `ladder-${target}`), target);
      const size = {
        target,
        lines: folder.ladder.lines,
        levels: folder.ladder.levels.length,
        competencies: folder.ladder.competencies.length,
      };
      log(
        `\nLadder of ${size.lines.toLocaleString('en-US')} lines (${size.levels} levels, ${size.competencies} competencies)`,
      );
      if (core) {
        try {
          size.core = await coreScenario(core, folder, corePlan(target));
          log(
            `    core (CPU): parseDocument ${size.core.parseDocument.cpu?.median} ms, analyzeFile ${size.core.analyzeFile.cpu?.median} ms, re-diagnose ${size.core.rediagnose.cpu?.median} ms`,
          );
        } catch (error) {
          log(`    core: FAILED: ${error.message}`);
        }
      }
      size.ours = await ladderScenario(servers.ours, folder, ladderPlan(target, 'ours', options.quick), log);
      // VS Code for the Web: the same scenario on the web worker server, in Chromium
      if (runs(options, 'web'))
        size.web = await webWorkerScenario(
          REPO,
          folder,
          { ...ladderPlan(target, 'ours', options.quick), burst: undefined },
          log,
        );
      if (options.yaml) {
        try {
          size.yaml = await ladderScenario(servers.yaml, folder, ladderPlan(target, 'yaml', options.quick), log);
        } catch (error) {
          // e.g. a peer that cannot run on this Node: said once, then the run goes on without it
          const message = `yaml-language-server ${results.yamlServer?.version ?? ''} failed: ${String(error?.message ?? error).split('\n')[0]}`;
          log(`    ${message}; measuring without the editor peer from here on.`);
          results.yamlServer = { ...results.yamlServer, error: message };
          options.yaml = false;
        }
      }
      results.sizes.push(size);
    }
    if (runs(options, 'calibrate')) {
      const folder = writeCalibrationFolder(join(tmp, 'calibrate'), CALIBRATION_LINES);
      log(
        `\nCalibration: 1 assessment and ${folder.reviewFiles.length} reviews against a ladder of ${folder.ladder.lines.toLocaleString('en-US')} lines`,
      );
      results.calibration = await calibrationScenario(servers.ours, folder, calibrationPlan(options.quick), log);
    }
    let largestWorkspace;
    for (const count of runs(options, 'workspaces') ? options.workspaces : []) {
      log(`\nWorkspace of ${count} assessments and ${WORKSPACE_LADDERS.length} ladders`);
      const workspace = writeWorkspace(join(tmp, `workspace-${count}`), count);
      results.workspaces.push(
        await workspaceScenario(servers.ours, workspace, { ladderEdits: count >= 1000 ? 5 : 8, requests: 20 }, log),
      );
      largestWorkspace = workspace;
    }
    if (runs(options, 'cli')) {
      // `--only cli` runs no workspace scenario: the command line gets a workspace of its own.
      if (!largestWorkspace) {
        const count = options.workspaces.length > 0 ? Math.max(...options.workspaces) : 1000;
        largestWorkspace = writeWorkspace(join(tmp, `workspace-${count}`), count);
      }
      log('');
      results.cli = await runCli(largestWorkspace);
      if (runs(options, 'team')) results.team = await teamScenarios(largestWorkspace, options);
    }
    if (runs(options, 'extension')) {
      log('');
      results.extension = await runExtension(options, tmp);
    }
    const evolutionScenarios = ['impact', 'history', 'live-impact'].filter((name) => runs(options, name));
    if (evolutionScenarios.length > 0) {
      log('');
      results.evolution = await runEvolution(evolutionScenarios, servers.ours, tmp);
    }
  } finally {
    if (options.keep) log(`\nGenerated files kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
    restoreDevBuild(options.built);
  }

  results.machine.loadAfter = os.loadavg().map((l) => round(l, 2));
  results.durationS = round((performance.now() - began) / 1000, 1);
  results.budgets = evaluateBudgets(results);

  log(`\n${machineLine(results.machine)}\n`);
  log(budgetTable(results.budgets));
  const failed = results.budgets.filter((b) => b.pass === false);
  log(
    `\n${results.budgets.filter((b) => b.pass).length} budgets pass, ${failed.length} fail, ${results.budgets.filter((b) => b.pass === undefined).length} not measured. ${results.durationS} s.`,
  );
  if (options.write) {
    // error messages may name generated files: no machine paths in what is committed
    let json = JSON.stringify(results, null, 2);
    for (const [path, name] of [
      [pathToFileURL(tmp).href, '<generated>'],
      [tmp, '<generated>'],
      [pathToFileURL(REPO).href, '<repo>'],
      [REPO, '<repo>'],
    ])
      json = json.split(path).join(name);
    writeFileSync(join(REPO, 'bench', 'results.json'), `${json}\n`);
    writeDocs(renderResults(JSON.parse(json)));
    log('Written: bench/results.json, docs/benchmarks.md');
  }
  process.exit(options.strict && failed.length > 0 ? 1 : 0);
}

/** `ladder team` over the workspace; the team view's request and drawing for its busiest ladder. */
async function teamScenarios(workspace, options) {
  const team = teamCliScenario(REPO, workspace, log);
  const servers = serverDefinitions({
    serverScript: join(REPO, 'dist', 'server.js'),
    schemaFiles: {},
    serverArgs: options.serverArgs ?? clientServerOptions(),
  });
  const view = await teamServerScenario(servers.ours, workspace, log);
  const render = await teamRenderScenario(REPO, view.team, view.changes, log);
  delete view.team;
  delete view.changes;
  return { ...team, view, render };
}

/** `--only team`: the team report scenario alone, over a workspace of the largest size asked for (1,000 by default). */
async function runTeamOnly(options) {
  options.built = build(options);
  const tmp = mkdtempSync(join(os.tmpdir(), 'ladder-bench-'));
  let exitCode = 0;
  try {
    const count = options.workspaces.length > 0 ? Math.max(...options.workspaces) : 1000;
    log(
      `Team report over a workspace of ${count} assessments and ${WORKSPACE_LADDERS.length} ladders; load ${os
        .loadavg()
        .map((l) => round(l, 2))
        .join(' ')}`,
    );
    const workspace = writeWorkspace(join(tmp, `workspace-${count}`), count);
    const results = { workspaces: [], sizes: [], team: await teamScenarios(workspace, options) };
    const budgets = evaluateBudgets(results).filter((budget) => budget.name.includes('team'));
    log(`\n${budgetTable(budgets)}`);
    exitCode = options.strict && budgets.some((budget) => budget.pass === false) ? 1 : 0;
  } finally {
    if (options.keep) log(`\nGenerated files kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
    restoreDevBuild(options.built);
  }
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
