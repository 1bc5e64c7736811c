// Ladder evolution scenarios: `ladder impact` over a 1,000-assessment git repository, `ladder history`
// over 100 commits, and the live impact lenses of the language server (what they add to edit →
// diagnostics on the 2,500-line ladder with 500 dependents).

import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { runWithCpu } from './cpu.mjs';
import { writeLadderFolder } from './generate.mjs';
import { delay } from './lspClient.mjs';
import { measure, round, summarize } from './stats.mjs';

const uriOf = (path) => pathToFileURL(path).href;

// No machine configuration, a fixed identity, and commits that cannot be signed by accident.
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};

function git(cwd, args, env = {}) {
  const result = spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...GIT_ENV, ...env },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** Makes `root` a repository with everything committed once. */
export function commitAll(root) {
  git(root, ['init', '-q']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'the ladders and the assessments'], {
    GIT_AUTHOR_DATE: '2026-01-01T12:00:00Z',
    GIT_COMMITTER_DATE: '2026-01-01T12:00:00Z',
  });
}

/** Every expectation of 2 becomes 3: many verdicts change (a stricter ladder). */
export function raiseExpectations(text) {
  return text.replace(/^( {6}[a-z0-9-]+): 2$/gm, '$1: 3');
}

/** Wall-clock and CPU ms of `node cli.js ARGS` in `cwd`, `warmup + iterations` times. */
function timeCli(cli, args, cwd, { warmup = 1, iterations = 5 } = {}) {
  const samples = [];
  const cpu = [];
  let last;
  for (let i = 0; i < warmup + iterations; i++) {
    const start = performance.now();
    last = runWithCpu(process.execPath, [cli, ...args], { cwd });
    if (i >= warmup) {
      samples.push(performance.now() - start);
      if (last.cpuMs !== undefined) cpu.push(last.cpuMs);
    }
  }
  // runWithCpu drops the output; one more run keeps it, to count what was found.
  const output = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return {
    stats: summarize(samples),
    cpu: summarize(cpu),
    exitCode: last.status,
    stdout: output.stdout,
    stderr: last.stderr,
  };
}

/**
 * `ladder impact --base HEAD` over the 1,000-assessment workspace (committed), with the busiest ladder
 * made stricter in the working tree.
 */
export function impactScenario(cli, workspace, log) {
  const busiest = workspace.ladders[0].file;
  const original = readFileSync(busiest, 'utf8');
  writeFileSync(busiest, raiseExpectations(original));
  try {
    const run = timeCli(cli, ['impact', '--base', 'HEAD', '--format', 'json', '.'], workspace.root);
    let changes;
    try {
      changes = JSON.parse(run.stdout).changes.length;
    } catch {
      changes = undefined;
    }
    log(
      `ladder impact over ${workspace.assessmentFiles.length} assessments: ${run.stats?.median} ms, CPU ${run.cpu?.median} ms (exit ${run.exitCode}, ${changes} changed verdicts)`,
    );
    return {
      stats: run.stats,
      cpu: run.cpu,
      exitCode: run.exitCode,
      assessments: workspace.assessmentFiles.length,
      changes,
    };
  } finally {
    writeFileSync(busiest, original);
  }
}

/**
 * `ladder history` of one assessment over 100 commits of a 2,500-line ladder and the assessment: every
 * other commit changes a rating, the others an expectation of the ladder (both one-line edits).
 */
