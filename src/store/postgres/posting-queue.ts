/** Posting jobs in PostgreSQL (queries/posting-queue.ts), for ingest workers in server mode. */
import pg from 'pg';
import {
  CLAIM_POSTING_JOB,
  COUNT_POSTING_JOBS,
  CREATE_POSTING_QUEUE,
  ENQUEUE_POSTING_JOBS,
} from '../queries/posting-queue.ts';
import { isConnectionError, unavailableError } from './connection-errors.ts';

export interface PostingJob {
  readonly id: number;
  readonly feed: string;
  readonly sourceId: string;
  readonly lines: readonly string[];
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
      await client.query(CREATE_POSTING_QUEUE);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw unavailableError(url, error);
    }
    return new PostingQueue(client, url);
  }

  async enqueue(jobs: readonly Omit<PostingJob, 'id'>[]): Promise<void> {
    await this.client.query(ENQUEUE_POSTING_JOBS, [
      jobs.map((j) => j.feed),
      jobs.map((j) => j.sourceId),
      jobs.map((j) => j.lines.join('\n')),
    ]);
  }

  async pending(): Promise<number> {
    const r = await this.client.query<{ n: string }>(COUNT_POSTING_JOBS);
    return Number(r.rows[0]?.n ?? 0);
  }

  /** Claims one job and runs `work` on it; the job is deleted when `work` succeeds and given
   * back when it throws (or the process dies). False when the queue is empty. */
  async take(work: (job: PostingJob) => Promise<void>): Promise<boolean> {
    await this.client.query('BEGIN');
    try {
      const r = await this.client.query<{
        id: string;
        feed: string;
        source_id: string;
        lines: string;
      }>(CLAIM_POSTING_JOB);
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
