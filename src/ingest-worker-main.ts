/** One ingest worker process of `fourchette ingest --workers N` (service/ingest-workers.ts):
 * takes the queued jobs of the feed named in argv[2] from PostgreSQL until none is left, tells
 * its parent after each job (IPC), and publishes its writes on Redis when REDIS_URL is set, so
 * that running API processes drop their cached answers. */
import { readConfig } from './config.ts';
import { drainPostingQueue, type WorkerReport } from './ingest/index.ts';
import { classifyTitle, loadNormalizeTables } from './reference/index.ts';
import { postingSource } from './service/index.ts';
import {
  invalidationChannel,
  openPostgresStore,
  openPostingQueue,
  shareInvalidation,
} from './store/index.ts';

const send = (
  message:
    | { type: 'job' | 'done'; report: WorkerReport }
    | { type: 'error'; message: string }
    | { type: 'ready' },
) => new Promise<void>((done) => (process.send ? process.send(message, () => done()) : done()));

// The ingest that started this worker is gone (killed): stop now; the job under way goes back
// to the queue when its transaction ends with the connection, for the next run to finish.
process.once('disconnect', () => process.exit(1));
// (It may have gone while this module's imports loaded, before the listener.)
if (process.send && !process.connected) process.exit(1);

// The parent says "go" once the feed is queued (this process starts while it is being queued).
const go = new Promise<void>((resolve) => {
  if (!process.send) return resolve();
  process.on('message', (m) => {
    if (m === 'go') resolve();
  });
});

try {
  const config = readConfig();
  const url = config.databaseUrl;
  if (config.store !== 'postgres' || !url)
    throw new Error('an ingest worker needs FOURCHETTE_STORE=postgres and DATABASE_URL');
  const feed = process.argv[2] || null;
  const tables = loadNormalizeTables();
  const store = await openPostgresStore(url, { maxConnections: 2, cache: false });
  const shared = config.redisUrl
    ? await shareInvalidation(store, config.redisUrl, invalidationChannel(url))
    : null;
  const queue = await openPostingQueue(url);
  try {
    await send({ type: 'ready' });
    await go;
    const report = await drainPostingQueue(
      store,
      queue,
      (id) => postingSource(id, id, 'unknown', false),
      { classify: (title) => classifyTitle(title), tables },
      // Progress only: the bad lines go once, with the last report.
      { feed, onJob: (r) => void send({ type: 'job', report: { ...r, bad: [] } }) },
    );
    await send({ type: 'done', report });
  } finally {
    await queue.close();
    await shared?.close();
    await store.close();
  }
  process.exit(0);
} catch (error) {
  await send({ type: 'error', message: (error as Error).message });
  process.exit(1);
}
