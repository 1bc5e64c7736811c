import { availableParallelism, loadavg } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { FileKind } from '../core';
import { pathToUri } from '../node/fileUris';
import { createCliService } from './createService';
import { fileProblems, type Problem } from './problems';

/** Each worker thread should have at least this many files: below, its cold start costs more than it saves. */
const FILES_PER_WORKER = 400;
/** How long to wait for a worker before doing its share on this thread instead. */
const WORKER_TIMEOUT_MS = 120_000;

/**
 * How many threads analyse the files. Every thread starts cold (it compiles the core and parses the
 * ladders again, about half a second of CPU), and each keeps about two cores busy, since V8 collects
 * garbage on helper threads: on two cores, two threads are slower than one. So: one thread per two idle
 * cores, and at least FILES_PER_WORKER files per thread. `LADDER_THREADS=N` sets the number whatever the
 * file count and the load (1: no workers).
 */
export function threadCount(
  fileCount: number,
  env: NodeJS.ProcessEnv = process.env,
  cores = availableParallelism(),
  load = loadavg()[0] ?? 0,
): number {
  const forced = Number.parseInt(env['LADDER_THREADS'] ?? '', 10);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, Math.max(1, fileCount));
  const idleCores = Math.round(cores - load);
  return Math.max(1, Math.min(Math.floor(idleCores / 2), Math.floor(fileCount / FILES_PER_WORKER)));
}

interface CheckJob {
  ladderCheck: {
    files: string[];
    chunk: string[];
    cwd: string;
    roots: string[];
    realPaths: Map<string, string>;
    port: MessagePort;
    done: Int32Array;
  };
}

type CheckResult = { problems: Problem[] } | { error: string };

/** The problems of `chunk`, analysed in a workspace that knows every file (cross-file checks see them all). */
function chunkProblems(
  files: readonly string[],
  chunk: readonly string[],
  cwd: string,
  roots: readonly string[],
  realPaths: ReadonlyMap<string, string>,
): Problem[] {
  const { workspace } = createCliService(roots, realPaths);
  const uris = new Map(files.map((path) => [path, pathToUri(path)]));
  for (const uri of uris.values()) workspace.addKnownFile(uri);
  return chunk.flatMap((path) => {
    const uri = uris.get(path)!;
    const problems = fileProblems(workspace, path, cwd, undefined, uri);
    // Every assessment reads its ladder and catalogues, which are kept; nothing reads an assessment or a
    // review but its own reviews, which analyse it again if they come later.
    if (!KEPT_KINDS.has(workspace.kindOf(uri))) workspace.release(uri);
    return problems;
  });
}

/** The kinds of file that other files read, kept for the whole check. */
const KEPT_KINDS = new Set<FileKind | undefined>(['Ladder', 'Competencies']);

/**
 * The problems of every file, in the order of `files`. With several threads the files are split into
 * contiguous shares; this thread analyses the first while workers (the same script, see
 * runCheckWorker) analyse the others, and it waits for them synchronously, so that `ladder check`
 * stays a synchronous function. Each file's problems do not depend on which thread found them. Every
 * thread reads only under `roots` (see commandLineRoots).
 */
export function checkFiles(
  files: readonly string[],
  cwd: string,
  threads: number,
  roots: readonly string[],
  realPaths: ReadonlyMap<string, string> = new Map(),
): Problem[] {
  const script = typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined;
  if (threads <= 1 || !script) return chunkProblems(files, files, cwd, roots, realPaths);
  const size = Math.ceil(files.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size)).filter(
    (chunk) => chunk.length > 0,
  );
  const started = chunks.slice(1).map((chunk) => {
    const { port1, port2 } = new MessageChannel();
    const done = new Int32Array(new SharedArrayBuffer(4));
    const job: CheckJob = {
      ladderCheck: {
        files: [...files],
        chunk,
        cwd,
        roots: [...roots],
        realPaths: new Map(realPaths),
        port: port2,
        done,
      },
    };
    const worker = new Worker(script, { workerData: job, transferList: [port2] });
    worker.unref();
    return { chunk, port: port1, done, worker };
  });
  const results = [chunkProblems(files, chunks[0]!, cwd, roots, realPaths)];
  for (const { chunk, port, done, worker } of started) {
    Atomics.wait(done, 0, 0, WORKER_TIMEOUT_MS);
    const message = receiveMessageOnPort(port)?.message as CheckResult | undefined;
    port.close();
    void worker.terminate();
    // A worker that failed or did not answer: its share is analysed here, with the same result.
    results.push(
      message && 'problems' in message ? message.problems : chunkProblems(files, chunk, cwd, roots, realPaths),
    );
  }
  return results.flat();
}

/** In a worker started by checkFiles: analyses its share and hands the problems back. Returns false elsewhere. */
export function runCheckWorker(): boolean {
  const job = (workerData as Partial<CheckJob> | null)?.ladderCheck;
  if (!job) return false;
  let result: CheckResult;
  try {
    result = { problems: chunkProblems(job.files, job.chunk, job.cwd, job.roots, job.realPaths) };
  } catch (error) {
    result = { error: String(error) };
  }
  job.port.postMessage(result);
  Atomics.store(job.done, 0, 1);
  Atomics.notify(job.done, 0);
  return true;
}
