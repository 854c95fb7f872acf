/** The server-mode store: a PostgreSQL database reached through a connection pool. */
import pg from 'pg';
import type { HistogramBucket, Source, StatsFilter } from '../../domain/index.ts';
import {
  StoreError,
  type FxRateRow,
  type GroupKey,
  type GroupedQuantiles,
  type InsertResult,
  type Page,
  type RawQuantiles,
  type SalaryStore,
  type SourceSummary,
  type StatsOptions,
  type StoredObservation,
  type TrainingRow,
} from '../port.ts';
import { observationsCountQuery, observationsPageQuery } from '../queries/observations-page.ts';
import { salaryHistogramQuery } from '../queries/salary-histogram.ts';
import { histogramRowsToBuckets } from '../histogram-summary.ts';
import {
  GROUP_COLUMNS,
  salaryQuantilesByGroupQuery,
} from '../queries/salary-quantiles-by-group.ts';
import { sourcesWithCountsQuery } from '../queries/sources-with-counts.ts';
import {
  observationToValues,
  rowToObservation,
  rowToRawQuantiles,
  rowToSourceSummary,
  rowToTrainingRow,
} from '../row-mapping.ts';
import {
  estimatorTrainingRowsQuery,
  observationsVersionQuery,
} from '../queries/estimator-training-rows.ts';
import { isConnectionError, queryError, unavailableError } from './connection-errors.ts';
import {
  INSERT_FX_RATES,
  INSERT_OBSERVATIONS,
  UPSERT_SOURCES,
  applyMigrations,
} from './postgres-schema.ts';
import { arrayLiteral, unnestInsert } from './unnest-insert.ts';
import { marketReads } from '../market-reads.ts';
import { LARGE_GROUP, planQuantiles } from '../quantiles-plan.ts';
import { STATS_AGGREGATES_LAG, refreshStatsAggregates } from '../queries/stats-aggregates.ts';

type Row = Record<string, unknown>;

/** Inserts of at least this many rows refresh the planner's statistics at once. */
const ANALYZE_AFTER_ROWS = 10_000;
const ANALYZE_STATS_TABLES = 'ANALYZE observations, stats_cube, observations_sample';
type Params = (string | number | null)[];

