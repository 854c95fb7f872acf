export * from './port.ts';
export { openDuckDbStore } from './duckdb/duckdb-store.ts';

/** The PostgreSQL adapter, loaded only when asked for (the embedded default never loads pg). */
export async function openPostgresStore(
  url: string,
  options?: import('./postgres/postgres-store.ts').PostgresStoreOptions,
) {
  const { openPostgresStore: open } = await import('./postgres/postgres-store.ts');
  return open(url, options);
}

/** The queue of posting jobs in the PostgreSQL database at `url` (made when missing). */
export async function openPostingQueue(url: string) {
  const { PostingQueue } = await import('./postgres/posting-queue.ts');
  return PostingQueue.open(url);
}
export { databaseIdentity, invalidationChannel, shareInvalidation } from './redis-invalidation.ts';
export type { PostingJob, PostingJobMeta, PostingQueue } from './postgres/posting-queue.ts';
