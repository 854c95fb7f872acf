/** The embedded default store: one DuckDB file under the data directory, served by the SQL core. */
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { StoreError, type SalaryStore } from '../port.ts';
import { CREATE_STATS_AGGREGATES } from '../queries/stats-aggregates.ts';
import type { AggregateLimits } from '../sql/aggregate-upkeep.ts';
import { SqlStore } from '../sql/sql-store.ts';
import { DuckDbDriver } from './duckdb-driver.ts';
import { applyMigrations, checkMigrated } from './migrate.ts';
import { ReadConnection } from './read-connection.ts';

export interface DuckDbStoreOptions {
  /** Read connections (default: one per core, at least 2). */
  readonly readers?: number;
  /** An instance the caller opened (and closes). */
  readonly instance?: DuckDBInstance;
  /** Group size above which percentiles come from the sample (tests lower it). */
  readonly largeGroup?: number;
  /** Group size up to which quantiles are exact (tests lower it). */
  readonly smallGroup?: number;
  /** Opens the file read-only (a ready store on a read-only disk): every write is refused. */
  readonly readOnly?: boolean;
  /** Keep answers between writes (default true). */
  readonly cache?: boolean;
  /** When the derived statistics tables are compacted (tests lower them). */
  readonly aggregateLimits?: AggregateLimits;
  /** Statistics from the in-memory index (stats-index.ts; default true). */
  readonly statsIndex?: boolean;
}

async function openInstance(path: string, readOnly: boolean): Promise<DuckDBInstance> {
  try {
    return await DuckDBInstance.create(path, readOnly ? { access_mode: 'READ_ONLY' } : {});
  } catch (error) {
    const message = (error as Error).message;
    const locked = /lock/i.test(message);
    throw new StoreError(
      locked ? 'store-locked' : 'store-unavailable',
      locked
        ? `the store ${path} is open in another process (stop the other fourchette process, or set FOURCHETTE_DATA_DIR to another folder)`
        : `cannot open the store ${path}${readOnly ? ' read-only' : ''}: ${message}`,
      { cause: error },
    );
  }
}

/** Opens (creating if needed) the DuckDB store at `path` (':memory:' for tests) and migrates
 * it; read-only, it must exist and be migrated already. */
export async function openDuckDbStore(
  path: string,
  options: DuckDbStoreOptions = {},
): Promise<SalaryStore> {
  const readOnly = options.readOnly ?? false;
  if (path !== ':memory:' && !readOnly) mkdirSync(dirname(path), { recursive: true });
  const instance = options.instance ?? (await openInstance(path, readOnly));
  const writer = await instance.connect();
  const readers: ReadConnection[] = [];
  const count = options.readers ?? Math.max(2, availableParallelism());
  for (let i = 0; i < count; i += 1) readers.push(new ReadConnection(await instance.connect()));
  const driver = new DuckDbDriver(instance, !options.instance, writer, readers, !readOnly, path);
  try {
    if (readOnly) await checkMigrated(writer, path);
    else await applyMigrations(writer);
  } catch (error) {
    await driver.close();
    throw error;
  }
  const store = new SqlStore(driver, {
    ...(options.largeGroup !== undefined ? { largeGroup: options.largeGroup } : {}),
    ...(options.cache !== undefined ? { cache: options.cache } : {}),
    ...(options.statsIndex !== undefined ? { statsIndex: options.statsIndex } : {}),
    ...(options.smallGroup !== undefined ? { smallGroup: options.smallGroup } : {}),
    createAggregates: CREATE_STATS_AGGREGATES,
    ...(options.aggregateLimits ? { aggregateLimits: options.aggregateLimits } : {}),
  });
  await store.ensureAggregates();
  return store;
}
