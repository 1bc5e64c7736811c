/**
 * Runs one job per key after a quiet period; a newer call for the same key replaces the pending one.
 * Used to debounce diagnostics per document.
 */
export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly delayMs: number) {}

  schedule(key: string, job: () => void, delayMs = this.delayMs): void {
    const existing = this.timers.get(key);
    if (existing) clearTimeout(existing);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        job();
      }, delayMs),
    );
  }

  isScheduled(key: string): boolean {
    return this.timers.has(key);
  }

  cancel(key: string): void {
    const existing = this.timers.get(key);
    if (existing) clearTimeout(existing);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}

/**
 * Yields to the event loop so that requests waiting behind a long batch get answered: one turn of the
 * message reader, which queues what it reads with setImmediate in Node and with `setTimeout(…, 0)` in a
 * web worker, which has no setImmediate (vscode-jsonrpc's browser runtime).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );
}
