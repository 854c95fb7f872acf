/** One ingest worker process of postings-queue.bench.ts: drains the queue of the database at
 * argv[2] and prints its report as one JSON line. */
import { drainPostingQueue } from '../src/ingest/postings/queue-worker.ts';
import { loadNormalizeTables } from '../src/reference/normalize-tables.ts';
import { classifyTitle } from '../src/reference/roles.ts';
import { postingSource } from '../src/service/ingest-postings.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import { PostingQueue } from '../src/store/postgres/posting-queue.ts';

const url = process.argv[2] as string;
const tables = loadNormalizeTables();
const store = await openPostgresStore(url, { maxConnections: 2, cache: false });
const queue = await PostingQueue.open(url);
const started = performance.now();
const cpu = process.cpuUsage();
const report = await drainPostingQueue(
  store,
  queue,
  (id) => postingSource(id, id, 'CC0-1.0', false),
  { classify: (t) => classifyTitle(t), tables },
);
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    ...report,
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
  }),
);
await queue.close();
await store.close();
