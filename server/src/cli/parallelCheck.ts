import { availableParallelism, loadavg } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { pathToUri } from '../core/workspace/paths';
import { createWorkspace } from './createWorkspace';
import { fileProblems, type Problem } from './problems';

/** Below this many files one thread is faster than starting workers. */
const MIN_FILES_FOR_WORKERS = 200;
/** How long to wait for a worker before doing its share on this thread instead. */
const WORKER_TIMEOUT_MS = 120_000;

/**
 * How many threads analyse the files: one below MIN_FILES_FOR_WORKERS, else one per idle core. Every
 * thread starts cold (it compiles the core and parses the ladders again), so two threads cost about 1.5×
 * the CPU of one: on a machine whose cores are already busy they are slower, not faster.
 * `LADDER_THREADS=N` sets the number whatever the file count and the load (1: no workers).
 */
export function threadCount(fileCount: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  const forced = Number.parseInt(env['LADDER_THREADS'] ?? '', 10);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, Math.max(1, fileCount));
  if (fileCount < MIN_FILES_FOR_WORKERS) return 1;
  const idleCores = Math.round(cores - load);
  return Math.max(1, Math.min(cores, idleCores, Math.ceil(fileCount / 100)));
}

interface CheckJob {
  ladderCheck: { files: string[]; chunk: string[]; cwd: string; port: MessagePort; done: Int32Array };
}

type CheckResult = { problems: Problem[] } | { error: string };

/** The problems of `chunk`, analysed in a workspace that knows every file (cross-file checks see them all). */
function chunkProblems(files: readonly string[], chunk: readonly string[], cwd: string): Problem[] {
  const workspace = createWorkspace();
  for (const path of files) workspace.addKnownFile(pathToUri(path));
  return chunk.flatMap((path) => fileProblems(workspace, path, cwd));
}

/**
 * The problems of every file, in the order of `files`. With several threads the files are split into
 * contiguous shares; this thread analyses the first while workers (the same script, see
 * runCheckWorker) analyse the others, and it waits for them synchronously, so that `ladder check`
 * stays a synchronous function. Each file's problems do not depend on which thread found them.
 */
export function checkFiles(files: readonly string[], cwd: string, threads: number): Problem[] {
  const script = typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined;
  if (threads <= 1 || !script) return chunkProblems(files, files, cwd);
  const size = Math.ceil(files.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((chunk) => chunk.length > 0);
  const started = chunks.slice(1).map((chunk) => {
    const { port1, port2 } = new MessageChannel();
    const done = new Int32Array(new SharedArrayBuffer(4));
    const job: CheckJob = { ladderCheck: { files: [...files], chunk, cwd, port: port2, done } };
    const worker = new Worker(script, { workerData: job, transferList: [port2] });
    worker.unref();
    return { chunk, port: port1, done, worker };
  });
  const results = [chunkProblems(files, chunks[0]!, cwd)];
  for (const { chunk, port, done, worker } of started) {
    Atomics.wait(done, 0, 0, WORKER_TIMEOUT_MS);
    const message = receiveMessageOnPort(port)?.message as CheckResult | undefined;
    port.close();
    void worker.terminate();
    // A worker that failed or did not answer: its share is analysed here, with the same result.
    results.push(message && 'problems' in message ? message.problems : chunkProblems(files, chunk, cwd));
  }
  return results.flat();
}

/** In a worker started by checkFiles: analyses its share and hands the problems back. Returns false elsewhere. */
export function runCheckWorker(): boolean {
  const job = (workerData as Partial<CheckJob> | null)?.ladderCheck;
  if (!job) return false;
  let result: CheckResult;
  try {
    result = { problems: chunkProblems(job.files, job.chunk, job.cwd) };
  } catch (error) {
    result = { error: String(error) };
  }
  job.port.postMessage(result);
  Atomics.store(job.done, 0, 1);
  Atomics.notify(job.done, 0);
  return true;
}
