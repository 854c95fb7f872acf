/** The embedded default store: one DuckDB file under the data directory. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
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
import {
  CREATE_STATS_AGGREGATES,
  DROP_STATS_AGGREGATES,
  OUTDATED_STATS_AGGREGATES,
  STATS_AGGREGATES_LAG,
  refreshStatsAggregates,
} from '../queries/stats-aggregates.ts';
import { LARGE_GROUP, planQuantiles } from '../quantiles-plan.ts';
import { ReadConnection } from './read-connection.ts';
import { marketReads } from '../market-reads.ts';
import { stageFxRates, stageObservations } from './staging.ts';
import { applyMigrations } from './migrate.ts';
import { histogramRowsToBuckets } from '../histogram-summary.ts';
import {
  GROUP_COLUMNS,
  salaryQuantilesByGroupQuery,
} from '../queries/salary-quantiles-by-group.ts';
import { sourcesWithCountsQuery } from '../queries/sources-with-counts.ts';
import {
  rowToObservation,
  rowToRawQuantiles,
  rowToSourceSummary,
  rowToTrainingRow,
} from '../row-mapping.ts';
import {
  estimatorTrainingRowsQuery,
  observationsVersionQuery,
} from '../queries/estimator-training-rows.ts';

type Params = (string | number | null)[];

export interface DuckDbStoreOptions {
  /** Read connections (default 2). */
  readonly readers?: number;
  /** An instance the caller opened (and closes). */
  readonly instance?: DuckDBInstance;
  /** Group size above which percentiles come from the sample (tests lower it). */
  readonly largeGroup?: number;
}

class DuckDbStore implements SalaryStore {
  readonly kind = 'duckdb' as const;

  constructor(
    private readonly instance: DuckDBInstance,
    /** False when the caller passed its own instance (it closes it). */
    private readonly ownsInstance: boolean,
    private readonly writer: DuckDBConnection,
    /** Read connections used in turn, so that concurrent requests run in parallel. */
    private readonly readers: ReadConnection[],
    private readonly largeGroup: number,
  ) {}

  private turn = 0;

  readonly market = marketReads((sql, params) => this.rows(this.reader(), sql, params), 'duckdb');

  /** After a write, no read may reuse a statement prepared before it. */
  private async afterWrite(): Promise<void> {
    await Promise.all(this.readers.map((r) => r.invalidate()));
  }

  private reader(): ReadConnection {
    this.turn = (this.turn + 1) % this.readers.length;
    return this.readers[this.turn] as ReadConnection;
  }

