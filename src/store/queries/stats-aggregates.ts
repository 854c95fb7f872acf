/**
 * Derived tables that keep /api/stats fast on millions of observations (both adapters; the
 * PostgreSQL one declares them with its own types in postgres-schema.ts):
 * - stats_cube: count, min, max and dates of the statistics' values per combination of the
 *   filter columns and source (not city), so a group's exact size and sources cost one scan of a
 *   small table;
 * - observations_sample: a fixed 1-in-16 sample of the observations (chosen by the last
 *   character of the id, a hash), whose histogram gives the percentiles of large groups.
 * Both are kept up to date by each insert, from the rows it added (sql/aggregate-upkeep.ts):
 * the sample gets the added rows it samples, the cube one more row per group the insert
 * touched. So the cube may hold several rows for one group until it is compacted: every
 * reader aggregates it (sum of n, min of lo, …), never reads one row as a group's total.
 */
import type { StatsFilter } from '../../domain/index.ts';
import { filterClause, type SqlFragment } from './filter-clause.ts';

export const CUBE_COLUMNS = [
  'role_id',
  'country',
  'level',
  'remote',
  'employment',
  'company_size',
  'component',
  'basis',
  'year',
  'currency',
  'source_id',
] as const;

/** How the statistics' tables are laid out (each insert sorted so): the columns most filters
 * name, so that DuckDB's zone maps (min/max per row group) skip what a filter excludes
 * (docs/decisions/2026-12-01-serving.md). */
export const LAYOUT_ORDER = 'role_id, country, level, year';

/** 4 of the 64 base64url characters (1 of 16 hex digits for hex ids): a 1-in-16 sample. */
export const SAMPLE_CONDITION = `right(o.id, 1) IN ('0', 'A', 'Q', 'g')`;
export const SAMPLE_RATE = 16;

export const CREATE_STATS_AGGREGATES = `
CREATE TABLE IF NOT EXISTS stats_cube (
  role_id VARCHAR, country VARCHAR, level VARCHAR, remote VARCHAR, employment VARCHAR,
  company_size VARCHAR, component VARCHAR, basis VARCHAR, year INTEGER, currency VARCHAR,
  source_id VARCHAR, n BIGINT, lo DOUBLE, hi DOUBLE, first_on DATE, last_on DATE);
CREATE TABLE IF NOT EXISTS observations_sample AS
  SELECT id, source_id, role_id, country, level, remote, employment, company_size, component, basis,
         year, currency, city, observed_on, value_year_eur
  FROM observations LIMIT 0;`;

/** Derived tables made before the cube and the sample kept the pay currency (local-pay
 * filter) lack that column: they are dropped, then made anew and filled. */
export const OUTDATED_STATS_AGGREGATES = `SELECT count(*) AS n FROM information_schema.tables t
WHERE t.table_name IN ('stats_cube', 'observations_sample')
  AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                  WHERE c.table_name = t.table_name AND c.column_name = 'currency')`;
/** Rows the cube counts and rows it should count: they differ when the derived tables lag the
 * observations (a store from before they existed, or rows written by other means). */
export const STATS_AGGREGATES_LAG = `SELECT (SELECT coalesce(sum(n), 0) FROM stats_cube) AS cubed,
  (SELECT count(*) FROM observations WHERE value_year_eur > 0) AS counted`;

export const DROP_STATS_AGGREGATES = [
  'DROP TABLE IF EXISTS stats_cube',
  'DROP TABLE IF EXISTS observations_sample',
];

/** Rebuilds the derived rows of the given sources (all sources when null) from the
 * observations: when the tables lag them, or after an insert that skipped part of its rows. */
export function refreshStatsAggregates(sourceIds: readonly string[] | null): string[] {
  const where = sourceIds
    ? `source_id IN (${sourceIds.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')})`
    : 'true';
  const cols = CUBE_COLUMNS.join(', ');
  return [
    `DELETE FROM stats_cube WHERE ${where}`,
    `DELETE FROM observations_sample WHERE ${where}`,
    `INSERT INTO stats_cube SELECT ${cols}, count(*), min(value_year_eur), max(value_year_eur), min(observed_on), max(observed_on)
     FROM observations WHERE ${where} AND value_year_eur > 0 GROUP BY ${cols} ORDER BY ${LAYOUT_ORDER}`,
    `INSERT INTO observations_sample SELECT o.id, o.source_id, o.role_id, o.country, o.level, o.remote, o.employment,
       o.company_size, o.component, o.basis, o.year, o.currency, o.city, o.observed_on, o.value_year_eur
     FROM observations o WHERE ${where.replace('source_id', 'o.source_id')} AND o.value_year_eur > 0 AND ${SAMPLE_CONDITION}
     ORDER BY ${LAYOUT_ORDER}`,
  ];
}

