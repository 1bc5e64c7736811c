// Spreads fuzz cases over worker threads (the test files are TypeScript, so each worker loads tsx first).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Workers to use: one per core, at most four, at least one. LADDER_FUZZ_WORKERS overrides. */
export function workerCount(): number {
  const fromEnv = Number(process.env['LADDER_FUZZ_WORKERS']);
  if (Number.isInteger(fromEnv) && fromEnv >= 1) return fromEnv;
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Splits `indices` round-robin into `parts` slices (so slow and fast cases spread evenly). */
export function slices(indices: readonly number[], parts: number): number[][] {
  const result: number[][] = Array.from({ length: parts }, () => []);
  indices.forEach((index, position) => result[position % parts]!.push(index));
  return result.filter((slice) => slice.length > 0);
}

/** Runs the TypeScript module `file` in a worker with `data`, and resolves with the one message it posts. */
export function runInWorker<T>(file: string, data: unknown): Promise<T> {
  const code = `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(file)});`;
  const worker = new Worker(code, { eval: true, workerData: data });
  return new Promise<T>((resolve, reject) => {
    let answered = false;
    worker.once('message', (message: T) => {
      answered = true;
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`fuzz worker ${file} exited with code ${code} without a result`));
    });
  });
}
