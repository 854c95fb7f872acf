/** A small load generator for the fault tests: `connections` loops asking `paths` in turn
 * until stopped, counting answers by status and failures (refused, reset). */
export interface LoadReport {
  readonly statuses: Map<number, number>;
  readonly failures: string[];
  readonly retryAfter: Set<string>;
  total(): number;
}

const running = new Set<() => Promise<LoadReport>>();

/** Stops every load still running: a test's teardown calls it, so that a failed assertion
 * before `stop()` does not leave loops that keep the test process alive. */
export async function stopAllLoads(): Promise<void> {
  await Promise.all([...running].map((stop) => stop()));
}

export function startLoad(
  base: () => string,
  paths: readonly string[],
  connections = 8,
): { stop(): Promise<LoadReport>; report: LoadReport } {
  const report: LoadReport = {
    statuses: new Map(),
    failures: [],
    retryAfter: new Set(),
    total() {
      let n = this.failures.length;
      for (const c of this.statuses.values()) n += c;
      return n;
    },
  };
  let on = true;
  let turn = 0;
  const loop = async () => {
    while (on) {
      const path = paths[turn++ % paths.length] as string;
      try {
        const res = await fetch(`${base()}${path}`, { signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        report.statuses.set(res.status, (report.statuses.get(res.status) ?? 0) + 1);
        const retry = res.headers.get('retry-after');
        if (res.status === 503 && retry) report.retryAfter.add(retry);
      } catch (error) {
        report.failures.push(`${path}: ${(error as Error).message}`);
      }
    }
  };
  const loops = Array.from({ length: connections }, loop);
  const stop = async () => {
    on = false;
    running.delete(stop);
    await Promise.all(loops);
    return report;
  };
  running.add(stop);
  return { report, stop };
}

/** Distinct /api/stats questions (each one misses the answer cache the first time). */
export function statsPaths(count: number): string[] {
  const roles = [
    'ml-engineer',
    'data-scientist',
    'data-engineer',
    'data-analyst',
    'mlops-engineer',
  ];
  const countries = ['FR', 'US', 'GB', 'DE', 'ES', 'NL', 'CA', 'IN'];
  const out: string[] = [];
  for (let i = 0; out.length < count; i += 1) {
    const role = roles[i % roles.length] as string;
    const country = countries[Math.floor(i / roles.length) % countries.length] as string;
    const yearFrom = 2020 + (Math.floor(i / (roles.length * countries.length)) % 6);
    out.push(`/api/stats?role=${role}&country=${country}&yearFrom=${yearFrom}`);
  }
  return out;
}