/** Can the cube answer this filter? (it has no city). */
export function cubeCanAnswer(filter: StatsFilter): boolean {
  return filter.city === undefined;
}

/** Exact size, sources, min, max (yearly EUR) and dates of a group, from the cube. */
export function cubeSummaryQuery(filter: StatsFilter): SqlFragment {
  const where = filterClause(filter, 1);
  return {
    sql: `SELECT sum(o.n) AS n, count(DISTINCT o.source_id) AS sources, min(o.lo) AS lo, max(o.hi) AS hi,
       CAST(min(o.first_on) AS VARCHAR) AS first_on, CAST(max(o.last_on) AS VARCHAR) AS last_on
FROM stats_cube o ${where.sql}`,
    params: where.params,
  };
}

const cubeSums =
  'count(*), min(value_year_eur), max(value_year_eur), min(observed_on), max(observed_on)';

/** Adds to the cube and the sample what the rows of `staged` (the rows one insert added to
 * observations, same columns) contribute: one cube row per group, and the sampled rows. */
export function appendStatsAggregates(staged: string): string[] {
  const cols = CUBE_COLUMNS.join(', ');
  return [
    `INSERT INTO stats_cube SELECT ${cols}, ${cubeSums}
     FROM ${staged} WHERE value_year_eur > 0 GROUP BY ${cols} ORDER BY ${LAYOUT_ORDER}`,
    `INSERT INTO observations_sample SELECT o.id, o.source_id, o.role_id, o.country, o.level, o.remote, o.employment,
       o.company_size, o.component, o.basis, o.year, o.currency, o.city, o.observed_on, o.value_year_eur
     FROM ${staged} o WHERE o.value_year_eur > 0 AND ${SAMPLE_CONDITION} ORDER BY ${LAYOUT_ORDER}`,
  ];
}

/** The sample's id condition in JavaScript (same 4 characters as SAMPLE_CONDITION). */
export function sampled(id: string): boolean {
  const c = id.charAt(id.length - 1);
  return c === '0' || c === 'A' || c === 'Q' || c === 'g';
}

const merged = `${CUBE_COLUMNS.join(', ')}, sum(n), min(lo), max(hi), min(first_on), max(last_on)`;

/** Merges the cube rows of one source into one row per group; the last statement answers
 * `n`, the rows left. PostgreSQL: one statement (the rows deleted are the rows merged, even
 * while another process appends). DuckDB has one writer and no DELETE in a WITH clause. */
export function compactStatsCube(sourceId: string, dialect: 'duckdb' | 'postgres'): SqlFragment[] {
  const cols = CUBE_COLUMNS.join(', ');
  if (dialect === 'postgres')
    return [
      {
        sql: `WITH gone AS (DELETE FROM stats_cube WHERE source_id = $1 RETURNING *),
  put AS (INSERT INTO stats_cube SELECT ${merged} FROM gone GROUP BY ${cols} RETURNING 1)
SELECT count(*) AS n FROM put`,
        params: [sourceId],
      },
    ];
  return [
    {
      sql: `CREATE OR REPLACE TEMP TABLE cube_merged AS
  SELECT ${merged} FROM stats_cube WHERE source_id = $1 GROUP BY ${cols}`,
      params: [sourceId],
    },
    { sql: 'DELETE FROM stats_cube WHERE source_id = $1', params: [sourceId] },
    {
      sql: `INSERT INTO stats_cube SELECT * FROM cube_merged ORDER BY ${LAYOUT_ORDER}`,
      params: [],
    },
    { sql: 'SELECT count(*) AS n FROM cube_merged', params: [] },
    { sql: 'DROP TABLE cube_merged', params: [] },
  ];
}

/** Rewrites the sample in LAYOUT_ORDER (DuckDB: appended rows sit outside the order its zone
 * maps use); the last statement answers `n`, the sample's rows. */
export const SORT_OBSERVATIONS_SAMPLE = [
  `CREATE OR REPLACE TEMP TABLE sample_sorted AS SELECT * FROM observations_sample ORDER BY ${LAYOUT_ORDER}`,
  'DELETE FROM observations_sample',
  'INSERT INTO observations_sample SELECT * FROM sample_sorted',
  'SELECT count(*) AS n FROM sample_sorted',
  'DROP TABLE sample_sorted',
];
