/** One ingest worker process of postings-queue.bench.ts: drains the queue of the database at
 * argv[2] and prints its report as one JSON line. Like postings.bench.ts, it warms up before
 * the clock starts (a long-running worker pays its JIT once): 5 000 postings of another feed
 * through the pipeline, into a store that keeps nothing. Then it says "ready" to the bench
 * (IPC) and starts draining on "go", so that all workers start together; its report goes
 * back over IPC too, as soon as the queue is drained. */
import { ingestPostings, readJsonLines } from '../src/ingest/postings/index.ts';
import { drainPostingQueue } from '../src/ingest/postings/queue-worker.ts';
import { loadNormalizeTables } from '../src/reference/normalize-tables.ts';
import { classifyTitle } from '../src/reference/roles.ts';
import { postingSource } from '../src/service/ingest-postings.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import { PostingQueue } from '../src/store/postgres/posting-queue.ts';
import type { SalaryStore } from '../src/store/index.ts';
import { syntheticFeed } from './synthetic-postings.ts';

const url = process.argv[2] as string;
const tables = loadNormalizeTables();
const context = { classify: (t: string) => classifyTitle(t), tables };
const keepsNothing = {
  upsertSources: async () => undefined,
  insertObservations: async (rows: readonly unknown[]) => ({ inserted: rows.length, skipped: 0 }),
  insertPostingSightings: async (rows: readonly unknown[]) => ({
    inserted: rows.length,
    skipped: 0,
  }),
  postingSightingKeys: async () => [],
  feedCursor: async () => null,
  saveFeedCursor: async () => undefined,
} as unknown as SalaryStore;
await ingestPostings(keepsNothing, readJsonLines(syntheticFeed(5000, 7), 'warm-up.jsonl'), {
  source: postingSource('warm-up', 'warm-up', 'CC0-1.0', false),
  feed: 'warm-up',
  context,
});
const store = await openPostgresStore(url, { maxConnections: 2, cache: false });
const queue = await PostingQueue.open(url);
await new Promise<void>((go) => {
  process.once('message', () => go());
  process.send?.('ready');
});
const started = performance.now();
const cpu = process.cpuUsage();
const report = await drainPostingQueue(
  store,
  queue,
  (id) => postingSource(id, id, 'CC0-1.0', false),
  context,
);
const used = process.cpuUsage(cpu);
const result = {
  ...report,
  seconds: (performance.now() - started) / 1000,
  cpuSeconds: (used.user + used.system) / 1e6,
};
process.send?.(result);
console.log(JSON.stringify(result));
await queue.close();
await store.close();
process.disconnect?.();
