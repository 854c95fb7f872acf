/**
 * `npm run bench -- postings`: end-to-end ingestion of JobPosting JSON Lines (parse, extract,
 * normalize, dedupe, store) in postings per second:
 * - on one core: the DuckDB store limited to one thread, 10 000 then 100 000 postings (linear
 *   when the rate holds); BENCH_POSTINGS sets the larger count;
 * - on the PostgreSQL server store (postings-queue.bench.ts): one then two worker processes
 *   sharing one queue in PostgreSQL (SKIP LOCKED).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ingestPostings, readJsonLines } from '../src/ingest/postings/index.ts';
import { loadNormalizeTables } from '../src/reference/normalize-tables.ts';
import { classifyTitle } from '../src/reference/roles.ts';
import { postingSource } from '../src/service/ingest-postings.ts';
import { openDuckDbStore } from '../src/store/index.ts';
import type { Benchmark } from './main.ts';
import { syntheticFeed } from './synthetic-postings.ts';

const LARGE = Number(process.env.BENCH_POSTINGS ?? 100_000);
const tables = loadNormalizeTables();

interface Run {
  /** Postings per second of wall time, and per second of this process's CPU time (user +
   * system, all threads: what one core gives when it is not shared with other work). */
  readonly rate: number;
  readonly cpuRate: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly stored: number;
  readonly reposts: number;
  readonly observations: number;
}

async function run(count: number): Promise<Run> {
  const lines = syntheticFeed(count);
  const dir = mkdtempSync(join(tmpdir(), 'fourchette-bench-postings-'));
  const instance = await DuckDBInstance.create(join(dir, 'bench.duckdb'), { threads: '1' });
  const store = await openDuckDbStore(join(dir, 'bench.duckdb'), { instance, readers: 1 });
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const r = await ingestPostings(store, readJsonLines(lines, 'bench.jsonl'), {
      source: postingSource('bench-postings', 'bench', 'CC0-1.0', false),
      feed: 'bench',
      context: { classify: (t) => classifyTitle(t), tables },
      batchSize: 5000,
    });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    return {
      rate: count / seconds,
      cpuRate: count / cpuSeconds,
      seconds,
      cpuSeconds,
      stored: r.stored,
      reposts: r.reposts,
      observations: r.observations,
    };
  } finally {
    await store.close();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

const bench: Benchmark = {
  name: 'postings: end-to-end JobPosting ingestion (one core, DuckDB with 1 thread)',
  async run() {
    const lines: string[] = [];
    await run(2000); // warm-up: JIT, reference tables, classifier
    const small = await run(LARGE / 10);
    const large = await run(LARGE);
    for (const [n, r] of [
      [LARGE / 10, small],
      [LARGE, large],
    ] as const)
      lines.push(
        `${n} postings: ${r.seconds.toFixed(2)} s wall = ${Math.round(r.rate)} postings/s; ${r.cpuSeconds.toFixed(2)} s CPU = ${Math.round(r.cpuRate)} postings/s of one core (${r.stored} sightings, ${r.reposts} reposts, ${r.observations} observations)`,
      );
    lines.push(
      `CPU rate at ${LARGE} / at ${LARGE / 10}: ${(large.cpuRate / small.cpuRate).toFixed(2)} (1.00 = linear); target ≥ 5000 postings/s of one core: ${large.cpuRate >= 5000 ? 'met' : 'NOT met'}`,
      `load average: ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    return lines;
  },
};

export default bench;
