/** An ingest worker on the PostgreSQL posting queue: takes jobs until the queue is empty, each
 * through the posting pipeline with the worker's own repost index (loaded once). */
import type { Source } from '../../domain/index.ts';
import type { SalaryStore } from '../../store/index.ts';
import type { PostingQueue } from '../../store/index.ts';
import { ingestPostings, type PostingIngestOptions } from './ingest-postings.ts';
import { readJsonLines } from './read-json-lines.ts';
import { RepostIndex } from './repost-index.ts';

export interface WorkerReport {
  readonly jobs: number;
  readonly read: number;
  readonly stored: number;
  readonly reposts: number;
  readonly observations: number;
  readonly bad: number;
}

export async function drainPostingQueue(
  store: SalaryStore,
  queue: PostingQueue,
  source: (sourceId: string) => Source,
  context: PostingIngestOptions['context'],
): Promise<WorkerReport> {
  const index = new RepostIndex(await store.postingSightingKeys());
  const total = { jobs: 0, read: 0, stored: 0, reposts: 0, observations: 0, bad: 0 };
  while (
    await queue.take(async (job) => {
      const r = await ingestPostings(store, readJsonLines(job.lines, `${job.feed} job ${job.id}`), {
        source: source(job.sourceId),
        feed: job.feed,
        context,
        index,
        cursor: false,
        batchSize: 5000,
      });
      total.jobs += 1;
      total.read += r.read;
      total.stored += r.stored;
      total.reposts += r.reposts;
      total.observations += r.observations;
      total.bad += r.bad.length;
    })
  );
  return total;
}
