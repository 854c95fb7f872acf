/** Applies the shared numbered migrations (src/store/migrations) that a DuckDB file lacks, each
 * in a transaction of its own, and records them in schema_migrations. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { MIGRATIONS_TABLE, listMigrations } from '../migrations/index.ts';
import { StoreError } from '../port.ts';

export async function applyMigrations(writer: DuckDBConnection): Promise<void> {
  let applied: Set<number>;
  try {
    await writer.run(MIGRATIONS_TABLE);
    const rows = (
      await writer.runAndReadAll('SELECT version FROM schema_migrations')
    ).getRowObjectsJS();
    applied = new Set(rows.map((r) => Number(r.version)));
  } catch (error) {
    throw new StoreError(
      'store-migration-failed',
      `reading the applied migrations failed: ${(error as Error).message}`,
      { cause: error },
    );
  }
  for (const m of listMigrations()) {
    if (applied.has(m.version)) continue;
    try {
      await writer.run('BEGIN TRANSACTION');
      await writer.run(m.sql);
      await writer.run('INSERT INTO schema_migrations VALUES ($1, $2, now())', [m.version, m.name]);
      await writer.run('COMMIT');
    } catch (error) {
      await writer.run('ROLLBACK').catch(() => undefined);
      throw new StoreError(
        'store-migration-failed',
        `migration ${m.version}-${m.name} failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
}
