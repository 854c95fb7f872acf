/** Remote modes per year and country (where the job is), most items first within a year. */
import type { MarketBasis, MarketFilter } from '../market-port.ts';
import type { SqlFragment } from './filter-clause.ts';
import { REMOTE_COUNTS, overItems } from './market-items.ts';

export function marketRemoteByCountryYearQuery(
  basis: MarketBasis,
  filter: MarketFilter,
): SqlFragment {
  return overItems(
    basis,
    filter,
    (items) => `SELECT m.year, m.country, count(*) AS n, ${REMOTE_COUNTS}
FROM ${items}
GROUP BY m.year, m.country
ORDER BY m.year, count(*) DESC, m.country`,
  );
}
