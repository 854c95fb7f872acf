/** Places (country and city) ranked by items, with the quartiles of their posted pay. */
import type { MarketBasis, MarketFilter } from '../market-port.ts';
import type { Dialect } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';
import { overItems, quartilesExpression } from './market-items.ts';

export function marketPlacesQuery(
  basis: MarketBasis,
  filter: MarketFilter,
  limit: number,
  dialect: Dialect,
): SqlFragment {
  return overItems(
    basis,
    filter,
    (items) => `SELECT m.country, m.city, count(*) AS n, count(m.pay) AS with_pay,
  ${quartilesExpression('m.pay', dialect)} AS q
FROM ${items}
GROUP BY m.country, m.city
ORDER BY count(*) DESC, m.country, m.city
LIMIT ${Math.max(1, Math.floor(limit))}`,
  );
}
