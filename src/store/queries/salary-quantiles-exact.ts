/** Count, distinct sources, exact p10–p90 (type 7), min, max and date range of the filtered
 * observations' representative yearly value, converted to the requested currency at each one's
 * date. Exact quantiles sort the group: the store uses this query for groups of known small size
 * and the histogram (salary-histogram.ts) otherwise. */
import type { StatsFilter } from '../../domain/index.ts';
import { QUANTILE_LEVELS } from '../../domain/index.ts';
import { filterClause, type SqlFragment } from './filter-clause.ts';

import type { Dialect } from './salary-quantiles-by-group.ts';

export function salaryQuantilesExactQuery(
  filter: StatsFilter,
  currency: string,
  periodsPerYear: number,
  dialect: Dialect,
): SqlFragment {
  const params: (string | number)[] = [periodsPerYear];
  const converted = currency === 'EUR';
  let join = '';
  if (!converted) {
    params.push(currency);
    join = 'JOIN fx_daily f ON f.day = o.observed_on AND f.currency = $2';
  }
  const where = filterClause(filter, params.length + 1);
  const value = converted ? 'o.value_year_eur / $1' : 'o.value_year_eur * f.per_eur / $1';
  const levels = QUANTILE_LEVELS.join(', ');
  const quantiles =
    dialect === 'duckdb'
      ? `quantile_cont(${value}, [${levels}])`
      : `percentile_cont(ARRAY[${levels}]::double precision[]) WITHIN GROUP (ORDER BY ${value})`;
  const notNull = `o.value_year_eur IS NOT NULL`;
  const whereSql = where.sql ? `${where.sql} AND ${notNull}` : `WHERE ${notNull}`;
  return {
    sql: `SELECT count(*) AS n, count(DISTINCT o.source_id) AS sources,
       ${quantiles} AS q, min(${value}) AS lo, max(${value}) AS hi,
       CAST(min(o.observed_on) AS VARCHAR) AS first_on, CAST(max(o.observed_on) AS VARCHAR) AS last_on
FROM observations o ${join}
${whereSql}`,
    params: [...params, ...where.params],
  };
}
