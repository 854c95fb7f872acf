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

/** A worker process: resolves `ready` once it has warmed up, then, told to go, `done` with its
 * report and the bench's clock at that moment. */
function worker(url: string) {
  const child = fork(WORKER, [url], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let ready!: () => void;
  let done!: (r: { result: WorkerResult; at: number }) => void;
  let failed!: (e: Error) => void;
  const readyP = new Promise<void>((res) => (ready = res));
  const doneP = new Promise<{ result: WorkerResult; at: number }>((res, rej) => {
    done = res;
    failed = rej;
  });
  child.on('message', (m) =>
    m === 'ready' ? ready() : done({ result: m as WorkerResult, at: performance.now() }),
  );
  child.on('error', failed);
  child.on('exit', (code) => {
    if (code !== 0) failed(new Error(`worker exited with ${code}`));
  });
  return {
    ready: Promise.race([readyP, doneP.then(() => undefined)]),
    go: () => child.send('go'),
    done: doneP,
    exited: new Promise<void>((res) => child.on('exit', () => res())),
  };
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
    const procs = Array.from({ length: workers }, () => worker(url.toString()));
    await Promise.all(procs.map((p) => p.ready));
    // From the moment every worker, warmed up, is told to go to the last one done (process
    // start-up and warm-up left out).
    const go = performance.now();
    for (const p of procs) p.go();
    const reports = await Promise.all(procs.map((p) => p.done));
    await Promise.all(procs.map((p) => p.exited));
    const wall = (performance.now() - started) / 1000;
    const seconds = (Math.max(...reports.map((r) => r.at)) - go) / 1000;
    return { seconds, wall, results: reports.map((r) => r.result) };
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
        `${n} worker${n > 1 ? 's' : ''}: ${COUNT} postings drained in ${r.seconds.toFixed(2)} s = ${Math.round(COUNT / r.seconds)} postings/s (${r.wall.toFixed(2)} s with process start-up and warm-up; ${stored} sightings, ${reposts} reposts; jobs per worker ${r.results.map((w) => w.jobs).join('/')}, CPU s per worker ${r.results.map((w) => w.cpuSeconds.toFixed(1)).join('/')}; load average ${load.toFixed(2)})`,
      );
    }
    out.push(
      `speed-up of two workers: ${(one.seconds / two.seconds).toFixed(2)}× (target ≥ 1.7×); the machine has ${(await import('node:os')).availableParallelism()} cores`,
    );
    return out;
  },
};

export default bench;
