/** Applies the shared numbered migrations (src/store/migrations) that a DuckDB file lacks, each
 * in a transaction of its own, and records them in schema_migrations. */
import type { DuckDBConnection } from '@duckdb/node-api';
import { MIGRATIONS_TABLE, listMigrations } from '../migrations/index.ts';
import { StoreError } from '../port.ts';

async function appliedVersions(connection: DuckDBConnection): Promise<Set<number>> {
  const rows = (
    await connection.runAndReadAll('SELECT version FROM schema_migrations')
  ).getRowObjectsJS();
  return new Set(rows.map((r) => Number(r.version)));
}

export async function applyMigrations(writer: DuckDBConnection): Promise<void> {
  let applied: Set<number>;
  try {
    await writer.run(MIGRATIONS_TABLE);
    applied = await appliedVersions(writer);
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

/** A store opened read-only cannot be migrated: it must have every migration already. */
export async function checkMigrated(connection: DuckDBConnection, path: string): Promise<void> {
  const applied = await appliedVersions(connection).catch((error: unknown) => {
    throw new StoreError(
      'store-migration-failed',
      `the read-only store ${path} is not a Fourchette store (no schema_migrations table): ${(error as Error).message}`,
      { cause: error },
    );
  });
  const missing = listMigrations().filter((m) => !applied.has(m.version));
  if (missing.length > 0) {
    throw new StoreError(
      'store-migration-failed',
      `the read-only store ${path} lacks migrations ${missing.map((m) => `${m.version}-${m.name}`).join(', ')} (open it once writable with this version of Fourchette, then copy it again)`,
    );
  }
}
