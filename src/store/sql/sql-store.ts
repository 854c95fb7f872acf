/** The SQL core: every store method written once over a driver (duckdb/ or postgres/), which
 * holds only its connection, bulk insert and dialect. Reads go through the answer cache; every
 * write clears it and tells the write listeners (server mode: the other processes).
 * Adding a query: a file in ../queries/, and a method here reading it with `this.read`. */
import type {
  HistogramBucket,
  PublishedStatistic,
  Source,
  StatsFilter,
} from '../../domain/index.ts';
import { histogramRowsToBuckets } from '../histogram-summary.ts';
import {
  StoreError,
  type ContributionStore,
  type FxRateRow,
  type GroupKey,
  type GroupedQuantiles,
  type InsertResult,
  type Page,
  type RawQuantiles,
  type SalaryStore,
  type SightingKey,
  type SourceSummary,
  type StatsOptions,
  type StoredObservation,
  type StoredSighting,
  type TrainingRow,
} from '../port.ts';
import { LARGE_GROUP, planQuantiles } from '../quantiles-plan.ts';
import { GROUP_BOUNDS, groupBounds } from '../queries/group-bounds.ts';
import {
  estimatorTrainingRowsQuery,
  observationsVersionQuery,
} from '../queries/estimator-training-rows.ts';
import { observationsCountQuery, observationsPageQuery } from '../queries/observations-page.ts';
import { salaryHistogramQuery } from '../queries/salary-histogram.ts';
import {
  GROUP_COLUMNS,
  salaryQuantilesByGroupQuery,
} from '../queries/salary-quantiles-by-group.ts';
import { sourcesWithCountsQuery } from '../queries/sources-with-counts.ts';
import {
  PUBLISHED_STATISTICS,
  UPSERT_PUBLISHED_STATISTIC,
  publishedStatisticValues,
  rowToPublishedStatistic,
} from '../queries/published-statistics.ts';
import {
  DROP_STATS_AGGREGATES,
  OUTDATED_STATS_AGGREGATES,
  STATS_AGGREGATES_LAG,
  refreshStatsAggregates,
} from '../queries/stats-aggregates.ts';
import {
  observationToValues,
  rowToObservation,
  rowToRawQuantiles,
  rowToSourceSummary,
  rowToTrainingRow,
} from '../row-mapping.ts';
import { feedCursorQuery, saveFeedCursorQuery } from '../queries/feed-cursor.ts';
import { postingSightingKeysQuery, rowToSightingKey } from '../queries/posting-sighting-keys.ts';
import { SIGHTINGS_INSERT, sightingToValues } from '../queries/posting-sightings-insert.ts';
import { marketReads } from '../market-reads.ts';
import type { MarketReads } from '../market-port.ts';
import { AggregateUpkeep, type AggregateLimits } from './aggregate-upkeep.ts';
import { AnswerCache } from './answer-cache.ts';
import { INDEX_CELLS, StatsIndex, indexValues } from '../stats-index.ts';
import { ContributionTables, withContributionTables } from '../contribution-tables.ts';
import type { Params, Row, SqlDriver, SqlTransaction } from './driver.ts';
import { FX_RATES_INSERT, OBSERVATIONS_INSERT, SOURCES_UPSERT, placeholders } from './tables.ts';

export interface SqlStoreOptions {
  /** Group size above which percentiles come from the sample (tests lower it). */
  readonly largeGroup?: number;
  /** Group size up to which quantiles are exact (tests lower it). */
  readonly smallGroup?: number;
  /** Statements creating the derived statistics tables where migrations do not (DuckDB). */
  readonly createAggregates?: string;
  /** Refreshes the planner's statistics after bulk loads (PostgreSQL), or null. */
  readonly analyze?: string | null;
  /** Inserts of at least this many rows run `analyze` at once (default 10 000). */
  readonly analyzeAfterRows?: number;
  /** Keep answers between writes (default true). */
  readonly cache?: boolean;
  /** When the derived statistics tables are compacted (tests lower them). */
  readonly aggregateLimits?: AggregateLimits;
  /** Hold the cube and the values in memory for statistics (stats-index.ts; default true). */
  readonly statsIndex?: boolean;
}

