import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freshDatabaseUrl, postgresSkip as skip } from '../testing/postgres-databases.ts';
import { PostingQueue, type PostingJob } from './posting-queue.ts';

const job = (feed: string, n: number) => ({
  feed,
  sourceId: `src-${feed}`,
  lines: [`{"n":${n}}`, `{"n":${n + 1}}`],
  meta: { name: `${feed}.jsonl`, lineNumbers: [n, n + 1] },
});

describe('PostgreSQL posting queue', { skip }, () => {
  it('gives each job to one taker, keeps its meta, and takes one feed’s jobs when asked', async () => {
    const url = await freshDatabaseUrl();
    const [a, b] = await Promise.all([PostingQueue.open(url), PostingQueue.open(url)]);
    try {
      await a.enqueue([job('x', 1), job('y', 10), job('x', 3)]);
      assert.equal(await a.pending(), 3);
      assert.equal(await a.pending('x'), 2);
      // While a holds a job, b takes the next one, never the same.
      const seen: PostingJob[] = [];
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const first = a.take(async (j) => {
        seen.push(j);
        await held;
      }, 'x');
      await new Promise((r) => setTimeout(r, 100));
      assert.equal(await b.take(async (j) => void seen.push(j), 'x'), true);
      release();
      assert.equal(await first, true);
      assert.deepEqual(
        seen.map((j) => j.meta?.lineNumbers),
        [
          [1, 2],
          [3, 4],
        ],
      );
      assert.equal(seen[0]?.meta?.name, 'x.jsonl');
      assert.equal(await b.take(async () => undefined, 'x'), false, 'no job of x is left');
      assert.equal(await a.pending(), 1, 'the job of y is still there');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('queues a feed whole or not at all', async () => {
    const url = await freshDatabaseUrl();
    const q = await PostingQueue.open(url);
    try {
      // PostgreSQL text cannot hold a NUL: the third job fails, and the first two go with it.
      const broken = { ...job('x', 5), lines: ['{"n":"\u0000"}'] };
      await assert.rejects(q.enqueue([job('x', 1), job('x', 3), broken]));
      assert.equal(await q.pending(), 0);
      await q.enqueue([job('x', 1), job('x', 3)]);
      assert.equal(await q.pending('x'), 2);
    } finally {
      await q.close();
    }
  });

  it('gives a job back when its work fails, and drops a feed’s jobs', async () => {
    const url = await freshDatabaseUrl();
    const q = await PostingQueue.open(url);
    try {
      await q.enqueue([job('x', 1), job('x', 3), job('y', 5)]);
      await assert.rejects(
        q.take(async () => {
          throw new Error('extraction failed');
        }),
        /extraction failed/,
      );
      assert.equal(await q.pending('x'), 2, 'the failed job is queued again');
      assert.equal(await q.dropFeed('x'), 2);
      assert.equal(await q.pending(), 1);
    } finally {
      await q.close();
    }
  });
});
