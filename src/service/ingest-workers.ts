/**
 * `fourchette ingest FILE --workers N` on the PostgreSQL server store: the feed is cut into
 * jobs by repost block (ingest/postings/queue-jobs.ts) and queued in PostgreSQL; N worker
 * processes (src/ingest-worker-main.ts) take them with SKIP LOCKED until none is left, each
 * through the same posting pipeline as an ingest in one process. A job is deleted in the
 * transaction that claimed it once its postings are stored: a killed worker gives its job back,
 * a killed ingest leaves the rest queued, and the same command finishes them (stored postings
 * are not stored twice).
 */
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import type { Config } from '../config.ts';
import {
  addPostingCounts,
  jobCount,
  postingJobs,
  type BadRecord,
  type PostingIngestReport,
  type WorkerReport,
} from '../ingest/index.ts';
import { openPostgresStore, openPostingQueue, type PostingQueue } from '../store/index.ts';
import { AppError } from './errors.ts';
import {
  checkPostingSourceId,
  defaultPostingSourceId,
  postingFileFeed,
  postingSource,
  type PostingFormat,
} from './ingest-postings.ts';

const WORKER_MAIN = resolve(import.meta.dirname ?? '.', '..', 'ingest-worker-main.ts');
const MAX_WORKERS = 64;

/** V8 runs garbage collection and compilation on background threads, which pay off while a
 * core is idle. With as many workers as cores there is none: the threads then take CPU from the
 * other workers (on 2 cores, two default workers drained the queue bench at 13 300–15 400
 * postings/s, two single-threaded ones at 15 200–16 000/s), so each worker runs single-threaded. */
export function postingWorkerFlags(workers: number, cores = availableParallelism()): string[] {
  return workers >= cores ? ['--single-threaded'] : [];
}

/** The number of workers as the user gave it, checked. */
export function checkWorkerCount(value: string | number): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS)
    throw new AppError(
      'invalid-parameter',
      400,
      `--workers "${value}" is invalid (expected a whole number from 1 to ${MAX_WORKERS}, such as ${availableParallelism()}, the number of cores)`,
      { parameter: 'workers', value, expected: `1 to ${MAX_WORKERS}` },
    );
  return n;
}

/** The PostgreSQL connection string of a configuration whose store is PostgreSQL. */
function serverUrl(config: Config): string {
  if (config.store !== 'postgres' || !config.databaseUrl)
    throw new AppError(
      'invalid-parameter',
      400,
      `--workers needs the PostgreSQL server store, since the embedded store has one writer (set FOURCHETTE_STORE=postgres and DATABASE_URL=postgres://…, or leave out --workers; the store now is ${config.store})`,
      { parameter: 'workers' },
    );
  return config.databaseUrl;
}

export interface QueuedFeed {
  readonly feed: string;
  readonly sourceId: string;
  /** Jobs of the feed waiting now. */
  readonly jobs: number;
  /** True when the jobs were already queued by an earlier run that did not finish. */
  readonly resumed: boolean;
}

export interface QueueFileOptions {
  readonly workers: number;
  readonly sourceId?: string;
  readonly licence?: string;
  readonly shareEvidence?: boolean;
  /** Drop the feed's jobs still queued by an earlier run and queue the file anew. */
  readonly fromStart?: boolean;
}

/** The feed a file is queued as and the database it goes to, once checked that workers can read
 * it (the PostgreSQL store, a JSON Lines file, a valid source id). */
export function workersFeed(
  config: Config,
  file: string,
  format: PostingFormat,
  sourceId?: string,
): { feed: string; sourceId: string; url: string } {
  const url = serverUrl(config);
  if (format !== 'json-lines')
    throw new AppError(
      'invalid-parameter',
      400,
      `--workers reads JSON Lines feeds (.jsonl, .ndjson): ${file} is ${format === 'csv' ? 'a CSV' : 'an HTML'} feed (leave out --workers for it)`,
      { parameter: 'workers' },
    );
  const id = checkPostingSourceId(sourceId ?? defaultPostingSourceId(file));
  return { feed: postingFileFeed(id, file), sourceId: id, url };
}

/** Queues a JSON Lines feed file, unless an earlier run left its jobs queued (they are the rest
 * of the same file: finishing them is the resume). */
export async function queuePostingFile(
  config: Config,
  file: string,
  format: PostingFormat,
  options: QueueFileOptions,
): Promise<QueuedFeed> {
  const { feed, sourceId, url } = workersFeed(config, file, format, options.sourceId);
  const source = postingSource(
    sourceId,
    basename(file),
    options.licence ?? 'unknown',
    options.shareEvidence ?? false,
  );
  const queue = await openPostingQueue(url);
  try {
    if (options.fromStart) await queue.dropFeed(feed);
    else {
      const left = await queue.pending(feed);
      if (left > 0) return { feed, sourceId, jobs: left, resumed: true };
    }
    // The source is stored by the workers, with each job (its meta carries it).
    // Whole, in memory: a repost block must stay in one job (its worker's repost index sees
    // the whole block), so the partition of every line is known before the first job goes.
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    const drafts = postingJobs(lines, feed, sourceId, jobCount(lines.length, options.workers));
    const meta = { source, shareEvidence: options.shareEvidence ?? false, name: basename(file) };
    await queue.enqueue(
      drafts.map((d) => ({
        feed: d.feed,
        sourceId: d.sourceId,
        lines: d.lines,
        meta: { ...meta, lineNumbers: d.lineNumbers },
      })),
    );
    return { feed, sourceId, jobs: drafts.length, resumed: false };
  } finally {
    await queue.close();
  }
}

