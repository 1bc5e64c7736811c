// The longest time the server's thread was blocked, seen from the client: a request the server does not
// know is sent again `everyMs` after each answer. The server answers it at once (MethodNotFound) unless
// its thread is busy, so a wait is the time until the thread was free again, plus the round trip
// (under 1 ms on stdio). A block of B ms shows as a wait of at least B − everyMs; the longest wait is
// reported (with the round trip in it, it errs on the long side).

import { performance } from 'node:perf_hooks';
import { delay } from './lspClient.mjs';
import { round } from './stats.mjs';

const PROBE_METHOD = 'bench/probe';

/** Starts probing `client`'s server; `stop()` resolves with the longest wait, the median and the count. */
export function startBlockProbe(client, everyMs = 5) {
  const waits = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      await client.request(PROBE_METHOD, {}).catch(() => undefined);
      waits.push(performance.now() - start);
      await delay(everyMs);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      const sorted = [...waits].sort((a, b) => a - b);
      return {
        longestMs: round(sorted[sorted.length - 1] ?? 0, 1),
        medianMs: round(sorted[Math.floor(sorted.length / 2)] ?? 0, 1),
        probes: waits.length,
        everyMs,
      };
    },
  };
}
