/**
 * `npm run bench -- postings`: ingestion on the PostgreSQL server store by worker processes
 * sharing one queue in PostgreSQL (SKIP LOCKED): one worker, then two, on the same synthetic
 * feed (BENCH_QUEUE_POSTINGS, default 40 000), each run in a fresh database dropped after;
 * BENCH_QUEUE_ROUNDS rounds (default 3), speed-ups as the median of the rounds.
 * BENCH_PG_ADMIN_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { jobCount, postingJobs } from '../src/ingest/postings/queue-jobs.ts';
import { postingWorkerFlags } from '../src/service/ingest-workers.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import { PostingQueue } from '../src/store/postgres/posting-queue.ts';
import type { Benchmark } from './main.ts';
import { syntheticFeed } from './synthetic-postings.ts';

const COUNT = Number(process.env.BENCH_QUEUE_POSTINGS ?? 40_000);
const ROUNDS = Number(process.env.BENCH_QUEUE_ROUNDS ?? 3);
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

/** Busy and total CPU time of the machine so far, in seconds (Linux /proc/stat; USER_HZ 100),
 * or null elsewhere: the drain window's busy share tells CPU-bound from waiting. */
function machineCpu(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1);
    const ticks = (fields ?? []).map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return { busy: (total - idle) / 100, total: total / 100 };
  } catch {
    return null;
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
function worker(url: string, flags: readonly string[]) {
  const child = fork(WORKER, [url], {
    execArgv: ['--import', 'tsx', ...flags],
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

/** `workers` workers with the V8 flags `fourchette ingest --workers N` gives them (unless
 * `flags` says otherwise). */
async function run(workers: number, lines: readonly string[], flags = postingWorkerFlags(workers)) {
  const db = `fourchette_bench_queue_${process.pid}_${workers}`;
  await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${db}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${db}`;
  try {
    (await openPostgresStore(url.toString())).close();
    const queue = await PostingQueue.open(url.toString());
    await queue.enqueue(
      postingJobs(lines, 'bench', 'bench-postings', jobCount(lines.length, workers)),
    );
    await queue.close();
    const started = performance.now();
    const procs = Array.from({ length: workers }, () => worker(url.toString(), flags));
    await Promise.all(procs.map((p) => p.ready));
    // From the moment every worker, warmed up, is told to go to the last one done (process
    // start-up and warm-up left out).
    const go = performance.now();
    const cpuAtGo = machineCpu();
    for (const p of procs) p.go();
    const reports = await Promise.all(procs.map((p) => p.done));
    const cpuAtEnd = machineCpu();
    await Promise.all(procs.map((p) => p.exited));
    const wall = (performance.now() - started) / 1000;
    const seconds = (Math.max(...reports.map((r) => r.at)) - go) / 1000;
    const busy =
      cpuAtGo && cpuAtEnd
        ? {
            seconds: cpuAtEnd.busy - cpuAtGo.busy,
            share: (cpuAtEnd.busy - cpuAtGo.busy) / (cpuAtEnd.total - cpuAtGo.total),
          }
        : null;
    return { seconds, wall, busy, results: reports.map((r) => r.result) };
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}

type Run = Awaited<ReturnType<typeof run>>;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const bench: Benchmark = {
  name: 'postings: PostgreSQL store, ingest workers sharing one queue (SKIP LOCKED)',
  async run() {
    const lines = syntheticFeed(COUNT);
    const out: string[] = [];
    // One worker as `--workers 1` runs it, two as `--workers 2`; and one with the flags of the
    // two (single-threaded on a machine of 2 cores), the same program scaled. A single drain
    // lasts 3–6 s, and on a shared 2-core machine one run's time moves by ±20% from one run to
    // the next, so the three are run ROUNDS times, in a rotated order, and the speed-ups are
    // the medians of the rounds' ratios.
    const twoFlags = postingWorkerFlags(2);
    const kinds = [
      { label: '1 worker', workers: 1, flags: postingWorkerFlags(1) },
      { label: '2 workers', workers: 2, flags: twoFlags },
      ...(twoFlags.length > 0
        ? [{ label: `1 worker ${twoFlags.join(' ')}`, workers: 1, flags: twoFlags }]
        : []),
    ];
    const sameRatios: number[] = [];
    const defaultRatios: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const runs = new Map<string, Run>();
      for (let k = 0; k < kinds.length; k += 1) {
        const kind = kinds[(k + round) % kinds.length] as (typeof kinds)[number];
        const r = await run(kind.workers, lines, kind.flags);
        runs.set(kind.label, r);
        const stored = r.results.reduce((s, w) => s + w.stored, 0);
        const reposts = r.results.reduce((s, w) => s + w.reposts, 0);
        out.push(
          `round ${round + 1}, ${kind.label}: ${COUNT} postings drained in ${r.seconds.toFixed(2)} s = ${Math.round(COUNT / r.seconds)} postings/s (${r.wall.toFixed(2)} s with process start-up and warm-up; ${stored} sightings, ${reposts} reposts; jobs per worker ${r.results.map((w) => w.jobs).join('/')}, CPU s per worker ${r.results.map((w) => w.cpuSeconds.toFixed(1)).join('/')}${r.busy ? `; machine CPU busy ${r.busy.seconds.toFixed(1)} s, ${(100 * r.busy.share).toFixed(0)}% of all cores` : ''}; load average ${(loadavg()[0] as number).toFixed(2)})`,
        );
      }
      const one = runs.get('1 worker') as Run;
      const two = runs.get('2 workers') as Run;
      const same = runs.get(kinds[2]?.label ?? '') ?? one;
      sameRatios.push(same.seconds / two.seconds);
      if (same !== one) defaultRatios.push(one.seconds / two.seconds);
    }
    const cores = (await import('node:os')).availableParallelism();
    const list = (xs: readonly number[]) => xs.map((x) => `${x.toFixed(2)}×`).join(', ');
    // The speed-up of the same program on one worker and on two (T1 / T2, the same V8 flags);
    // and against one worker as `--workers 1` runs it, whose V8 background threads borrow the
    // idle core (docs/decisions/2026-12-01-ingest-scale.md).
    out.push(
      `speed-up of two workers over one, same program and flags${twoFlags.length ? ` (${twoFlags.join(' ')})` : ''}: median ${median(sameRatios).toFixed(2)}× over ${ROUNDS} rounds (${list(sameRatios)}; target ≥ 1.7×); the machine has ${cores} cores`,
    );
    if (defaultRatios.length > 0)
      out.push(
        `speed-up of two workers over one with V8's background threads (as --workers 1 runs it, faster alone): median ${median(defaultRatios).toFixed(2)}× (${list(defaultRatios)}; target ≥ 1.7×)`,
      );
    return out;
  },
};

export default bench;
