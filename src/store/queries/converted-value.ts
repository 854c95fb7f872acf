/** The part every statistics query shares: each observation's yearly EUR value converted to the
 * requested currency at the rate of its own date and divided into the requested period, and the
 * WHERE clause of the filter. Parameters: $1 periods a year, $2 the currency (when not EUR), then
 * the filter's. */
import { QUANTILE_LEVELS, type StatsFilter } from '../../domain/index.ts';
import { filterClause } from './filter-clause.ts';

export interface ConvertedValue {
  /** SQL expression of the converted value. */
  readonly value: string;
  /** The join with the daily rates, or ''. */
  readonly join: string;
  /** WHERE clause: the filter and a positive value. */
  readonly where: string;
  readonly params: (string | number)[];
}

export function convertedValue(
  filter: StatsFilter,
  currency: string,
  periodsPerYear: number,
): ConvertedValue {
  const params: (string | number)[] = [periodsPerYear];
  let join = '';
  if (currency !== 'EUR') {
    params.push(currency);
    join = 'JOIN fx_daily f ON f.day = o.observed_on AND f.currency = $2';
  }
  const clause = filterClause(filter, params.length + 1);
  const positive = 'o.value_year_eur > 0';
  return {
    value: currency === 'EUR' ? 'o.value_year_eur / $1' : 'o.value_year_eur * f.per_eur / $1',
    join,
    where: clause.sql ? `${clause.sql} AND ${positive}` : `WHERE ${positive}`,
    params: [...params, ...clause.params],
  };
}

export type Dialect = 'duckdb' | 'postgres';

/** Exact type-7 quantiles of an expression at QUANTILE_LEVELS, in either dialect. */
export function quantilesExpression(value: string, dialect: Dialect): string {
  const levels = QUANTILE_LEVELS.join(', ');
  return dialect === 'duckdb'
    ? `quantile_cont(${value}, [${levels}])`
    : `percentile_cont(ARRAY[${levels}]::double precision[]) WITHIN GROUP (ORDER BY ${value})`;
}
