/**
 * `npm run bench -- postings`: ingestion on the PostgreSQL server store by worker processes
 * sharing one queue in PostgreSQL (SKIP LOCKED): one worker, then two, on the same synthetic
 * feed (BENCH_QUEUE_POSTINGS, default 40 000), each run in a fresh database dropped after.
 * BENCH_PG_ADMIN_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { postingJobs } from '../src/ingest/postings/queue-jobs.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import { PostingQueue } from '../src/store/postgres/posting-queue.ts';
import type { Benchmark } from './main.ts';
import { syntheticFeed } from './synthetic-postings.ts';

const COUNT = Number(process.env.BENCH_QUEUE_POSTINGS ?? 40_000);
const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const WORKER = fileURLToPath(new URL('./posting-worker.ts', import.meta.url));

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

interface WorkerResult {
  jobs: number;
  stored: number;
  reposts: number;
  observations: number;
  seconds: number;
  cpuSeconds: number;
}

function worker(url: string): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [url], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let out = '';
    child.stdout?.on('data', (d) => (out += String(d)));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop() as string) as WorkerResult)
        : reject(new Error(`worker exited with ${code}`)),
    );
  });
}

async function run(workers: number, lines: readonly string[]) {
  const db = `fourchette_bench_queue_${process.pid}_${workers}`;
  await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${db}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${db}`;
  try {
    (await openPostgresStore(url.toString())).close();
    const queue = await PostingQueue.open(url.toString());
    await queue.enqueue(postingJobs(lines, 'bench', 'bench-postings', 16));
    await queue.close();
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: workers }, () => worker(url.toString())),
    );
    const wall = (performance.now() - started) / 1000;
    // From the first job taken to the last one done (process start-up left out).
    const seconds = Math.max(...results.map((w) => w.seconds));
    return { seconds, wall, results };
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}

const bench: Benchmark = {
  name: 'postings: PostgreSQL store, ingest workers sharing one queue (SKIP LOCKED)',
  async run() {
    const lines = syntheticFeed(COUNT);
    const out: string[] = [];
    const one = await run(1, lines);
    const loadOne = loadavg()[0] as number;
    const two = await run(2, lines);
    const loadTwo = loadavg()[0] as number;
    for (const [n, r, load] of [
      [1, one, loadOne],
      [2, two, loadTwo],
    ] as const) {
      const stored = r.results.reduce((s, w) => s + w.stored, 0);
      const reposts = r.results.reduce((s, w) => s + w.reposts, 0);
      out.push(
        `${n} worker${n > 1 ? 's' : ''}: ${COUNT} postings drained in ${r.seconds.toFixed(2)} s = ${Math.round(COUNT / r.seconds)} postings/s (${r.wall.toFixed(2)} s with process start-up; ${stored} sightings, ${reposts} reposts; jobs per worker ${r.results.map((w) => w.jobs).join('/')}, CPU s per worker ${r.results.map((w) => w.cpuSeconds.toFixed(1)).join('/')}; load average ${load.toFixed(2)})`,
      );
    }
    out.push(
      `speed-up of two workers: ${(one.seconds / two.seconds).toFixed(2)}× (target ≥ 1.7×); the machine has ${(await import('node:os')).availableParallelism()} cores`,
    );
    return out;
  },
};

export default bench;
