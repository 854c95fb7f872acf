/** The schema on PostgreSQL: the shared numbered migrations, then what only PostgreSQL needs. */
import type { PoolClient } from 'pg';
import { MIGRATIONS_TABLE, listMigrations } from '../migrations/index.ts';
import { DROP_STATS_AGGREGATES, OUTDATED_STATS_AGGREGATES } from '../queries/stats-aggregates.ts';
import type { UnnestInsert } from './unnest-insert.ts';

/** Columns of the observations table in the order of `observationToValues`, with their types. */
const OBSERVATION_COLUMNS: ReadonlyArray<[string, string]> = [
  ['id', 'text'], ['source_id', 'text'], ['kind', 'text'], ['location', 'text'], ['low', 'float8'],
  ['high', 'float8'], ['currency', 'text'], ['period', 'text'], ['basis', 'text'], ['component', 'text'],
  ['employment', 'text'], ['role_id', 'text'], ['raw_title', 'text'], ['level', 'text'],
  ['years_experience', 'float8'], ['country', 'text'], ['city', 'text'], ['remote', 'text'],
  ['company_size', 'text'], ['sector', 'text'], ['observed_on', 'date'], ['year', 'int4'],
  ['statistic', 'text'], ['evidence', 'text'], ['ingested_at', 'timestamp'], ['value_year_eur', 'float8'],
]; // prettier-ignore

/** Idempotent: an observation whose id is stored already is skipped. */
export const INSERT_OBSERVATIONS: UnnestInsert = {
  into: `INSERT INTO observations (${OBSERVATION_COLUMNS.map(([name]) => name).join(', ')})`,
  types: OBSERVATION_COLUMNS.map(([, type]) => type),
  onConflict: 'ON CONFLICT (id) DO NOTHING',
};

export const UPSERT_SOURCES: UnnestInsert = {
  into: 'INSERT INTO sources (id, title, publisher, licence, published_on, url, kind, evidence_shareable)',
  types: ['text', 'text', 'text', 'text', 'date', 'text', 'text', 'bool'],
  onConflict: `ON CONFLICT (id) DO UPDATE SET title = excluded.title, publisher = excluded.publisher,
    licence = excluded.licence, published_on = excluded.published_on, url = excluded.url,
    kind = excluded.kind, evidence_shareable = excluded.evidence_shareable`,
};

export const INSERT_FX_RATES: UnnestInsert = {
  into: 'INSERT INTO fx_daily (currency, day, per_eur)',
  types: ['text', 'date', 'float8'],
};

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

/** Applies the pending migrations on `client`, which must be inside a transaction. */
export async function applyMigrations(client: PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
  await client.query(MIGRATIONS_TABLE);
  const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
  const applied = new Set(rows.map((r) => Number(r.version)));
  for (const m of listMigrations()) {
    if (applied.has(m.version)) continue;
    await client.query(m.sql).catch((error: Error) => {
      throw new Error(`migration ${m.version}-${m.name}: ${error.message}`, { cause: error });
    });
    await client.query('INSERT INTO schema_migrations VALUES ($1, $2, now())', [m.version, m.name]);
  }
  const outdated = await client.query<{ n: string }>(OUTDATED_STATS_AGGREGATES);
  if (Number(outdated.rows[0]?.n ?? 0) > 0)
    for (const sql of DROP_STATS_AGGREGATES) await client.query(sql);
  await client.query(POSTGRES_ONLY_SCHEMA);
}
