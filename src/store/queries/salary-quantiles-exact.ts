/** Count, distinct sources, exact p10–p90 (type 7), min, max and date range of the filtered
 * observations' representative yearly value, converted to the requested currency at each one's
 * date, in one pass. Exact quantiles sort the group, so the pass reads at most `limit` + 1 of
 * its rows: a count of at most `limit` is the whole small group's answer; a larger count says
 * only that the group is large (the store then reads the cube and a histogram). */
import type { StatsFilter } from '../../domain/index.ts';
import { convertedValue, quantilesExpression, type Dialect } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';

export function salaryQuantilesExactQuery(
  filter: StatsFilter,
  currency: string,
  periodsPerYear: number,
  dialect: Dialect,
  limit: number,
): SqlFragment {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`limit ${limit} is not a count`);
  const { value, join, where, params } = convertedValue(filter, currency, periodsPerYear);
  return {
    sql: `SELECT count(*) AS n, count(DISTINCT g.source_id) AS sources,
       ${quantilesExpression('g.v', dialect)} AS q, min(g.v) AS lo, max(g.v) AS hi,
       CAST(min(g.observed_on) AS VARCHAR) AS first_on, CAST(max(g.observed_on) AS VARCHAR) AS last_on
FROM (SELECT o.source_id, o.observed_on, ${value} AS v FROM observations o ${join} ${where}
      LIMIT ${limit + 1}) g`,
    params,
  };
}
