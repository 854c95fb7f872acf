/** Transactions on a DuckDB connection of their own, one at a time (two transactions must not
 * interleave on one connection): used for the contribution writes. */
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { StoreError } from '../port.ts';
import type { QueryRunner, TransactionRunner } from '../contribution-tables.ts';

export function serialTransactions(
  instance: DuckDBInstance,
  afterCommit: () => Promise<void>,
): { run: TransactionRunner; close(): void } {
  let connection: Promise<DuckDBConnection> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const run: TransactionRunner = (what, work) => {
    const next = queue.then(async () => {
      const conn = await (connection ??= instance.connect());
      const query: QueryRunner = async (sql, params = []) =>
        (await conn.runAndReadAll(sql, params as DuckDBValue[])).getRowObjectsJS() as Record<
          string,
          unknown
        >[];
      await conn.run('BEGIN TRANSACTION');
      try {
        const result = await work(query);
        await conn.run('COMMIT');
        await afterCommit();
        return result;
      } catch (error) {
        await conn.run('ROLLBACK').catch(() => undefined);
        throw new StoreError('store-query-failed', `${what} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
    });
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    run,
    close: () => {
      void connection?.then((c) => c.closeSync());
    },
  };
}
