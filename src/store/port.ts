/** The store port: everything the app asks of persistence. Adapters: duckdb/ (embedded
 * default) and postgres/ (server mode); both must pass store-contract.ts. */
import type { GroupKey } from './queries/salary-quantiles-by-group.ts';
import type { MarketReads } from './market-port.ts';
import type {
  ContributedValue,
  ContributionStatus,
  NewContribution,
  StoredContribution,
  HistogramBucket,
  DistributionSummary,
  PublishedStatistic,
  SalaryObservation,
  PostingSighting,
  Source,
  StatsFilter,
} from '../domain/index.ts';
import { CodedError } from '../domain/index.ts';

/** An observation as stored: plus its representative yearly value in EUR at its date's rate
 * (null when it could not be converted: it is kept, but left out of statistics). */
export interface StoredObservation extends SalaryObservation {
  readonly valueYearEur: number | null;
}

export interface StatsOptions {
  /** ISO 4217 code the figures are returned in (converted per observation at its date). */
  readonly currency: string;
  /** Divisor from yearly values to the requested period (1 for year). */
  readonly periodsPerYear: number;
  readonly minGroupSize: number;
}

export interface RawQuantiles {
  /** How the percentiles were computed: exactly, off a 0.25% histogram, or off the fixed
   * 1-in-16 sample (large groups). Absent means exact. */
  readonly method?: 'exact' | 'histogram' | 'sample';
  readonly count: number;
  readonly sources: number;
  readonly quantiles: readonly number[] | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly from: string | null;
  readonly to: string | null;
  /** Set when the figures hold published contributions (src/service/privacy/). */
  readonly privacy?: {
    readonly contributions: number;
    readonly digits: number;
    readonly smoothedWith: number;
  };
}

export const EMPTY_QUANTILES: RawQuantiles = {
  count: 0,
  sources: 0,
  quantiles: null,
  min: null,
  max: null,
  from: null,
  to: null,
};

export interface GroupedQuantiles extends RawQuantiles {
  /** The group's values, keyed by group name (role, level, country, …); null when unknown. */
  readonly group: Readonly<Record<string, string | null>>;
}

export interface SourceSummary extends Source {
  /** As stored: null when the source has no French title. */
  readonly titleFr: string | null;
  readonly observations: number;
  readonly firstObservedOn: string | null;
  readonly lastObservedOn: string | null;
}

export interface Page<T> {
  readonly total: number;
  readonly items: readonly T[];
}

export interface FxRateRow {
  readonly currency: string;
  readonly day: string;
  readonly perEur: number;
}

export interface InsertResult {
  readonly inserted: number;
  readonly skipped: number;
}

/** One observation as the estimator sees it (see queries/estimator-training-rows.ts). */
export interface TrainingRow {
  readonly roleId: string | null;
  readonly rawTitle: string | null;
  readonly level: string | null;
  readonly country: string | null;
  readonly remote: string | null;
  readonly companySize: string | null;
  readonly employment: string;
  readonly year: number;
  readonly currency: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly valueYearEur: number;
}

/** Contributions behind the store port (contribution-tables.ts over queries/contribution-*.ts).
 * Every write is one transaction. */
export interface ContributionStore {
  /** Stores a new contribution, or answers the unpublished one with the same fingerprint. */
  insertContribution(
    c: NewContribution,
  ): Promise<{ id: string; status: ContributionStatus; duplicate: boolean }>;
  listContributions(
    statuses: readonly ContributionStatus[],
    limit: number,
  ): Promise<StoredContribution[]>;
  /** The stored SHA-256 of the delete token (hex), or null when there is no such id. */
  contributionTokenHash(id: string): Promise<string | null>;
  /** held → pending; false when the id is not held. */
  approveContribution(id: string): Promise<boolean>;
  /** Removes it (erasure, or a rejection) when its status is one of `statuses`; the rest of a
   * published batch goes back to pending, withdrawn on `today`. False when nothing matched. */
  deleteContribution(
    id: string,
    statuses: readonly ContributionStatus[],
    today: string,
  ): Promise<boolean>;
  /** The sender key of each pending contribution (null when not known), for the publication
   * plan: never listed. */
  pendingSubmitters(): Promise<Map<string, string | null>>;
  /** Publishes each batch whole (one atom id each) or not at all, in one transaction. Returns
   * how many were published. */
  publishContributions(
    batches: readonly { atomId: string; ids: readonly string[] }[],
    publishedOn: string,
  ): Promise<number>;
  /** The published contributions a filter selects (for the privacy rules only). */
  contributedValues(filter: StatsFilter, options: StatsOptions): Promise<ContributedValue[]>;
  contributionsSummary(): Promise<ContributionsSummary>;
}

