/** Median posted pay per year in each like-for-like cell (role × country × city), the input of
 * the year-on-year change (src/domain/pay-change.ts). */
import type { MarketBasis, MarketFilter } from '../market-port.ts';
import type { Dialect } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';
import { overItems } from './market-items.ts';

export function marketPayCellsQuery(
  basis: MarketBasis,
  filter: MarketFilter,
  dialect: Dialect,
): SqlFragment {
  const median =
    dialect === 'duckdb'
      ? 'quantile_cont(m.pay, 0.5)'
      : 'percentile_cont(0.5) WITHIN GROUP (ORDER BY m.pay)';
  return overItems(
    basis,
    filter,
    (items) => `SELECT m.year, m.role_id, m.country, m.city, count(*) AS n, ${median} AS median
FROM ${items}
WHERE m.pay IS NOT NULL AND m.role_id IS NOT NULL
GROUP BY m.year, m.role_id, m.country, m.city
ORDER BY m.year, m.role_id, m.country, m.city`,
  );
}
