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

async function bulkInsert(
  client: pg.PoolClient,
  spec: BulkInsert,
  rows: Iterable<readonly Value[]>,
): Promise<number> {
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
  return unnestInsert(
    client,
    {
      into: `INSERT INTO ${spec.table} (${columns})`,
      types: spec.columns.map(([, type]) => TYPES[type]),
      ...(spec.onConflict ? { onConflict: spec.onConflict } : {}),
    },
    list,
    spec.chunkRows,
  );
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
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw unavailableError(this.url, error);
    }
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
      client.release();
    }
  }

  async transaction<T>(what: string, work: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw unavailableError(this.url, error);
    }
    const tx: SqlTransaction = {
      run: async (sql, params = []) => (await client.query(sql, params as Value[])).rows as Row[],
      bulkInsert: (spec, rows) => bulkInsert(client, spec, rows),
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
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
