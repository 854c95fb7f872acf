/** The same summary as salary-quantiles.ts, for every value of one or two grouping columns at
 * once (the panorama of roles × levels, countries for a role, …). */
import type { StatsFilter } from '../../domain/index.ts';
import { QUANTILE_LEVELS } from '../../domain/index.ts';
import { filterClause, type SqlFragment } from './filter-clause.ts';

export type Dialect = 'duckdb' | 'postgres';

export const GROUP_COLUMNS = {
  role: 'role_id',
  level: 'level',
  country: 'country',
  employment: 'employment',
  remote: 'remote',
  companySize: 'company_size',
  year: 'year',
} as const;
export type GroupKey = keyof typeof GROUP_COLUMNS;

export function salaryQuantilesByGroupQuery(
  filter: StatsFilter,
  groups: readonly GroupKey[],
  currency: string,
  periodsPerYear: number,
  dialect: Dialect,
): SqlFragment {
  const params: (string | number)[] = [periodsPerYear];
  let join = '';
  if (currency !== 'EUR') {
    params.push(currency);
    join = 'JOIN fx_daily f ON f.day = o.observed_on AND f.currency = $2';
  }
  const where = filterClause(filter, params.length + 1);
  const value = currency === 'EUR' ? 'o.value_year_eur / $1' : 'o.value_year_eur * f.per_eur / $1';
  const levels = QUANTILE_LEVELS.join(', ');
  const quantiles =
    dialect === 'duckdb'
      ? `quantile_cont(${value}, [${levels}])`
      : `percentile_cont(ARRAY[${levels}]::double precision[]) WITHIN GROUP (ORDER BY ${value})`;
  const cols = groups.map((g) => `CAST(o.${GROUP_COLUMNS[g]} AS VARCHAR) AS ${GROUP_COLUMNS[g]}`);
  const groupBy = groups.map((g) => `o.${GROUP_COLUMNS[g]}`);
  const notNull = 'o.value_year_eur IS NOT NULL';
  const whereSql = where.sql ? `${where.sql} AND ${notNull}` : `WHERE ${notNull}`;
  return {
    sql: `SELECT ${cols.join(', ')}, count(*) AS n, count(DISTINCT o.source_id) AS sources,
       ${quantiles} AS q, min(${value}) AS lo, max(${value}) AS hi,
       CAST(min(o.observed_on) AS VARCHAR) AS first_on, CAST(max(o.observed_on) AS VARCHAR) AS last_on
FROM observations o ${join}
${whereSql}
GROUP BY ${groupBy.join(', ')}
ORDER BY ${groupBy.join(', ')}`,
    params: [...params, ...where.params],
  };
}
