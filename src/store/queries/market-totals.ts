/** One row: how many items match, from how many sources, with a posted pay, by remote mode,
 * mentioning AI, their date range and pay quartiles. */
import type { MarketBasis, MarketFilter } from '../market-port.ts';
import type { Dialect } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';
import { REMOTE_COUNTS, overItems, quartilesExpression } from './market-items.ts';

export function marketTotalsQuery(
  basis: MarketBasis,
  filter: MarketFilter,
  dialect: Dialect,
): SqlFragment {
  return overItems(
    basis,
    filter,
    (
      items,
    ) => `SELECT count(*) AS n, count(DISTINCT m.source_id) AS sources, count(m.pay) AS with_pay,
  ${REMOTE_COUNTS},
  count(m.mentions_ai) AS ai_known, sum(CASE WHEN m.mentions_ai THEN 1 ELSE 0 END) AS ai,
  CAST(min(m.day) AS VARCHAR) AS first_on, CAST(max(m.day) AS VARCHAR) AS last_on,
  ${quartilesExpression('m.pay', dialect)} AS q
FROM ${items}`,
  );
}
