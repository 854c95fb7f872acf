/** The server-mode store: a PostgreSQL database reached through a connection pool, served by
 * the SQL core. */
import { availableParallelism } from 'node:os';
import pg from 'pg';
import { StoreError, type SalaryStore } from '../port.ts';
import { LARGE_GROUP } from '../quantiles-plan.ts';
import type { AggregateLimits } from '../sql/aggregate-upkeep.ts';
import { SqlStore } from '../sql/sql-store.ts';
import { unavailableError } from './connection-errors.ts';
import { PostgresDriver } from './postgres-driver.ts';
import { applyMigrations } from './postgres-schema.ts';

const ANALYZE_STATS_TABLES = 'ANALYZE observations, stats_cube, observations_sample';

export interface PostgresStoreOptions {
  /** Most connections held open at once (default: 2 per core, at least 4). */
  readonly maxConnections?: number;
  /** How long to wait for a connection before giving up, in milliseconds (default 5000). */
  readonly connectTimeoutMs?: number;
  /** Group size above which percentiles come from the sample (tests lower it). */
  readonly largeGroup?: number;
  /** Group size up to which quantiles are exact (tests lower it). */
  readonly smallGroup?: number;
  /** Keep answers between writes (default true). */
  readonly cache?: boolean;
  /** When the derived statistics tables are compacted (tests lower them). */
  readonly aggregateLimits?: AggregateLimits;
  /** Statistics from the in-memory index (stats-index.ts; default true). */
  readonly statsIndex?: boolean;
}

/** Connects to the database at `url` (postgres://user[:password]@host:port/db), checks that it
 * answers, and applies the pending migrations. */
export async function openPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<SalaryStore> {
  if (!/^postgres(ql)?:\/\/[^\s]+$/.test(url) || !URL.canParse(url)) {
    // Not echoed: a malformed string may still hold a password.
    throw new StoreError(
      'store-unavailable',
      'DATABASE_URL is not a PostgreSQL connection string (expected postgres://user[:password]@host:5432/database)',
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? Math.max(4, 2 * availableParallelism()),
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    // Dates and timestamps cast to text must read as ISO 8601, whatever the server's defaults.
    options: '-c DateStyle=ISO,YMD -c TimeZone=UTC',
  });
  // An idle connection dropped by the server must not crash the process: the next query
  // reports it as a StoreError.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw unavailableError(url, error);
  }
  const driver = new PostgresDriver(pool, url);
  const store = new SqlStore(driver, {
    largeGroup: options.largeGroup ?? LARGE_GROUP,
    analyze: ANALYZE_STATS_TABLES,
    ...(options.aggregateLimits ? { aggregateLimits: options.aggregateLimits } : {}),
    ...(options.cache !== undefined ? { cache: options.cache } : {}),
    ...(options.statsIndex !== undefined ? { statsIndex: options.statsIndex } : {}),
    ...(options.smallGroup !== undefined ? { smallGroup: options.smallGroup } : {}),
  });
  try {
    await driver.transaction('migration', applyMigrations).catch((error: unknown) => {
      if (!(error instanceof StoreError) || error.code !== 'store-query-failed') throw error;
      throw new StoreError('store-migration-failed', error.message, { cause: error.cause });
    });
    await store.ensureAggregates();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return store;
}
