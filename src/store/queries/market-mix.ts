/** Items by the values of one column (contract, sector, company size or remote mode), most
 * first; null is "not stated". */
import {
  MIX_COLUMNS,
  type MarketBasis,
  type MarketFilter,
  type MixColumn,
} from '../market-port.ts';
import type { SqlFragment } from './filter-clause.ts';
import { overItems } from './market-items.ts';

export function marketMixQuery(
  basis: MarketBasis,
  filter: MarketFilter,
  column: MixColumn,
): SqlFragment {
  // The column is spliced into the SQL: only the listed names pass.
  if (!MIX_COLUMNS.includes(column)) throw new Error(`market mix: unknown column "${column}"`);
  return overItems(
    basis,
    filter,
    (items) => `SELECT m.${column} AS value, count(*) AS n
FROM ${items}
GROUP BY m.${column}
ORDER BY count(*) DESC, m.${column}`,
  );
}
