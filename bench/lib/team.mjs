// The team report: `ladder team` over a generated workspace (a fresh process each time, as a user runs it).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runWithCpu } from './cpu.mjs';
import { summarize } from './stats.mjs';

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
    log(`ladder team --format ${format} over ${result.assessments} assessments: ${result[format].stats?.median} ms (p95 ${result[format].stats?.p95}), CPU ${result[format].cpu?.median} ms (exit ${result[format].exitCode})`);
  }
  return result;
}
