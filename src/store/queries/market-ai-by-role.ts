/** Per role: items, and how many mention AI (Hiring Lab's AI tracker by occupation). */
import type { MarketBasis, MarketFilter } from '../market-port.ts';
import type { SqlFragment } from './filter-clause.ts';
import { overItems } from './market-items.ts';

export function marketAiByRoleQuery(basis: MarketBasis, filter: MarketFilter): SqlFragment {
  return overItems(
    basis,
    filter,
    (
      items,
    ) => `SELECT m.role_id, count(*) AS n, sum(CASE WHEN m.mentions_ai THEN 1 ELSE 0 END) AS ai
FROM ${items}
GROUP BY m.role_id
ORDER BY count(*) DESC, m.role_id`,
  );
}
