// Runs a slice of the core fuzz cases in a worker thread (see fuzzCore.test.ts) and posts the summary.
import { parentPort, workerData } from 'node:worker_threads';
import { runCoreSlice, type CoreSliceInput } from './coreTarget';

parentPort!.postMessage(runCoreSlice(workerData as CoreSliceInput));
