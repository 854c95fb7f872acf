export * from './port.ts';
export { openDuckDbStore } from './duckdb/duckdb-store.ts';

/** The PostgreSQL adapter, loaded only when asked for (the embedded default never loads pg). */
export async function openPostgresStore(url: string) {
  const { openPostgresStore: open } = await import('./postgres/postgres-store.ts');
  return open(url);
}
export { invalidationChannel, shareInvalidation } from './redis-invalidation.ts';
