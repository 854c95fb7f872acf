/** Posted pay per calendar quarter: how many items state one, and its quartiles. */
import type { MarketBasis, MarketFilter } from '../market-port.ts';
import type { Dialect } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';
import { overItems, quartilesExpression } from './market-items.ts';

export function marketPayByQuarterQuery(
  basis: MarketBasis,
  filter: MarketFilter,
  dialect: Dialect,
): SqlFragment {
  return overItems(
    basis,
    filter,
    (
      items,
    ) => `SELECT m.year, m.quarter, count(m.pay) AS n, ${quartilesExpression('m.pay', dialect)} AS q
FROM ${items}
WHERE m.pay IS NOT NULL
GROUP BY m.year, m.quarter
ORDER BY m.year, m.quarter`,
  );
}
