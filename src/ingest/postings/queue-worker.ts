/** An ingest worker on the PostgreSQL posting queue: takes jobs until the queue is empty, each
 * through the posting pipeline with the worker's own repost index (loaded once). */
import type { Source } from '../../domain/index.ts';
import type { SalaryStore } from '../../store/index.ts';
import type { PostingQueue } from '../../store/index.ts';
import { ingestPostings, type PostingIngestOptions } from './ingest-postings.ts';
import type { BadRecord } from './posting-record.ts';
import { readJsonLines } from './read-json-lines.ts';
import { RepostIndex } from './repost-index.ts';

export interface WorkerReport {
  readonly jobs: number;
  readonly read: number;
  readonly stored: number;
  readonly resent: number;
  readonly reposts: number;
  readonly observations: number;
  /** The bad lines, with their number in the feed's file. */
  readonly bad: BadRecord[];
}

type Counts = Record<(typeof COUNTS)[number], number>;
const COUNTS = ['read', 'stored', 'resent', 'reposts', 'observations'] as const;

/** Adds the counts of `r` to `into`. */
export function addPostingCounts(into: Counts, r: Readonly<Counts>): void {
  for (const k of COUNTS) into[k] += r[k];
}

export interface DrainOptions {
  /** Take only this feed's jobs (default: any feed's). */
  readonly feed?: string | null;
  /** After each job, with the totals so far. */
  readonly onJob?: (report: WorkerReport) => void;
}

export async function drainPostingQueue(
  store: SalaryStore,
  queue: PostingQueue,
  source: (sourceId: string) => Source,
  context: PostingIngestOptions['context'],
  options: DrainOptions = {},
): Promise<WorkerReport> {
  const index = new RepostIndex(await store.postingSightingKeys());
  const total = { jobs: 0, read: 0, stored: 0, resent: 0, reposts: 0, observations: 0 };
  const bad: BadRecord[] = [];
  while (
    await queue.take(async (job) => {
      const meta = job.meta ?? {};
      const lines = readJsonLines(
        job.lines,
        meta.name ?? `${job.feed} job ${job.id}`,
        meta.lineNumbers,
      );
      const r = await ingestPostings(store, lines, {
        source: meta.source ?? source(job.sourceId),
        feed: job.feed,
        context,
        index,
        cursor: false,
        batchSize: 5000,
        ...(meta.shareEvidence !== undefined ? { shareEvidence: meta.shareEvidence } : {}),
      });
      total.jobs += 1;
      addPostingCounts(total, r);
      bad.push(...r.bad);
      options.onJob?.({ ...total, bad });
    }, options.feed ?? null)
  );
  return { ...total, bad };
}
