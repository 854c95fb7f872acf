/** Count, distinct sources, exact p10–p90 (type 7), min, max and date range of the filtered
 * observations' representative yearly value, converted to the requested currency at each one's
 * date. Exact quantiles sort the group: the store uses this query for groups of known small size
 * and the histogram (salary-histogram.ts) otherwise. */
import type { StatsFilter } from '../../domain/index.ts';
import { convertedValue, quantilesExpression, type Dialect } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';

export function salaryQuantilesExactQuery(
  filter: StatsFilter,
  currency: string,
  periodsPerYear: number,
  dialect: Dialect,
): SqlFragment {
  const { value, join, where, params } = convertedValue(filter, currency, periodsPerYear);
  const quantiles = quantilesExpression(value, dialect);
  return {
    sql: `SELECT count(*) AS n, count(DISTINCT o.source_id) AS sources,
       ${quantiles} AS q, min(${value}) AS lo, max(${value}) AS hi,
       CAST(min(o.observed_on) AS VARCHAR) AS first_on, CAST(max(o.observed_on) AS VARCHAR) AS last_on
FROM observations o ${join}
${where}`,
    params,
  };
}
