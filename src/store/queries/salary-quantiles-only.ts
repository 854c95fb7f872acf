/** Exact p10–p90 of a group and nothing else: when its size, sources, min, max and dates are
 * already known from the cube (EUR), this is all the group's rows still have to give. */
import type { StatsFilter } from '../../domain/index.ts';
import { convertedValue, quantilesExpression, type Dialect } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';

export function salaryQuantilesOnlyQuery(
  filter: StatsFilter,
  currency: string,
  periodsPerYear: number,
  dialect: Dialect,
): SqlFragment {
  const { value, join, where, params } = convertedValue(filter, currency, periodsPerYear);
  return {
    sql: `SELECT ${quantilesExpression(value, dialect)} AS q FROM observations o ${join} ${where}`,
    params,
  };
}
