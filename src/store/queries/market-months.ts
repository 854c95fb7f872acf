/** Items per calendar month (and how many state a pay), in date order. */
import type { MarketBasis, MarketFilter } from '../market-port.ts';
import type { SqlFragment } from './filter-clause.ts';
import { overItems } from './market-items.ts';

export function marketMonthsQuery(basis: MarketBasis, filter: MarketFilter): SqlFragment {
  return overItems(
    basis,
    filter,
    (items) => `SELECT m.year, m.month, count(*) AS n, count(m.pay) AS with_pay
FROM ${items}
GROUP BY m.year, m.month
ORDER BY m.year, m.month`,
  );
}