export function historyScenario(cli, root, log, commits = 100) {
  const folder = writeLadderFolder(root, 2500, 1);
  const assessmentFile = folder.assessmentFiles[0];
  commitAll(root);
  const ladderLines = readFileSync(folder.ladderFile, 'utf8').split('\n');
  const expectationLines = ladderLines
    .map((line, index) => (/^ {6}[a-z0-9-]+: [1-4]$/.test(line) ? index : -1))
    .filter((index) => index >= 0);
  for (let i = 1; i < commits; i++) {
    const when = new Date(Date.UTC(2026, 0, 1, 12) + i * 3_600_000).toISOString();
    if (i % 2 === 0) {
      const text = readFileSync(assessmentFile, 'utf8');
      writeFileSync(
        assessmentFile,
        text.replace(/^( {2}[a-z0-9-]+: )([1-4])$/m, (_, key, value) => `${key}${(Number(value) % 4) + 1}`),
      );
    } else {
      const line = expectationLines[(i * 7) % expectationLines.length];
      ladderLines[line] = ladderLines[line].replace(/([1-4])$/, (value) => String((Number(value) % 4) + 1));
      writeFileSync(folder.ladderFile, ladderLines.join('\n'));
    }
    git(root, ['commit', '-q', '-a', '-m', `change ${i}`], { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
  }
  const run = timeCli(cli, ['history', '--format', 'json', assessmentFile], root);
  let entries;
  try {
    entries = JSON.parse(run.stdout).commits.length;
  } catch {
    entries = undefined;
  }
  log(
    `ladder history over ${commits} commits of a ${folder.ladder.lines}-line ladder: ${run.stats?.median} ms, CPU ${run.cpu?.median} ms (exit ${run.exitCode}, ${entries} entries)`,
  );
  return { stats: run.stats, cpu: run.cpu, exitCode: run.exitCode, commits, entries, ladderLines: folder.ladder.lines };
}

/** Toggles one character of a level's `summary` key (as the workspace scenario does), asking for lenses after each edit as VS Code does. */
async function editsWithLenses(client, uri, line, plan) {
  let version = 1;
  let broken = false;
  const lensLatencies = [];
  const editLatencies = await measure(
    async () => {
      broken = !broken;
      const waiter = client.nextDiagnostics(
        uri,
        (diagnostics) => diagnostics.some((d) => d.range.start.line === line) === broken,
        60_000,
      );
      const start = performance.now();
      await client.change(uri, ++version, [
        { range: { start: { line, character: 10 }, end: { line, character: 11 } }, text: broken ? 'x' : 'y' },
      ]);
      const lenses = client.timed('textDocument/codeLens', { textDocument: { uri } });
      const done = await waiter;
      const answered = await lenses;
      lensLatencies.push(answered.ms);
      await delay(plan.gapMs);
      return done.at - start;
    },
    { warmup: plan.warmup, iterations: plan.edits },
  );
  return { edit: editLatencies, lenses: summarize(lensLatencies.slice(plan.warmup)) };
}

/**
 * The live impact lenses on the busiest ladder (2,500 lines, 500 dependents): edit → diagnostics with
 * the workspace in a git repository (lenses computed after each edit) and without one (no lenses), same
 * edits, same server; the difference is what the lenses add.
 */
export async function liveImpactScenario(server, workspace, log, plan = { edits: 12, warmup: 3, gapMs: 300 }) {
  const busiest = workspace.ladders[0];
  const uri = uriOf(busiest.file);
  const text = readFileSync(busiest.file, 'utf8');
  const run = async (tag) => {
    const client = server.create(`live-impact-${tag}`).start();
    try {
      const indexed = client.allDiagnostics(workspace.assessmentFiles.map(uriOf), 120_000);
      await client.initialize(uriOf(workspace.root));
      await indexed;
      const opened = client.nextDiagnostics(uri);
      await client.open(uri, text);
      await opened;
      await client.request('textDocument/codeLens', { textDocument: { uri } });
      const cpuBefore = client.cpuMs();
      const result = await editsWithLenses(client, uri, busiest.anchors.summaryKey, plan);
      const cpuAfter = client.cpuMs();
      const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
      return {
        ...result,
        lensCount: lenses.length,
        cpuMsPerEdit:
          cpuAfter !== undefined && cpuBefore !== undefined
            ? round((cpuAfter - cpuBefore) / (plan.edits + plan.warmup), 1)
            : undefined,
      };
    } finally {
      await client.stop();
    }
  };
  const gitDir = join(workspace.root, '.git');
  const hiddenGitDir = join(workspace.root, '.git-hidden');
  renameSync(gitDir, hiddenGitDir);
  let without;
  try {
    without = await run('without-git');
  } finally {
    renameSync(hiddenGitDir, gitDir);
  }
  const withGit = await run('with-git');
  const added = round(withGit.edit.median - without.edit.median);
  log(
    `live impact: edit → diagnostics ${withGit.edit.median} ms with lenses (${withGit.lensCount} lens(es), lens answer ${withGit.lenses?.median} ms) vs ${without.edit.median} ms without git: ${added >= 0 ? '+' : ''}${added} ms`,
  );
  return { withGit, withoutGit: without, addedMs: added, dependents: workspace.perLadder.get(busiest.file).length };
}