class PostgresStore implements SalaryStore {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    /** Group size above which percentiles come from the sample (tests lower it). */
    private readonly largeGroup: number,
  ) {}

  readonly market = marketReads(
    (sql, params) => this.rows(sql, params, 'market query'),
    'postgres',
  );

  private async rows(sql: string, params: Params = [], what = 'query'): Promise<Row[]> {
    try {
      return (await this.pool.query(sql, params)).rows as Row[];
    } catch (error) {
      throw isConnectionError(error) ? unavailableError(this.url, error) : queryError(what, error);
    }
  }

  /** Runs `work` in one transaction on one pooled connection. */
  private async transaction<T>(
    what: string,
    work: (client: pg.PoolClient) => Promise<T>,
  ): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw unavailableError(this.url, error);
    }
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw isConnectionError(error) ? unavailableError(this.url, error) : queryError(what, error);
    } finally {
      client.release();
    }
  }

  async migrate(): Promise<void> {
    await this.transaction('migration', applyMigrations).catch((error: unknown) => {
      if (!(error instanceof StoreError) || error.code !== 'store-query-failed') throw error;
      throw new StoreError('store-migration-failed', error.message, { cause: error.cause });
    });
  }

  /** Fills the derived statistics tables when they lag the observations (a database from
   * before they existed, or rows written by other means). */
  async ensureAggregates(): Promise<void> {
    const [r] = await this.rows(STATS_AGGREGATES_LAG);
    if (Number(r?.cubed) === Number(r?.counted)) return;
    await this.transaction('building the statistics tables', async (client) => {
      for (const sql of refreshStatsAggregates(null)) await client.query(sql);
      await client.query(ANALYZE_STATS_TABLES);
    });
  }

  async upsertSources(sources: readonly Source[]): Promise<void> {
    // Last one wins: a single INSERT … ON CONFLICT DO UPDATE may not touch a row twice.
    const unique = new Map(sources.map((s) => [s.id, s]));
    await this.transaction('saving sources', (client) =>
      unnestInsert(
        client,
        UPSERT_SOURCES,
        [...unique.values()].map((s) => [
          s.id,
          s.title,
          s.publisher,
          s.licence,
          s.date,
          s.url,
          s.kind,
          s.evidenceShareable,
        ]),
      ),
    );
  }

  async insertObservations(observations: readonly StoredObservation[]): Promise<InsertResult> {
    const unique = new Map(observations.map((o) => [o.id, o]));
    const inserted = await this.transaction('saving observations', async (client) => {
      // Re-ingestion is the common case: leave out stored ids before serialising the rest
      // (ON CONFLICT still guards against a concurrent writer).
      const ids = arrayLiteral([...unique.keys()]);
      const stored = await client.query<{ id: string }>(
        'SELECT id FROM observations WHERE id = ANY($1::text[])',
        [ids],
      );
      for (const { id } of stored.rows) unique.delete(id);
      const count = await unnestInsert(
        client,
        INSERT_OBSERVATIONS,
        [...unique.values()].map(observationToValues),
      );
      // The derived statistics tables of the sources written to, in the same transaction.
      if (count > 0) {
        const sourceIds = [...new Set([...unique.values()].map((o) => o.provenance.sourceId))];
        for (const sql of refreshStatsAggregates(sourceIds)) await client.query(sql);
        // Fresh planner statistics after a bulk load (without them a histogram sorts where it
        // should hash); small writes leave it to autovacuum.
        if (count >= ANALYZE_AFTER_ROWS) await client.query(ANALYZE_STATS_TABLES);
      }
      return count;
    });
    return { inserted, skipped: observations.length - inserted };
  }

  async replaceFxRates(rows: readonly FxRateRow[]): Promise<void> {
    const currencies = [...new Set(rows.map((r) => r.currency))];
    await this.transaction('loading FX rates', async (client) => {
      await client.query('DELETE FROM fx_daily WHERE currency = ANY($1::text[])', [currencies]);
      await unnestInsert(
        client,
        INSERT_FX_RATES,
        rows.map((r) => [r.currency, r.day, r.perEur]),
        50_000,
      );
    });
  }

  async fxCurrencies(): Promise<string[]> {
    return (await this.rows('SELECT DISTINCT currency FROM fx_daily ORDER BY 1')).map((r) =>
      String(r.currency),
    );
  }

  async quantiles(filter: StatsFilter, options: StatsOptions): Promise<RawQuantiles> {
    // Bigints and sums come back from pg as strings: the plan reads them with Number().
    return planQuantiles(
      (sql, params) => this.rows(sql, params, 'salary statistics query'),
      filter,
      options,
      { dialect: 'postgres', largeGroup: this.largeGroup },
    );
  }

  async histogram(filter: StatsFilter, options: StatsOptions): Promise<HistogramBucket[]> {
    const q = salaryHistogramQuery(filter, options.currency, options.periodsPerYear);
    return histogramRowsToBuckets(await this.rows(q.sql, q.params, 'salary histogram query'));
  }

  async quantilesByGroup(
    filter: StatsFilter,
    groups: readonly GroupKey[],
    options: StatsOptions,
  ): Promise<GroupedQuantiles[]> {
    const q = salaryQuantilesByGroupQuery(
      filter,
      groups,
      options.currency,
      options.periodsPerYear,
      'postgres',
    );
    return (await this.rows(q.sql, q.params, 'grouped salary quantiles query')).map((r) => ({
      ...rowToRawQuantiles(r),
      group: Object.fromEntries(
        groups.map((g) => [g, (r[GROUP_COLUMNS[g]] as string | null) ?? null]),
      ),
    }));
  }

  async listObservations(
    filter: StatsFilter,
    page: { limit: number; offset: number },
  ): Promise<Page<StoredObservation>> {
    const q = observationsPageQuery(filter, page.limit, page.offset);
    const c = observationsCountQuery(filter);
    const [rows, [countRow]] = await Promise.all([
      this.rows(q.sql, q.params, 'observations page query'),
      this.rows(c.sql, c.params, 'observations count query'),
    ]);
    return { total: Number(countRow?.n ?? 0), items: rows.map(rowToObservation) };
  }

  async listSources(): Promise<SourceSummary[]> {
    return (await this.rows(sourcesWithCountsQuery, [], 'sources query')).map(rowToSourceSummary);
  }

  async countObservations(): Promise<number> {
    const [r] = await this.rows('SELECT count(*) AS n FROM observations');
    return Number(r?.n ?? 0);
  }

  async trainingRows(limit: number): Promise<TrainingRow[]> {
    return (await this.rows(estimatorTrainingRowsQuery, [limit], 'training rows query')).map(
      rowToTrainingRow,
    );
  }

  async observationsVersion(): Promise<string> {
    const [r] = await this.rows(observationsVersionQuery);
    return `${Number(r?.n ?? 0)}@${String(r?.last ?? '')}`;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export interface PostgresStoreOptions {
  /** Most connections held open at once (default 10). */
  readonly maxConnections?: number;
  /** How long to wait for a connection before giving up, in milliseconds (default 5000). */
  readonly connectTimeoutMs?: number;
  /** Group size above which percentiles come from the sample (tests lower it). */
  readonly largeGroup?: number;
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
    max: options.maxConnections ?? 10,
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
  const store = new PostgresStore(pool, url, options.largeGroup ?? LARGE_GROUP);
  try {
    await store.migrate();
    await store.ensureAggregates();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return store;
}
