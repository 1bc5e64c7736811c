// CPU time of processes (Linux /proc; undefined elsewhere). Wall-clock time is what a user waits for,
// but on a busy machine it includes time spent waiting for a core; CPU time does not.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond;
function ticks() {
  if (ticksPerSecond === undefined) {
    const out = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    ticksPerSecond = Number(out.stdout) > 0 ? Number(out.stdout) : 100;
  }
  return ticksPerSecond;
}

/** utime, stime, cutime, cstime of a /proc/PID/stat line, in ms. */
function statTimes(stat) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ms = (i) => (Number(fields[i]) * 1000) / ticks();
  return { self: ms(11) + ms(12), children: ms(13) + ms(14) };
}

/** User + system CPU ms used so far by a running process. */
export function processCpuMs(pid) {
  if (process.platform !== 'linux' || !pid) return undefined;
  try {
    return statTimes(readFileSync(`/proc/${pid}/stat`, 'utf8')).self;
  } catch {
    return undefined;
  }
}

/**
 * Runs a command to completion (stdout discarded, stderr captured) and returns its exit code, stderr
 * and, on Linux, the CPU ms it used (read from the waiting shell's children times).
 */
export function runWithCpu(command, args, options = {}) {
  if (process.platform !== 'linux') {
    const run = spawnSync(command, args, { ...options, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    return { status: run.status, stderr: run.stderr };
  }
  const script = '"$0" "$@" >/dev/null; s=$?; cat /proc/$$/stat; exit $s';
  const run = spawnSync('sh', ['-c', script, command, ...args], {
    ...options,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let cpuMs;
  try {
    cpuMs = statTimes(run.stdout.trim()).children;
  } catch {
    cpuMs = undefined;
  }
  return { status: run.status, stderr: run.stderr, cpuMs };
}