  private async rows(
    conn: DuckDBConnection | ReadConnection,
    sql: string,
    params: Params = [],
  ): Promise<Record<string, unknown>[]> {
    try {
      if (conn instanceof ReadConnection) return await conn.query(sql, params);
      const reader = await conn.runAndReadAll(sql, params as DuckDBValue[]);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    } catch (error) {
      throw new StoreError(
        'store-query-failed',
        `DuckDB query failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  async migrate(): Promise<void> {
    await applyMigrations(this.writer);
  }

  /** Creates the derived statistics tables, and fills them when they lag the observations
   * (a store from before they existed, or rows written by other means). */
  async ensureAggregates(): Promise<void> {
    const [outdated] = await this.rows(this.writer, OUTDATED_STATS_AGGREGATES);
    if (Number(outdated?.n ?? 0) > 0)
      for (const sql of DROP_STATS_AGGREGATES) await this.writer.run(sql);
    await this.writer.run(CREATE_STATS_AGGREGATES);
    const [r] = await this.rows(this.writer, STATS_AGGREGATES_LAG);
    if (Number(r?.cubed) !== Number(r?.counted)) {
      for (const sql of refreshStatsAggregates(null)) await this.writer.run(sql);
      await this.afterWrite();
    }
  }

  async upsertSources(sources: readonly Source[]): Promise<void> {
    for (const s of sources) {
      await this.writer.run(
        `INSERT INTO sources VALUES ($1, $2, $3, $4, CAST($5 AS DATE), $6, $7, $8)
         ON CONFLICT (id) DO UPDATE SET title = excluded.title, publisher = excluded.publisher,
           licence = excluded.licence, published_on = excluded.published_on, url = excluded.url,
           kind = excluded.kind, evidence_shareable = excluded.evidence_shareable`,
        [s.id, s.title, s.publisher, s.licence, s.date, s.url, s.kind, s.evidenceShareable],
      );
    }
    await this.afterWrite();
  }

  async insertObservations(observations: readonly StoredObservation[]): Promise<InsertResult> {
    const unique = new Map(observations.map((o) => [o.id, o]));
    if (unique.size === 0) return { inserted: 0, skipped: observations.length };
    const before = await this.countObservations();
    await stageObservations(this.writer, unique.values());
    await this.writer.run(
      'INSERT INTO observations SELECT * FROM staging_observations ON CONFLICT (id) DO NOTHING',
    );
    const sourceIds = (
      await this.rows(this.writer, 'SELECT DISTINCT source_id FROM staging_observations')
    ).map((r) => String(r.source_id));
    for (const sql of refreshStatsAggregates(sourceIds)) await this.writer.run(sql);
    await this.writer.run('DROP TABLE staging_observations');
    await this.afterWrite();
    const inserted = (await this.countObservations()) - before;
    return { inserted, skipped: observations.length - inserted };
  }

  async replaceFxRates(rows: readonly FxRateRow[]): Promise<void> {
    const currencies = [...new Set(rows.map((r) => r.currency))];
    await this.writer.run('BEGIN TRANSACTION');
    try {
      for (const c of currencies)
        await this.writer.run('DELETE FROM fx_daily WHERE currency = $1', [c]);
      await stageFxRates(this.writer, rows);
      await this.writer.run(
        'INSERT INTO fx_daily SELECT currency, CAST(day AS DATE), per_eur FROM staging_fx',
      );
      await this.writer.run('DROP TABLE staging_fx');
      await this.writer.run('COMMIT');
      await this.afterWrite();
    } catch (error) {
      await this.writer.run('ROLLBACK').catch(() => undefined);
      throw new StoreError(
        'store-query-failed',
        `loading FX rates failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  async fxCurrencies(): Promise<string[]> {
    return (
      await this.rows(this.reader(), 'SELECT DISTINCT currency FROM fx_daily ORDER BY 1')
    ).map((r) => String(r.currency));
  }

  async quantiles(filter: StatsFilter, options: StatsOptions): Promise<RawQuantiles> {
    const conn = this.reader();
    return planQuantiles((sql, params) => this.rows(conn, sql, params), filter, options, {
      dialect: 'duckdb',
      largeGroup: this.largeGroup,
    });
  }

  async histogram(filter: StatsFilter, options: StatsOptions): Promise<HistogramBucket[]> {
    const q = salaryHistogramQuery(filter, options.currency, options.periodsPerYear);
    return histogramRowsToBuckets(await this.rows(this.reader(), q.sql, q.params));
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
      'duckdb',
    );
    return (await this.rows(this.reader(), q.sql, q.params)).map((r) => ({
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
    const conn = this.reader();
    const q = observationsPageQuery(filter, page.limit, page.offset);
    const c = observationsCountQuery(filter);
    const [rows, [countRow]] = [
      await this.rows(conn, q.sql, q.params),
      await this.rows(conn, c.sql, c.params),
    ];
    return { total: Number(countRow?.n ?? 0), items: rows.map(rowToObservation) };
  }

  async listSources(): Promise<SourceSummary[]> {
    return (await this.rows(this.reader(), sourcesWithCountsQuery)).map(rowToSourceSummary);
  }

  async countObservations(): Promise<number> {
    const [r] = await this.rows(this.writer, 'SELECT count(*) AS n FROM observations');
    return Number(r?.n ?? 0);
  }

  async trainingRows(limit: number): Promise<TrainingRow[]> {
    return (await this.rows(this.reader(), estimatorTrainingRowsQuery, [limit])).map(
      rowToTrainingRow,
    );
  }

  async observationsVersion(): Promise<string> {
    const [r] = await this.rows(this.writer, observationsVersionQuery);
    return `${Number(r?.n ?? 0)}@${String(r?.last ?? '')}`;
  }

  async close(): Promise<void> {
    for (const r of this.readers) r.close();
    this.writer.closeSync();
    if (this.ownsInstance) this.instance.closeSync();
  }
}

/** Opens (creating if needed) the DuckDB store at `path` (':memory:' for tests) and migrates it. */
export async function openDuckDbStore(
  path: string,
  options: DuckDbStoreOptions = {},
): Promise<SalaryStore> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = options.instance ?? (await DuckDBInstance.create(path));
  } catch (error) {
    const message = (error as Error).message;
    const locked = /lock/i.test(message);
    throw new StoreError(
      locked ? 'store-locked' : 'store-unavailable',
      locked
        ? `the store ${path} is open in another process (stop the other fourchette process, or set FOURCHETTE_DATA_DIR to another folder)`
        : `cannot open the store ${path}: ${message}`,
      { cause: error },
    );
  }
  const writer = await instance.connect();
  const readers: ReadConnection[] = [];
  for (let i = 0; i < (options.readers ?? 2); i += 1)
    readers.push(new ReadConnection(await instance.connect()));
  const store = new DuckDbStore(
    instance,
    !options.instance,
    writer,
    readers,
    options.largeGroup ?? LARGE_GROUP,
  );
  await store.migrate();
  await store.ensureAggregates();
  return store;
}
