/** The processor time `work` takes, in milliseconds (the machine may be busy with other work, which wall-clock time would count). */
export function cpuTimed<T>(work: () => T): { ms: number; value: T } {
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}