export interface WorkersProgress {
  readonly jobsDone: number;
  readonly jobs: number;
  readonly read: number;
  readonly stored: number;
}

type WorkerMessage =
  | { type: 'job' | 'done'; report: WorkerReport }
  | { type: 'error'; message: string }
  | { type: 'ready' };

export interface PostingWorkers {
  /** The feed is queued: the workers take its jobs (each once it is ready). */
  go(queued: QueuedFeed): void;
  /** The feed could not be queued: the workers stop without taking anything. */
  stop(): void;
  /** The sum of their reports once every one is done; rejects with the failures when one
   * failed (its job stays queued) and names how many jobs are left. */
  readonly done: Promise<WorkerReport>;
}

/** Starts `workers` worker processes on a feed before it is queued, so that their start-up
 * (loading the code and the reference tables) runs while the feed is read and queued; they
 * take jobs once told to go, until none of the feed's is left. */
export function startPostingWorkers(
  config: Config,
  feed: string,
  workers: number,
  onProgress?: (p: WorkersProgress) => void,
  env: NodeJS.ProcessEnv = process.env,
): PostingWorkers {
  const url = serverUrl(config);
  const latest = new Map<number, WorkerReport>();
  const total = (): WorkerReport => {
    const sum = { jobs: 0, read: 0, stored: 0, resent: 0, reposts: 0, observations: 0 };
    const bad: BadRecord[] = [];
    for (const r of latest.values()) {
      sum.jobs += r.jobs;
      addPostingCounts(sum, r);
      bad.push(...r.bad);
    }
    bad.sort((a, b) => a.line - b.line);
    return { ...sum, bad };
  };
  let jobs = 0;
  let stopped = false;
  const failures: string[] = [];
  const execArgv = [...process.execArgv, ...postingWorkerFlags(workers)];
  const children = Array.from({ length: workers }, (_, w) => {
    const child = fork(WORKER_MAIN, [feed], {
      execArgv,
      env,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4_000);
    });
    let error: string | null = null;
    let markReady!: () => void;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'ready') markReady();
      else if (m.type === 'error') error = m.message;
      else {
        latest.set(w, m.report);
        if (m.type === 'job') {
          const t = total();
          onProgress?.({ jobsDone: t.jobs, jobs, read: t.read, stored: t.stored });
        }
      }
    });
    // Stopping the ingest (Ctrl-C) stops its workers: their jobs go back to the queue.
    const exited = new Promise<void>((done) =>
      child.once('exit', (code, signal) => {
        if (code !== 0 && !stopped)
          failures.push(
            error ??
              `worker ${w + 1} stopped (${signal ?? `exit code ${code}`})${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`,
          );
        markReady();
        done();
      }),
    );
    return { child, ready, exited };
  });
  const done = (async () => {
    await Promise.all(children.map((c) => c.exited));
    if (stopped) return total();
    if (failures.length > 0) {
      const left = await countQueued(url, feed).catch(() => null);
      throw new AppError(
        'ingest-workers-failed',
        500,
        `${failures.join('; ')}${left === null ? '' : `; ${left} of ${jobs} jobs of the feed are still queued`} (run the same command again to finish them: what is stored stays, and is not stored twice)`,
      );
    }
    return total();
  })();
  return {
    go(queued) {
      jobs = queued.jobs;
      for (const c of children)
        void c.ready.then(() => {
          if (c.child.connected) c.child.send('go');
        });
    },
    stop() {
      stopped = true;
      for (const c of children) c.child.kill('SIGTERM');
    },
    done,
  };
}

async function countQueued(url: string, feed: string): Promise<number> {
  const queue: PostingQueue = await openPostingQueue(url);
  try {
    return await queue.pending(feed);
  } finally {
    await queue.close();
  }
}

/** The workers' sum as the report of an ingest in one process. When this run queued the whole
 * file, the feed's cursor is saved as read through, so that an ingest of the same file without
 * --workers starts after it (a resumed run's report covers only the rest: no cursor, and such
 * an ingest reads the file again, storing nothing twice). */
export async function finishPostingFile(
  config: Config,
  queued: QueuedFeed,
  report: WorkerReport,
): Promise<PostingIngestReport> {
  if (!queued.resumed) {
    const store = await openPostgresStore(serverUrl(config), { maxConnections: 1, cache: false });
    try {
      // As ingestPostings counts them: every record and every bad line.
      await store.saveFeedCursor(
        queued.feed,
        JSON.stringify({ records: report.read + report.bad.length }),
      );
    } finally {
      await store.close();
    }
  }
  return {
    feed: queued.feed,
    sourceId: queued.sourceId,
    resumedAfter: 0,
    read: report.read,
    stored: report.stored,
    resent: report.resent,
    reposts: report.reposts,
    observations: report.observations,
    bad: report.bad,
  };
}
