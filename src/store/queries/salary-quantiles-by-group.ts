/** The same summary as salary-quantiles.ts, for every value of one or two grouping columns at
 * once (the panorama of roles × levels, countries for a role, …). */
import type { StatsFilter } from '../../domain/index.ts';
import { convertedValue, quantilesExpression, type Dialect } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';

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
  const { value, join, where, params } = convertedValue(filter, currency, periodsPerYear);
  const quantiles = quantilesExpression(value, dialect);
  const cols = groups.map((g) => `CAST(o.${GROUP_COLUMNS[g]} AS VARCHAR) AS ${GROUP_COLUMNS[g]}`);
  const groupBy = groups.map((g) => `o.${GROUP_COLUMNS[g]}`);
  return {
    sql: `SELECT ${cols.join(', ')}, count(*) AS n, count(DISTINCT o.source_id) AS sources,
       ${quantiles} AS q, min(${value}) AS lo, max(${value}) AS hi,
       CAST(min(o.observed_on) AS VARCHAR) AS first_on, CAST(max(o.observed_on) AS VARCHAR) AS last_on
FROM observations o ${join}
${where}
GROUP BY ${groupBy.join(', ')}
ORDER BY ${groupBy.join(', ')}`,
    params,
  };
}