/** A write within this many ms defers rebuilding the statistics index (an ingest writing batch
 * after batch would otherwise rebuild it for nothing after each). */
const INDEX_QUIET_MS = 2_000;

/** Larger answers (pages of observations, training rows) are not kept. */
const MAX_CACHED_ROWS = 2_000;
const keepRows = (rows: readonly Row[]) => rows.length <= MAX_CACHED_ROWS;

/** Serialises contribution writes between processes sharing a PostgreSQL database. */
const CONTRIBUTIONS_LOCK = 'SELECT pg_advisory_xact_lock(4242011)';

export class SqlStore implements SalaryStore {
  readonly kind: SalaryStore['kind'];
  // Contributions (../contribution-tables.ts): same reads, cache and write transactions.
  declare readonly insertContribution: ContributionStore['insertContribution'];
  declare readonly listContributions: ContributionStore['listContributions'];
  declare readonly contributionTokenHash: ContributionStore['contributionTokenHash'];
  declare readonly approveContribution: ContributionStore['approveContribution'];
  declare readonly deleteContribution: ContributionStore['deleteContribution'];
  declare readonly pendingSubmitters: ContributionStore['pendingSubmitters'];
  declare readonly publishContributions: ContributionStore['publishContributions'];
  declare readonly contributedValues: ContributionStore['contributedValues'];
  declare readonly contributionsSummary: ContributionStore['contributionsSummary'];
  private readonly cache: AnswerCache | null;
  /** Values about the whole store that every request asks (fact()). */
  private readonly facts = new AnswerCache(64);
  private readonly listeners = new Set<() => void>();
  private readonly largeGroup: number;
  private caching = true;
  private readonly upkeep: AggregateUpkeep;
  /** Bumped by every write and invalidation: an index built before is dropped. */
  private generation = 0;
  private lastWriteAt = 0;
  /** Index builds under way (a write may have made one stale: it still reads until done). */
  private readonly builds = new Set<Promise<void>>();
  private statsIndex: {
    generation: number;
    index: StatsIndex | null;
    /** Why the build failed, when it did. */
    error: Error | null;
    build: Promise<void>;
  } | null = null;

  constructor(
    protected readonly driver: SqlDriver,
    private readonly options: SqlStoreOptions = {},
  ) {
    this.kind = driver.kind;
    this.cache = options.cache === false ? null : new AnswerCache();
    this.largeGroup = options.largeGroup ?? LARGE_GROUP;
    this.upkeep = new AggregateUpkeep(driver.kind, OBSERVATIONS_INSERT, options.aggregateLimits);
    const contributions = new ContributionTables(
      (sql, params = []) => this.read(sql, params, 'contributions query'),
      (what, work) => this.write(what, (tx) => work((sql, params = []) => tx.run(sql, params))),
      driver.kind === 'postgres' ? CONTRIBUTIONS_LOCK : null,
      (key, compute) => this.fact(key, compute),
    );
    withContributionTables(this, contributions);
  }

  private marketReader: MarketReads | null = null;

  /** The market view's reads (market-reads.ts), through the answer cache like every read. */
  market<K extends keyof MarketReads>(
    read: K,
    ...args: Parameters<MarketReads[K]>
  ): ReturnType<MarketReads[K]> {
    this.marketReader ??= marketReads(
      (sql, params) => this.read(sql, params, 'market query'),
      this.driver.kind,
    );
    const fn = this.marketReader[read] as (
      ...a: Parameters<MarketReads[K]>
    ) => ReturnType<MarketReads[K]>;
    return fn(...args);
  }

  get writable(): boolean {
    return this.driver.writable;
  }

