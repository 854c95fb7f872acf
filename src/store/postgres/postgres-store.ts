/** The server-mode store: a PostgreSQL database reached through a connection pool. */
import pg from 'pg';
import type { Source, StatsFilter } from '../../domain/index.ts';
import { MIGRATIONS_TABLE, listMigrations } from '../migrations/index.ts';
import {
  StoreError,
  type FxRateRow,
  type InsertResult,
  type Page,
  type RawQuantiles,
  type SalaryStore,
  type SourceSummary,
  type StatsOptions,
  type StoredObservation,
} from '../port.ts';
import { observationsCountQuery, observationsPageQuery } from '../queries/observations-page.ts';
import { salaryQuantilesQuery } from '../queries/salary-quantiles.ts';
import { sourcesWithCountsQuery } from '../queries/sources-with-counts.ts';
import { observationToValues, rowToObservation, rowToSourceSummary } from '../row-mapping.ts';
import { isConnectionError, queryError, unavailableError } from './connection-errors.ts';
import { unnestInsert } from './unnest-insert.ts';

type Row = Record<string, unknown>;
type Params = (string | number | null)[];

/** Columns of the observations table in the order of `observationToValues`, with their types. */
const OBSERVATION_COLUMNS: ReadonlyArray<[string, string]> = [
  ['id', 'text'], ['source_id', 'text'], ['kind', 'text'], ['location', 'text'], ['low', 'float8'],
  ['high', 'float8'], ['currency', 'text'], ['period', 'text'], ['basis', 'text'], ['component', 'text'],
  ['employment', 'text'], ['role_id', 'text'], ['raw_title', 'text'], ['level', 'text'],
  ['years_experience', 'float8'], ['country', 'text'], ['city', 'text'], ['remote', 'text'],
  ['company_size', 'text'], ['sector', 'text'], ['observed_on', 'date'], ['year', 'int4'],
  ['statistic', 'text'], ['evidence', 'text'], ['ingested_at', 'timestamp'], ['value_year_eur', 'float8'],
]; // prettier-ignore

/** PostgreSQL-only schema, applied after the shared migrations (idempotent): the statistics
 * filter on role, country and level, and read only these columns, so the index covers them. */
const POSTGRES_INDEXES = `CREATE INDEX IF NOT EXISTS observations_stats_idx
  ON observations (role_id, country, level) INCLUDE (value_year_eur, observed_on, source_id)`;

/** Any 64-bit constant: serialises migrations between processes opening the same database. */
const MIGRATION_LOCK = 4_242_001;

class PostgresStore implements SalaryStore {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {}

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
    await this.applyMigrations().catch((error: unknown) => {
      if (!(error instanceof StoreError) || error.code !== 'store-query-failed') throw error;
      throw new StoreError('store-migration-failed', error.message, { cause: error.cause });
    });
  }

  private async applyMigrations(): Promise<void> {
    await this.transaction('migration', async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(MIGRATIONS_TABLE);
      const applied = new Set(
        (await client.query('SELECT version FROM schema_migrations')).rows.map((r: Row) =>
          Number(r.version),
        ),
      );
      for (const m of listMigrations()) {
        if (applied.has(m.version)) continue;
        await client.query(m.sql).catch((error: Error) => {
          throw new Error(`migration ${m.version}-${m.name}: ${error.message}`, { cause: error });
        });
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, now())', [
          m.version,
          m.name,
        ]);
      }
      await client.query(POSTGRES_INDEXES);
    });
  }

  async upsertSources(sources: readonly Source[]): Promise<void> {
    // Last one wins: a single INSERT … ON CONFLICT DO UPDATE may not touch a row twice.
    const unique = new Map(sources.map((s) => [s.id, s]));
    await this.transaction('saving sources', (client) =>
      unnestInsert(
        client,
        {
          into: 'INSERT INTO sources (id, title, publisher, licence, published_on, url, kind, evidence_shareable)',
          types: ['text', 'text', 'text', 'text', 'date', 'text', 'text', 'bool'],
          onConflict: `ON CONFLICT (id) DO UPDATE SET title = excluded.title, publisher = excluded.publisher,
            licence = excluded.licence, published_on = excluded.published_on, url = excluded.url,
            kind = excluded.kind, evidence_shareable = excluded.evidence_shareable`,
        },
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
    const inserted = await this.transaction('saving observations', (client) =>
      unnestInsert(
        client,
        {
          into: `INSERT INTO observations (${OBSERVATION_COLUMNS.map(([name]) => name).join(', ')})`,
          types: OBSERVATION_COLUMNS.map(([, type]) => type),
          onConflict: 'ON CONFLICT (id) DO NOTHING',
        },
        [...unique.values()].map(observationToValues),
      ),
    );
    return { inserted, skipped: observations.length - inserted };
  }

  async replaceFxRates(rows: readonly FxRateRow[]): Promise<void> {
    const currencies = [...new Set(rows.map((r) => r.currency))];
    await this.transaction('loading FX rates', async (client) => {
      await client.query('DELETE FROM fx_daily WHERE currency = ANY($1::text[])', [currencies]);
      await unnestInsert(
        client,
        {
          into: 'INSERT INTO fx_daily (currency, day, per_eur)',
          types: ['text', 'date', 'float8'],
        },
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
    const q = salaryQuantilesQuery(filter, options.currency, options.periodsPerYear, 'postgres');
    const [r] = await this.rows(q.sql, q.params, 'salary quantiles query');
    // count(*) is a bigint, which pg returns as a string.
    const count = Number(r?.n ?? 0);
    return {
      count,
      sources: Number(r?.sources ?? 0),
      quantiles: count > 0 && Array.isArray(r?.q) ? (r.q as unknown[]).map(Number) : null,
      min: r?.lo == null ? null : Number(r.lo),
      max: r?.hi == null ? null : Number(r.hi),
      from: (r?.first_on as string | null) ?? null,
      to: (r?.last_on as string | null) ?? null,
    };
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

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export interface PostgresStoreOptions {
  /** Most connections held open at once (default 10). */
  readonly maxConnections?: number;
  /** How long to wait for a connection before giving up, in milliseconds (default 5000). */
  readonly connectTimeoutMs?: number;
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
  const store = new PostgresStore(pool, url);
  try {
    await store.migrate();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return store;
}