export interface ContributionsSummary {
  readonly published: number;
  /** Changes with every publication and erasure. */
  readonly version: string;
  readonly firstObservedOn: string | null;
  readonly lastObservedOn: string | null;
}

/** A posting sighting as stored: plus the id of its posting (the cluster's first sighting,
 * shared by its reposts) and its ingestion time. */
export interface StoredSighting extends PostingSighting {
  readonly postingId: string;
  readonly ingestedAt: string;
}

/** What repost detection compares of a stored sighting. */
export interface SightingKey {
  readonly id: string;
  readonly postingId: string;
  readonly sourceId: string;
  readonly title: string;
  readonly employer: string | null;
  readonly country: string | null;
  readonly city: string | null;
  readonly postedOn: string;
  readonly payLow: number | null;
  readonly payHigh: number | null;
  readonly payCurrency: string | null;
  readonly textHash: string | null;
}

export interface SalaryStore extends ContributionStore {
  readonly kind: 'duckdb' | 'postgres';
  upsertSources(sources: readonly Source[]): Promise<void>;
  /** Idempotent: observations whose id is already stored are skipped, never duplicated. */
  insertObservations(observations: readonly StoredObservation[]): Promise<InsertResult>;
  /** Replaces the daily rates of the given currencies (calendar days, carried forward). */
  replaceFxRates(rows: readonly FxRateRow[]): Promise<void>;
  fxCurrencies(): Promise<string[]>;
  quantiles(filter: StatsFilter, options: StatsOptions): Promise<RawQuantiles>;
  /** The filtered values as a fine histogram (buckets of 0.25% in log space), merged over
   * sources and sorted; values in the requested currency and period. */
  histogram(filter: StatsFilter, options: StatsOptions): Promise<HistogramBucket[]>;
  /** One summary per value of the grouping columns (keys of GROUP_COLUMNS). */
  quantilesByGroup(
    filter: StatsFilter,
    groups: readonly GroupKey[],
    options: StatsOptions,
  ): Promise<GroupedQuantiles[]>;
  listObservations(
    filter: StatsFilter,
    page: { limit: number; offset: number },
  ): Promise<Page<StoredObservation>>;
  listSources(): Promise<SourceSummary[]>;
  /** Saves official statistics by id (a figure saved again replaces the stored one). */
  upsertPublishedStatistics(statistics: readonly PublishedStatistic[]): Promise<void>;
  /** Every published statistic (a small reference table). */
  listPublishedStatistics(): Promise<PublishedStatistic[]>;
  countObservations(): Promise<number>;
  /** At most `limit` rows, a deterministic sample when there are more. */
  trainingRows(limit: number): Promise<TrainingRow[]>;
  /** Idempotent: a sighting whose source and identifier are stored already is skipped. */
  insertPostingSightings(sightings: readonly StoredSighting[]): Promise<InsertResult>;
  /** Every stored sighting's repost-detection keys, oldest first. */
  postingSightingKeys(): Promise<SightingKey[]>;
  /** Where the feed's ingestion stopped (null: never started). */
  feedCursor(feed: string): Promise<string | null>;
  saveFeedCursor(feed: string, value: string): Promise<void>;
  /** A value that changes whenever observations are added (count and last ingestion time). */
  observationsVersion(): Promise<string>;
  /** One of the market view's reads (market-port.ts), by name; `marketReadsOf(store)` gives
   * them as an object. */
  market<K extends keyof MarketReads>(
    read: K,
    ...args: Parameters<MarketReads[K]>
  ): ReturnType<MarketReads[K]>;
  /** False for a store opened read-only (every write throws a `store-read-only` StoreError). */
  readonly writable: boolean;
  /** `compute()`'s answer, kept under `key` until the next write to the store (an API answer
   * keyed by its route and parsed query); `compute` must read nothing but this store. */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Forgets the cached answers (another process wrote to the shared database). */
  dropCachedAnswers(): void;
  /** Keeps answers between writes, or stops (and forgets them) while writes elsewhere could go
   * unheard (server mode with Redis out of reach). */
  cacheAnswers(on: boolean): void;
  /** Builds the in-memory statistics index now (it is otherwise built in the background on the
   * first statistics request after a quiet spell) and tells whether it is ready. */
  warmStatistics?(): Promise<boolean>;
  /** Calls `listener` after each write; returns the function that stops it. */
  onWrite(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Infrastructure failure with a stable code, turned into `{ error }` in one place. */
export class StoreError extends CodedError {
  constructor(
    override readonly code:
      | 'store-unavailable'
      | 'store-locked'
      | 'store-query-failed'
      | 'store-migration-failed'
      | 'store-read-only',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

export type { DistributionSummary, GroupKey };
export * from './market-port.ts';
