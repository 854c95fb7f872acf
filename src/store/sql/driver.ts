/** What the SQL core asks of a database driver: reads, transactions, bulk inserts and the
 * dialect. Everything else (the statistics, histogram, observations, sources and writes) is
 * written once in sql-store.ts over this. */
import type { Dialect } from '../queries/converted-value.ts';

export type Row = Record<string, unknown>;
export type Value = string | number | boolean | null;
export type Params = readonly Value[];

/** Portable column types, mapped to each database's own by its driver. */
export type ColumnType = 'text' | 'float' | 'int' | 'date' | 'timestamp' | 'bool';

export interface BulkInsert {
  readonly table: string;
  readonly columns: ReadonlyArray<readonly [name: string, type: ColumnType]>;
  /** `ON CONFLICT …` clause appended to the insert (both dialects share its syntax). */
  readonly onConflict?: string;
  /** A key column whose stored values are left out before sending the rows (re-ingestion is
   * the common case, and serialising rows that will be skipped is the cost). */
  readonly skipStored?: string;
  /** Rows are written in this order (DuckDB: clustered for its zone maps; PostgreSQL reads
   * through indexes and ignores it). */
  readonly orderBy?: string;
  /** Rows per statement where the driver sends them in chunks. */
  readonly chunkRows?: number;
}

/** Statements inside one transaction, on one connection. */
export interface SqlTransaction {
  run(sql: string, params?: Params): Promise<Row[]>;
  /** Inserts `rows` (values in the order of `spec.columns`); returns how many were inserted. */
  bulkInsert(spec: BulkInsert, rows: Iterable<readonly Value[]>): Promise<number>;
  /** The same, leaving the rows sent in the temporary table `staging_<table>` (the target's
   * columns) until the caller drops it: `staged` rows were sent (those `skipStored` left out
   * are not), `inserted` of them were new. When the two are equal the table holds exactly the
   * rows the insert added. */
  stageInsert(spec: BulkInsert, rows: Iterable<readonly Value[]>): Promise<StagedInsert>;
}

export interface StagedInsert {
  readonly inserted: number;
  readonly staged: number;
  /** `staging_<table>`. */
  readonly table: string;
}

export interface SqlDriver {
  readonly kind: Dialect;
  /** False for a store opened read-only: the core refuses writes before reaching it. */
  readonly writable: boolean;
  /** Where the store lives, for messages (never a password). */
  readonly where: string;
  /** One read statement on a pooled read connection; `what` names it in errors. */
  read(sql: string, params: Params, what: string): Promise<Row[]>;
  /** A large read (no parameters) handed over by chunks of columns; drivers without it answer
   * through `read`. */
  readChunks?(sql: string, what: string, onChunk: (columns: unknown[][]) => void): Promise<void>;
  /** Runs `work` in one transaction (writes are serialised); rolls back when it throws. */
  transaction<T>(what: string, work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
