/** The PostgreSQL driver: a connection pool, transactions on one pooled connection, bulk
 * inserts through unnest(), and connection failures told apart from bad statements. */
import type pg from 'pg';
import type {
  BulkInsert,
  ColumnType,
  Params,
  Row,
  SqlDriver,
  SqlTransaction,
  StagedInsert,
  Value,
} from '../sql/driver.ts';
import { isConnectionError, queryError, redactUrl, unavailableError } from './connection-errors.ts';
import { arrayLiteral, unnestInsert } from './unnest-insert.ts';

const TYPES: Record<ColumnType, string> = {
  text: 'text',
  float: 'float8',
  int: 'int4',
  date: 'date',
  timestamp: 'timestamp',
  bool: 'bool',
};

/** Rows not stored yet (by `spec.skipStored`), sent with unnest(); with `stage`, into the
 * temporary table `staging_<table>` first (dropped at commit, or by the caller), from which
 * one INSERT … SELECT moves them into the real table. */
async function bulkInsert(
  client: pg.PoolClient,
  spec: BulkInsert,
  rows: Iterable<readonly Value[]>,
  stage = false,
): Promise<StagedInsert> {
  let list = [...rows];
  if (spec.skipStored) {
    const at = spec.columns.findIndex(([name]) => name === spec.skipStored);
    const keys = list.map((r) => r[at] as string);
    const stored = await client.query<{ k: string }>(
      `SELECT ${spec.skipStored} AS k FROM ${spec.table} WHERE ${spec.skipStored} = ANY($1::text[])`,
      [arrayLiteral(keys)],
    );
    const skip = new Set(stored.rows.map((r) => r.k));
    if (skip.size > 0) list = list.filter((r) => !skip.has(r[at] as string));
  }
  const columns = spec.columns.map(([name]) => name).join(', ');
  const staging = `staging_${spec.table}`;
  const types = spec.columns.map(([, type]) => TYPES[type]);
  if (!stage) {
    const inserted = await unnestInsert(
      client,
      {
        into: `INSERT INTO ${spec.table} (${columns})`,
        types,
        ...(spec.onConflict ? { onConflict: spec.onConflict } : {}),
      },
      list,
      spec.chunkRows,
    );
    return { inserted, staged: list.length, table: staging };
  }
  await client.query(
    `CREATE TEMP TABLE ${staging} ON COMMIT DROP AS SELECT ${columns} FROM ${spec.table} LIMIT 0`,
  );
  await unnestInsert(
    client,
    { into: `INSERT INTO ${staging} (${columns})`, types },
    list,
    spec.chunkRows,
  );
  const moved = await client.query(
    `INSERT INTO ${spec.table} (${columns}) SELECT ${columns} FROM ${staging} ${spec.onConflict ?? ''}`,
  );
  return { inserted: moved.rowCount ?? 0, staged: list.length, table: staging };
}

export class PostgresDriver implements SqlDriver {
  readonly kind = 'postgres' as const;
  readonly writable = true;
  readonly where: string;

  constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
  ) {
    this.where = redactUrl(url);
  }

  async read(sql: string, params: Params, what: string): Promise<Row[]> {
    try {
      return (await this.pool.query(sql, params as Value[])).rows as Row[];
    } catch (error) {
      throw isConnectionError(error) ? unavailableError(this.url, error) : queryError(what, error);
    }
  }

  /** A large read through a server-side cursor, 50 000 rows at a time (not the whole result in
   * memory at once). */
  async readChunks(
    sql: string,
    what: string,
    onChunk: (columns: unknown[][]) => void,
  ): Promise<void> {
    const { client, release } = await this.checkout();
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(`DECLARE fourchette_chunks NO SCROLL CURSOR FOR ${sql}`);
      for (;;) {
        const { rows, fields } = await client.query<unknown[]>({
          text: 'FETCH 50000 FROM fourchette_chunks',
          rowMode: 'array',
        });
        if (rows.length === 0) break;
        onChunk(fields.map((_, i) => rows.map((r) => r[i])));
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw isConnectionError(error) ? unavailableError(this.url, error) : queryError(what, error);
    } finally {
      release();
    }
  }

  async transaction<T>(what: string, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    const { client, release } = await this.checkout();
    const tx: SqlTransaction = {
      run: async (sql, params = []) => (await client.query(sql, params as Value[])).rows as Row[],
      bulkInsert: async (spec, rows) => (await bulkInsert(client, spec, rows)).inserted,
      stageInsert: (spec, rows) => bulkInsert(client, spec, rows, true),
    };
    try {
      await client.query('BEGIN');
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw isConnectionError(error) ? unavailableError(this.url, error) : queryError(what, error);
    } finally {
      release();
    }
  }

  /** A pooled connection held across several statements. pg-pool listens for errors only on
   * idle connections: one held between statements when the server goes away (a restart, an
   * administrator's kill) would emit an unheard 'error' and end the process. Held here, the
   * error is kept, the next statement fails with it (a StoreError), and the broken connection
   * is destroyed on release instead of going back to the pool. */
  private async checkout(): Promise<{ client: pg.PoolClient; release(): void }> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw unavailableError(this.url, error);
    }
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    return {
      client,
      release: () => {
        client.removeListener('error', onError);
        client.release(broken);
      },
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
