/** The DuckDB driver: one instance, one writer connection (writes serialised), a pool of read
 * connections keeping their prepared statements, and bulk inserts through the appender. */
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { StoreError } from '../port.ts';
import type {
  BulkInsert,
  Params,
  Row,
  SqlDriver,
  SqlTransaction,
  StagedInsert,
  Value,
} from '../sql/driver.ts';
import { ReadConnection } from './read-connection.ts';

function queryFailed(what: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError(
    'store-query-failed',
    `DuckDB ${what} failed: ${(error as Error).message}`,
    {
      cause: error,
    },
  );
}

async function runOn(writer: DuckDBConnection, sql: string, params: Params = []): Promise<Row[]> {
  const reader = params.length
    ? await writer.runAndReadAll(sql, params as DuckDBValue[])
    : await writer.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Row[];
}

/** Rows go into a temporary table of the target's column types through the appender, from
 * which one INSERT … SELECT moves them (with ON CONFLICT) into the real table; the temporary
 * table is dropped unless `keep`. */
async function appendInsert(
  writer: DuckDBConnection,
  spec: BulkInsert,
  rows: Iterable<readonly Value[]>,
  keep = false,
): Promise<StagedInsert> {
  const staging = `staging_${spec.table}`;
  const cols = spec.columns.map(([name]) => name).join(', ');
  await writer.run(
    `CREATE OR REPLACE TEMP TABLE ${staging} AS SELECT ${cols} FROM ${spec.table} LIMIT 0`,
  );
  const appender = await writer.createAppender(staging, 'main', 'temp');
  let staged = 0;
  for (const row of rows) {
    staged += 1;
    for (const value of row) {
      if (value === null) appender.appendNull();
      else if (typeof value === 'number') appender.appendDouble(value);
      else if (typeof value === 'boolean') appender.appendBoolean(value);
      else appender.appendVarchar(value);
    }
    appender.endRow();
  }
  appender.flushSync();
  appender.closeSync();
  const result = await writer.run(
    `INSERT INTO ${spec.table} (${cols}) SELECT ${cols} FROM ${staging}
     ${spec.orderBy ? `ORDER BY ${spec.orderBy}` : ''} ${spec.onConflict ?? ''}`,
  );
  if (!keep) await writer.run(`DROP TABLE ${staging}`);
  return { inserted: result.rowsChanged, staged, table: staging };
}

export class DuckDbDriver implements SqlDriver {
  readonly kind = 'duckdb' as const;
  /** Writes wait for the one before them (one writer connection). */
  private writeQueue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly instance: DuckDBInstance,
    /** False when the caller passed its own instance (it closes it). */
    private readonly ownsInstance: boolean,
    private readonly writer: DuckDBConnection,
    private readonly readers: readonly ReadConnection[],
    readonly writable: boolean,
    readonly where: string,
  ) {}

  /** The read connection with the fewest queries queued: a short query (/health) never waits
   * behind a long one while another connection is free. */
  private reader(): ReadConnection {
    let best = this.readers[0] as ReadConnection;
    for (const r of this.readers) if (r.pending < best.pending) best = r;
    return best;
  }

  async read(sql: string, params: Params, what: string): Promise<Row[]> {
    try {
      return await this.reader().query(sql, params);
    } catch (error) {
      throw queryFailed(what, error);
    }
  }

  async readChunks(
    sql: string,
    what: string,
    onChunk: (columns: unknown[][]) => void,
  ): Promise<void> {
    // A connection of its own: a read of seconds holds no pooled reader (and no write waiting
    // for the readers to drop their statements).
    try {
      const connection = new ReadConnection(await this.instance.connect());
      try {
        await connection.each(sql, onChunk);
      } finally {
        connection.close();
      }
    } catch (error) {
      throw queryFailed(what, error);
    }
  }

  transaction<T>(what: string, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    const writer = this.writer;
    const tx: SqlTransaction = {
      run: (sql, params) => runOn(writer, sql, params),
      bulkInsert: async (spec, rows) => (await appendInsert(writer, spec, rows)).inserted,
      stageInsert: (spec, rows) => appendInsert(writer, spec, rows, true),
    };
    const run = this.writeQueue.then(async () => {
      try {
        await writer.run('BEGIN TRANSACTION');
        const result = await work(tx);
        await writer.run('COMMIT');
        return result;
      } catch (error) {
        await writer.run('ROLLBACK').catch(() => undefined);
        throw queryFailed(what, error);
      } finally {
        // No read may reuse a statement prepared before the tables changed (one was seen
        // returning wrong text values once they had).
        await Promise.all(this.readers.map((r) => r.invalidate()));
      }
    });
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.writeQueue;
    for (const r of this.readers) r.close();
    this.writer.closeSync();
    if (this.ownsInstance) this.instance.closeSync();
  }
}
