/**
 * Estimator speed: fit on 75 000 rows, predict 80 000 profiles, and the latency of one warm
 * estimate (API target p50 ≤ 5 ms). Uses the aijobs.net file in ../shared when present,
 * seeded synthetic rows otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Benchmark } from './main.ts';
import { estimate, fitEstimator, type EstimatorRow } from '../src/domain/estimate/index.ts';
import { readAijobsRows } from '../src/formats/index.ts';
import { parseCsv } from '../src/formats/index.ts';
import { syntheticRows } from '../test/helpers/synthetic-salaries.ts';

const FILE = join(
  process.env.FOURCHETTE_SHARED_DIR ?? '../shared',
  'data/aijobs-salaries/salaries.csv',
);

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const bench: Benchmark = {
  name: 'salary estimator: fit 75k rows, predict 80k, one warm estimate',
  async run() {
    let rows: EstimatorRow[];
    let source: string;
    if (existsSync(FILE)) {
      const t = performance.now();
      rows = readAijobsRows(parseCsv(readFileSync(FILE, 'utf8'), FILE), FILE);
      source = `aijobs.net salaries (${rows.length} rows read and parsed in ${(performance.now() - t).toFixed(0)} ms)`;
    } else {
      rows = syntheticRows({ US: 60_000, FR: 20_000, BE: 500 });
      source = 'synthetic rows (../shared not found)';
    }
    const train = rows.slice(0, 75_000);
    const profiles = Array.from({ length: 80_000 }, (_, i) => rows[(75_000 + i) % rows.length]!);

    const t0 = performance.now();
    const model = fitEstimator(train);
    const t1 = performance.now();
    let checksum = 0;
    for (const p of profiles) checksum += estimate(model, p).p50;
    const t2 = performance.now();

    const latencies: number[] = [];
    for (let i = 0; i < 2_000; i += 1) {
      const start = performance.now();
      checksum += estimate(model, profiles[i]!).p50;
      latencies.push(performance.now() - start);
    }
    latencies.sort((a, b) => a - b);
    const size = JSON.stringify(model).length;
    return [
      `source: ${source}`,
      `fit on ${train.length} rows: ${(t1 - t0).toFixed(0)} ms (model ${(size / 1024).toFixed(0)} KiB as JSON)`,
      `predict ${profiles.length} profiles: ${(t2 - t1).toFixed(0)} ms (${Math.round(profiles.length / ((t2 - t1) / 1000)).toLocaleString('en')} per second)`,
      `one warm estimate: p50 ${(percentile(latencies, 0.5) * 1000).toFixed(1)} µs, p99 ${(percentile(latencies, 0.99) * 1000).toFixed(1)} µs (checksum ${checksum % 997})`,
    ];
  },
};

export default bench;
