/** Items per year: count, remote modes and pay quartiles, in year order. */
import type { MarketBasis, MarketFilter } from '../market-port.ts';
import type { Dialect } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';
import { REMOTE_COUNTS, overItems, quartilesExpression } from './market-items.ts';

export function marketYearsQuery(
  basis: MarketBasis,
  filter: MarketFilter,
  dialect: Dialect,
): SqlFragment {
  return overItems(
    basis,
    filter,
    (items) => `SELECT m.year, count(*) AS n, ${REMOTE_COUNTS}, count(m.pay) AS with_pay,
  ${quartilesExpression('m.pay', dialect)} AS q
FROM ${items}
GROUP BY m.year
ORDER BY m.year`,
  );
}
