import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type {
  AnalysisRunner,
  AnalysisRunnerFactory,
  AnalysisSettings,
  Diagnosis,
  WorkspaceEvent,
} from '../lsp/analysisRunner';
import type { DiagnoseMessage, DiagnosisReply } from './analysisMessages';

/**
 * Open documents over this many characters (about 3,300 lines of a typical ladder, where an analysis
 * costs more than ~30 ms) are diagnosed in the worker; smaller ones on the server's thread, where they
 * are ready sooner.
 */
export const OFF_THREAD_MIN_CHARS = 120_000;

interface Request {
  id: number;
  uri: string;
  /** How many events the worker had been sent when the request went out. */
  sentAt?: number;
  resolve(diagnosis: Diagnosis | undefined): void;
  reject(error: Error): void;
}

/**
 * Diagnoses big documents in a worker thread (analysisWorker.ts, bundled as dist/analysisWorker.js next
 * to the server) that holds a copy of the workspace. The copy is brought up to date with the events
 * recorded since the last request (a document's successive texts recorded as its latest one only). One
 * request runs at a time; a newer request for a document replaces its waiting one, and the answer to an
 * older one that was already running is dropped, so a burst of edits costs at most two analyses. The
 * worker starts with the first request; if it fails, every document is diagnosed on the server's thread
 * from then on.
 */
class WorkerAnalyses implements AnalysisRunner {
  private worker: Worker | undefined;
  private broken = false;
  private journal: WorkspaceEvent[] = [];
  /** Where a document's `open` event is in the journal, while it is the last event of that document. */
  private readonly lastOpen = new Map<string, number>();
  private events = 0;
  private readonly lastEventOf = new Map<string, number>();
  private lastRootsEvent = 0;
  private nextId = 0;
  private readonly newest = new Map<string, number>();
  private running: Request | undefined;
  private readonly waiting = new Map<string, Request>();

  constructor(
    private readonly script: string,
    private readonly settings: AnalysisSettings,
    private readonly minChars: number,
  ) {}

  handles(chars: number): boolean {
    return !this.broken && chars > this.minChars;
  }

  mirror(event: WorkspaceEvent): void {
    this.events++;
    if (event.type === 'roots') {
      this.lastRootsEvent = this.events;
      this.journal.push(event);
      return;
    }
    this.lastEventOf.set(event.uri, this.events);
    const earlier = event.type === 'open' ? this.lastOpen.get(event.uri) : undefined;
    if (earlier !== undefined) {
      this.journal[earlier] = event;
      return;
    }
    if (event.type === 'open') this.lastOpen.set(event.uri, this.journal.length);
    else this.lastOpen.delete(event.uri);
    this.journal.push(event);
  }

  diagnose(uri: string): Promise<Diagnosis | undefined> {
    const id = ++this.nextId;
    this.newest.set(uri, id);
    return new Promise((resolve, reject) => {
      this.waiting.get(uri)?.resolve(undefined);
      this.waiting.delete(uri);
      this.waiting.set(uri, { id, uri, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running) return;
    const request = this.waiting.values().next().value as Request | undefined;
    if (!request) return;
    this.waiting.delete(request.uri);
    if (this.broken) {
      request.reject(new Error('The analysis worker stopped.'));
      return this.next();
    }
    request.sentAt = this.events;
    this.running = request;
    const message: DiagnoseMessage = { id: request.id, events: this.journal, uri: request.uri };
    this.journal = [];
    this.lastOpen.clear();
    this.start().postMessage(message);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: this.settings });
    worker.unref();
    worker.on('message', (reply: DiagnosisReply) => this.answered(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`The analysis worker exited with code ${code}.`)));
    this.worker = worker;
    return worker;
  }

  private answered(reply: DiagnosisReply): void {
    const request = this.running;
    if (!request || request.id !== reply.id) return;
    this.running = undefined;
    if ('error' in reply) request.reject(new Error(reply.error));
    else if (this.newest.get(request.uri) !== request.id) request.resolve(undefined);
    else request.resolve(this.unchangedSince(request.sentAt ?? 0, reply.diagnosis));
    this.next();
  }

  /** The diagnosis without the dependents that changed after the request went out. */
  private unchangedSince(sentAt: number, diagnosis: Diagnosis): Diagnosis {
    if (this.lastRootsEvent > sentAt) return diagnosis.slice(0, 1);
    return diagnosis.filter(([uri], index) => index === 0 || (this.lastEventOf.get(uri) ?? 0) <= sentAt);
  }

  private fail(error: Error): void {
    if (this.broken) return;
    this.broken = true;
    this.worker = undefined;
    this.running?.reject(error);
    this.running = undefined;
    for (const request of this.waiting.values()) request.reject(error);
    this.waiting.clear();
  }

  dispose(): void {
    const worker = this.worker;
    this.fail(new Error('The analysis worker was stopped.'));
    void worker?.terminate();
  }
}

/** Analyses open documents over `minChars` in a worker thread running `script`. */
export function workerAnalyses(
  script = join(__dirname, 'analysisWorker.js'),
  minChars = OFF_THREAD_MIN_CHARS,
): AnalysisRunnerFactory {
  return (settings) => new WorkerAnalyses(script, settings, minChars);
}
