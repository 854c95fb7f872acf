/** A small load generator for the fault tests: `connections` loops asking `paths` in turn
 * until stopped, counting answers by status and failures (refused, reset). */
export interface LoadReport {
  readonly statuses: Map<number, number>;
  readonly failures: string[];
  readonly retryAfter: Set<string>;
  total(): number;
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
  let running = true;
  let turn = 0;
  const loop = async () => {
    while (running) {
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
  return {
    report,
    async stop() {
      running = false;
      await Promise.all(loops);
      return report;
    },
  };
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
