/** The schema on PostgreSQL: the shared numbered migrations, then what only PostgreSQL needs. */
import { MIGRATIONS_TABLE, listMigrations } from '../migrations/index.ts';
import { DROP_STATS_AGGREGATES, OUTDATED_STATS_AGGREGATES } from '../queries/stats-aggregates.ts';
import type { SqlTransaction } from '../sql/driver.ts';

/** PostgreSQL-only schema, applied after the shared migrations (idempotent):
 * - the statistics filter on role, country and level (most name a role; the others a country)
 *   and read the included columns: one index for each first column (DuckDB scans columns and
 *   has no use for them);
 * - the derived statistics tables of queries/stats-aggregates.ts in PostgreSQL's types, each
 *   with the same covering index. */
const POSTGRES_ONLY_SCHEMA = `CREATE INDEX IF NOT EXISTS observations_stats_idx
  ON observations (role_id, country, level) INCLUDE (value_year_eur, observed_on, source_id);
CREATE INDEX IF NOT EXISTS observations_place_idx
  ON observations (country, level, role_id) INCLUDE (value_year_eur, observed_on, source_id);
CREATE TABLE IF NOT EXISTS stats_cube (
  role_id text, country text, level text, remote text, employment text, company_size text,
  component text, basis text, year integer, currency text, source_id text,
  n bigint, lo double precision, hi double precision, first_on date, last_on date);
CREATE INDEX IF NOT EXISTS stats_cube_idx ON stats_cube (role_id, country, level);
CREATE INDEX IF NOT EXISTS stats_cube_place_idx ON stats_cube (country, level, role_id);
CREATE TABLE IF NOT EXISTS observations_sample AS
  SELECT id, source_id, role_id, country, level, remote, employment, company_size, component, basis,
         year, currency, city, observed_on, value_year_eur
  FROM observations LIMIT 0;
CREATE INDEX IF NOT EXISTS observations_sample_idx
  ON observations_sample (role_id, country, level) INCLUDE (value_year_eur, observed_on, source_id);
CREATE INDEX IF NOT EXISTS observations_sample_place_idx
  ON observations_sample (country, level, role_id) INCLUDE (value_year_eur, observed_on, source_id)`;

/** Any 64-bit constant: serialises migrations between processes opening the same database. */
const MIGRATION_LOCK = 4_242_001;

/** Applies the pending migrations in transaction `tx`. */
export async function applyMigrations(tx: SqlTransaction): Promise<void> {
  await tx.run('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  await tx.run(MIGRATIONS_TABLE);
  const rows = await tx.run('SELECT version FROM schema_migrations');
  const applied = new Set(rows.map((r) => Number(r.version)));
  for (const m of listMigrations()) {
    if (applied.has(m.version)) continue;
    await tx.run(m.sql).catch((error: Error) => {
      throw new Error(`migration ${m.version}-${m.name}: ${error.message}`, { cause: error });
    });
    await tx.run('INSERT INTO schema_migrations VALUES ($1, $2, now())', [m.version, m.name]);
  }
  const [outdated] = await tx.run(OUTDATED_STATS_AGGREGATES);
  if (Number(outdated?.n ?? 0) > 0) for (const sql of DROP_STATS_AGGREGATES) await tx.run(sql);
  await tx.run(POSTGRES_ONLY_SCHEMA);
}
