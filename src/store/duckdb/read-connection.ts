/** A read connection that runs one query at a time and keeps its prepared statements: the
 * statistics queries repeat with new parameters, and preparing (parse, bind, plan) is a
 * measurable share of a few-millisecond query. */
import type { DuckDBConnection, DuckDBPreparedStatement, DuckDBValue } from '@duckdb/node-api';

/** Distinct SQL texts kept per connection (one per combination of filters in use). */
const MAX_STATEMENTS = 256;

export class ReadConnection {
  private readonly statements = new Map<string, DuckDBPreparedStatement>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Queries queued or running on this connection (the pool picks the least busy). */
  pending = 0;

  constructor(readonly connection: DuckDBConnection) {}

  /** Runs after the queries already queued on this connection (a statement is bound then run:
   * two queries must not interleave on it). */
  query(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]> {
    this.pending += 1;
    const run = this.queue.then(async () => {
      let statement = this.statements.get(sql);
      if (!statement) {
        if (this.statements.size >= MAX_STATEMENTS) this.clear();
        statement = await this.connection.prepare(sql);
        this.statements.set(sql, statement);
      }
      statement.bind(params as DuckDBValue[]);
      return (await statement.runAndReadAll()).getRowObjectsJS() as Record<string, unknown>[];
    });
    // Not the rows: the queue would keep the last answer alive until the next query.
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run.finally(() => {
      this.pending -= 1;
    });
  }

  /** Streams a large result chunk by chunk (columns of up to 2 048 rows), after the queries
   * queued on this connection; not prepared (run once). */
  each(sql: string, onChunk: (columns: unknown[][]) => void): Promise<void> {
    this.pending += 1;
    const run = this.queue.then(async () => {
      const result = await this.connection.stream(sql);
      for (
        let chunk = await result.fetchChunk();
        chunk && chunk.rowCount > 0;
        chunk = await result.fetchChunk()
      )
        onChunk(chunk.getColumns());
    });
    // Not the rows: the queue would keep the last answer alive until the next query.
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run.finally(() => {
      this.pending -= 1;
    });
  }

  /** Drops the prepared statements (after any write: a statement prepared before the tables
   * changed was seen returning wrong text values once they had). Waits for queued queries. */
  async invalidate(): Promise<void> {
    await this.queue;
    this.clear();
  }

  private clear(): void {
    for (const s of this.statements.values()) s.destroySync();
    this.statements.clear();
  }

  close(): void {
    this.clear();
    this.connection.closeSync();
  }
}
