/** Posting jobs in PostgreSQL (queries/posting-queue.ts), for ingest workers in server mode. */
import pg from 'pg';
import type { Source } from '../../domain/index.ts';
import {
  CLAIM_POSTING_JOB,
  COUNT_POSTING_JOBS,
  CREATE_POSTING_QUEUE,
  DROP_FEED_JOBS,
  ENQUEUE_POSTING_JOB,
  POSTING_QUEUE_READY,
} from '../queries/posting-queue.ts';
import { isConnectionError, unavailableError } from './connection-errors.ts';

/** What a worker needs to store and report a job as an ingest in one process would. */
export interface PostingJobMeta {
  /** The source as the user named it (title, licence…); else one is made of the id. */
  readonly source?: Source;
  readonly shareEvidence?: boolean;
  /** The feed's file name, for the bad lines' messages. */
  readonly name?: string;
  /** The 1-based number of each line in the feed's file. */
  readonly lineNumbers?: readonly number[];
}

export interface PostingJob {
  readonly id: number;
  readonly feed: string;
  readonly sourceId: string;
  readonly lines: readonly string[];
  readonly meta?: PostingJobMeta;
}

export class PostingQueue {
  private constructor(
    private readonly client: pg.Client,
    private readonly url: string,
  ) {}

  static async open(url: string): Promise<PostingQueue> {
    const client = new pg.Client({ connectionString: url });
    // Heard, or a server restart between two statements would end the process; the next
    // statement fails instead (not queryable), as a store-unavailable error.
    client.on('error', () => undefined);
    try {
      await client.connect();
      const ready = await client.query<{ ready: boolean }>(POSTING_QUEUE_READY);
      if (!ready.rows[0]?.ready) {
        // One process at a time: two CREATE TABLE IF NOT EXISTS at once on a new database may
        // both create the table's type, and one fails.
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(4242031)');
        for (const sql of CREATE_POSTING_QUEUE) await client.query(sql);
        await client.query('COMMIT');
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      throw unavailableError(url, error);
    }
    return new PostingQueue(client, url);
  }

  /** Queues the jobs in one transaction: all of them or none (a run stopped while queueing
   * leaves nothing to mistake for the rest of its feed). One statement a job, its lines a plain
   * text parameter (an array literal of megabytes cost more to build and parse). */
  async enqueue(jobs: readonly Omit<PostingJob, 'id'>[]): Promise<void> {
    await this.client.query('BEGIN');
    try {
      for (const j of jobs)
        await this.client.query(ENQUEUE_POSTING_JOB, [
          j.feed,
          j.sourceId,
          j.lines.join('\n'),
          j.meta ? JSON.stringify(j.meta) : null,
        ]);
      await this.client.query('COMMIT');
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw isConnectionError(error) ? unavailableError(this.url, error) : error;
    }
  }

  /** Jobs waiting (or held by a worker), of one feed or of all. */
  async pending(feed: string | null = null): Promise<number> {
    const r = await this.client.query<{ n: string }>(COUNT_POSTING_JOBS, [feed]);
    return Number(r.rows[0]?.n ?? 0);
  }

  /** Removes the waiting jobs of a feed (to queue it again from its start). */
  async dropFeed(feed: string): Promise<number> {
    return (await this.client.query(DROP_FEED_JOBS, [feed])).rowCount ?? 0;
  }

  /** Claims one job and runs `work` on it; the job is deleted when `work` succeeds and given
   * back when it throws (or the process dies). False when the queue is empty. */
  async take(
    work: (job: PostingJob) => Promise<void>,
    feed: string | null = null,
  ): Promise<boolean> {
    await this.client.query('BEGIN');
    try {
      const r = await this.client.query<{
        id: string;
        feed: string;
        source_id: string;
        lines: string;
        meta: string | null;
      }>(CLAIM_POSTING_JOB, [feed]);
      const row = r.rows[0];
      if (!row) {
        await this.client.query('COMMIT');
        return false;
      }
      await work({
        id: Number(row.id),
        feed: row.feed,
        sourceId: row.source_id,
        lines: row.lines.split('\n'),
        ...(row.meta ? { meta: JSON.parse(row.meta) as PostingJobMeta } : {}),
      });
      await this.client.query('COMMIT');
      return true;
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      if (isConnectionError(error)) throw unavailableError(this.url, error);
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