  /** One read statement, answered from the cache when the same was asked since the last
   * write. The rows are shared: map them, never mutate them. */
  protected read(sql: string, params: Params = [], what = 'query'): Promise<readonly Row[]> {
    const load = () => this.driver.read(sql, params, what);
    if (!this.cache || !this.caching) return load();
    return this.cache.get(`sql\u0000${sql}\u0000${JSON.stringify(params)}`, load, keepRows);
  }

  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.cache || !this.caching) return compute();
    return this.cache.get(`memo\u0000${key}`, compute);
  }

  /** A value about the whole store (not about one filter: "how many contributions are
   * published"), kept until the next write even when answers are not cached (cache: false), so
   * that a cold filter pays only for its own queries. Not kept while writes elsewhere may go
   * unheard (cacheAnswers(false)). */
  private fact<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.caching) return compute();
    return this.facts.get(key, compute);
  }

  /** One write transaction; the cache is cleared and the listeners told once it committed. */
  protected async write<T>(what: string, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    if (!this.driver.writable) {
      throw new StoreError(
        'store-read-only',
        `the store ${this.driver.where} is open read-only: ${what} is refused (serve a writable copy of the data folder to change it)`,
      );
    }
    try {
      return await this.driver.transaction(what, work);
    } finally {
      // Also after a failure: a rolled-back write may have been partly visible to reads.
      this.dropCachedAnswers();
      for (const listener of this.listeners) listener();
    }
  }

  dropCachedAnswers(): void {
    this.cache?.clear();
    this.facts.clear();
    this.dropStatsIndex();
  }

  cacheAnswers(on: boolean): void {
    this.caching = on;
    this.cache?.clear();
    this.facts.clear();
    this.dropStatsIndex();
  }

  private dropStatsIndex(): void {
    this.generation += 1;
    this.lastWriteAt = Date.now();
    this.statsIndex = null;
  }

  /** The statistics index of the current generation, or null while it is being built (the
   * build starts here, in the background, once no write came for INDEX_QUIET_MS). Never while
   * writes elsewhere may go unheard. */
  private currentStatsIndex(): StatsIndex | null {
    if (this.options.statsIndex === false || !this.caching) return null;
    const current = this.statsIndex;
    if (current?.generation === this.generation) return current.index;
    if (Date.now() - this.lastWriteAt < INDEX_QUIET_MS) return null;
    void this.buildStatsIndex();
    return null;
  }

  /** Builds the statistics index now (or waits for the build under way) and tells whether it
   * is ready: benches and tests call it before measuring or comparing. */
  async warmStatistics(): Promise<boolean> {
    if (this.options.statsIndex === false || !this.caching) return false;
    await this.buildStatsIndex();
    const entry = this.statsIndex;
    // A failed read is said (the server logs it); statistics still come from SQL.
    if (entry?.generation === this.generation && entry.error)
      throw new StoreError(
        'store-query-failed',
        `the statistics index was not built (${entry.error.message}); statistics come from SQL queries until the next write`,
        { cause: entry.error },
      );
    return entry?.generation === this.generation && entry.index !== null;
  }

  private buildStatsIndex(): Promise<void> {
    const current = this.statsIndex;
    if (current?.generation === this.generation) return current.build;
    const generation = this.generation;
    const entry = {
      generation,
      index: null as StatsIndex | null,
      error: null as Error | null,
      build: Promise.resolve(),
    };
    this.statsIndex = entry;
    const build = (async () => {
      try {
        const cells = await this.driver.read(INDEX_CELLS, [], 'statistics index cells');
        const chunks =
          (table: 'observations' | 'observations_sample') =>
          async (onChunk: (cells: ArrayLike<unknown>, values: ArrayLike<unknown>) => void) => {
            const sql = indexValues(table);
            const what = `statistics index ${table}`;
            if (this.driver.readChunks)
              await this.driver.readChunks(sql, what, (columns) =>
                onChunk(columns[0] ?? [], columns[1] ?? []),
              );
            else {
              const rows = await this.driver.read(sql, [], what);
              onChunk(
                rows.map((r) => r.cell),
                rows.map((r) => r.v),
              );
            }
          };
        const index = await StatsIndex.build(
          cells,
          chunks('observations'),
          chunks('observations_sample'),
        );
        // A write while building: this one is stale, the next request builds anew.
        if (this.generation === generation) entry.index = index;
      } catch (error) {
        // A write between the two reads (they disagreed) or a failed read: answers keep
        // coming from SQL, and the next write's generation tries again.
        if (this.generation === generation) entry.error = error as Error;
      }
    })();
    entry.build = build;
    this.builds.add(build);
    void build.finally(() => this.builds.delete(build));
    return build;
  }

  onWrite(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Creates the derived statistics tables where needed, and fills them when they lag the
   * observations (a store from before they existed, or rows written by other means). */
  async ensureAggregates(): Promise<void> {
    if (!this.driver.writable) return;
    const { createAggregates, analyze } = this.options;
    if (createAggregates) {
      const [outdated] = await this.driver.read(OUTDATED_STATS_AGGREGATES, [], 'schema check');
      await this.write('creating the statistics tables', async (tx) => {
        if (Number(outdated?.n ?? 0) > 0)
          for (const sql of DROP_STATS_AGGREGATES) await tx.run(sql);
        await tx.run(createAggregates);
      });
    }
    const [r] = await this.driver.read(STATS_AGGREGATES_LAG, [], 'statistics tables check');
    if (Number(r?.cubed) === Number(r?.counted)) return;
    await this.write('building the statistics tables', async (tx) => {
      for (const sql of refreshStatsAggregates(null)) await tx.run(sql);
      if (analyze) await tx.run(analyze);
    });
  }

  async upsertSources(sources: readonly Source[]): Promise<void> {
    // Last one wins: a single INSERT … ON CONFLICT DO UPDATE may not touch a row twice.
    const unique = new Map(sources.map((s) => [s.id, s]));
    if (unique.size === 0) return;
    await this.write('saving sources', (tx) =>
      tx.bulkInsert(
        SOURCES_UPSERT,
        [...unique.values()].map((s) => [
          s.id,
          s.title,
          s.publisher,
          s.licence,
          s.date,
          s.url,
          s.kind,
          s.evidenceShareable,
          s.titleFr ?? null,
        ]),
      ),
    );
  }

  async insertObservations(observations: readonly StoredObservation[]): Promise<InsertResult> {
    const unique = new Map(observations.map((o) => [o.id, o]));
    if (unique.size === 0) return { inserted: 0, skipped: observations.length };
    const { analyze, analyzeAfterRows = 10_000 } = this.options;
    const inserted = await this.write('saving observations', async (tx) => {
      // The derived statistics tables follow in the same transaction.
      const count = await this.upkeep.insert(
        tx,
        OBSERVATIONS_INSERT,
        [...unique.values()].map(observationToValues),
      );
      // Fresh planner statistics after a bulk load (without them a histogram sorts where it
      // should hash); small writes leave it to autovacuum.
      if (analyze && count >= analyzeAfterRows) await tx.run(analyze);
      return count;
    });
    return { inserted, skipped: observations.length - inserted };
  }

  async replaceFxRates(rows: readonly FxRateRow[]): Promise<void> {
    const currencies = [...new Set(rows.map((r) => r.currency))];
    if (currencies.length === 0) return;
    await this.write('loading FX rates', async (tx) => {
      await tx.run(
        `DELETE FROM fx_daily WHERE currency IN (${placeholders(currencies.length)})`,
        currencies,
      );
      await tx.bulkInsert(
        FX_RATES_INSERT,
        rows.map((r) => [r.currency, r.day, r.perEur]),
      );
    });
  }

  async fxCurrencies(): Promise<string[]> {
    const rows = await this.read('SELECT DISTINCT currency FROM fx_daily ORDER BY 1');
    return rows.map((r) => String(r.currency));
  }

  async quantiles(filter: StatsFilter, options: StatsOptions): Promise<RawQuantiles> {
    // Bigints and sums may come back as strings: the plan reads them with Number().
    return planQuantiles(
      async (sql, params) => [...(await this.read(sql, params, 'salary statistics query'))],
      filter,
      options,
      {
        dialect: this.driver.kind,
        largeGroup: this.largeGroup,
        ...(this.options.smallGroup !== undefined ? { smallGroup: this.options.smallGroup } : {}),
        index: this.currentStatsIndex(),
        // Not while writes elsewhere may go unheard: it would be asked anew every time.
        ...(this.caching
          ? {
              bound: () =>
                this.fact('group bounds', async () =>
                  groupBounds(await this.driver.read(GROUP_BOUNDS, [], 'group bounds query')),
                ),
            }
          : {}),
      },
    );
  }

  async histogram(filter: StatsFilter, options: StatsOptions): Promise<HistogramBucket[]> {
    const q = salaryHistogramQuery(filter, options.currency, options.periodsPerYear);
    return histogramRowsToBuckets([
      ...(await this.read(q.sql, q.params, 'salary histogram query')),
    ]);
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
      this.driver.kind,
    );
    return (await this.read(q.sql, q.params, 'grouped salary quantiles query')).map((r) => ({
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
      this.read(q.sql, q.params, 'observations page query'),
      this.read(c.sql, c.params, 'observations count query'),
    ]);
    return { total: Number(countRow?.n ?? 0), items: rows.map(rowToObservation) };
  }

  async listSources(): Promise<SourceSummary[]> {
    return (await this.read(sourcesWithCountsQuery, [], 'sources query')).map(rowToSourceSummary);
  }

  async upsertPublishedStatistics(statistics: readonly PublishedStatistic[]): Promise<void> {
    if (statistics.length === 0) return;
    await this.write('saving published statistics', async (tx) => {
      for (const s of statistics)
        await tx.run(UPSERT_PUBLISHED_STATISTIC, publishedStatisticValues(s));
    });
  }

  async listPublishedStatistics(): Promise<PublishedStatistic[]> {
    return (await this.read(PUBLISHED_STATISTICS, [], 'published statistics query')).map(
      rowToPublishedStatistic,
    );
  }

  async countObservations(): Promise<number> {
    const [r] = await this.read('SELECT count(*) AS n FROM observations', [], 'count query');
    return Number(r?.n ?? 0);
  }

  async trainingRows(limit: number): Promise<TrainingRow[]> {
    return (await this.read(estimatorTrainingRowsQuery, [limit], 'training rows query')).map(
      rowToTrainingRow,
    );
  }

  async observationsVersion(): Promise<string> {
    const [r] = await this.read(observationsVersionQuery, [], 'observations version query');
    return `${Number(r?.n ?? 0)}@${String(r?.last ?? '')}`;
  }

  async insertPostingSightings(sightings: readonly StoredSighting[]): Promise<InsertResult> {
    const unique = new Map(sightings.map((s) => [s.id, s]));
    if (unique.size === 0) return { inserted: 0, skipped: sightings.length };
    const inserted = await this.write('saving posting sightings', (tx) =>
      tx.bulkInsert(SIGHTINGS_INSERT, [...unique.values()].map(sightingToValues)),
    );
    return { inserted, skipped: sightings.length - inserted };
  }

  async postingSightingKeys(): Promise<SightingKey[]> {
    // Not cached: one row per sighting, read once per ingest.
    const rows = await this.driver.read(postingSightingKeysQuery, [], 'posting sighting keys');
    return rows.map(rowToSightingKey);
  }

  async feedCursor(feed: string): Promise<string | null> {
    const [r] = await this.driver.read(feedCursorQuery, [feed], 'feed cursor');
    return r ? String(r.cursor_value) : null;
  }

  async saveFeedCursor(feed: string, value: string): Promise<void> {
    await this.write('saving a feed cursor', (tx) =>
      tx.run(saveFeedCursorQuery, [feed, value, new Date().toISOString()]),
    );
  }

  async close(): Promise<void> {
    this.listeners.clear();
    // Statistics index builds read on the connections about to close.
    await Promise.all(this.builds);
    await this.driver.close();
  }
}
