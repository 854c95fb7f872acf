/** The representative yearly EUR value of an observation that the store uses for statistics:
 * normalization's yearly EUR bounds, then one value per observation (a range's midpoint, an open
 * range's known bound). Null when it cannot be converted: kept, but left out of statistics. */
import { representativeAmount } from '../domain/index.ts';
import {
  normalizeObservationToYearlyEur,
  type NormalizeTables,
  type ObservationLike,
} from '../normalize/index.ts';

export type ReferenceTables = NormalizeTables;

export function yearlyEurValue(o: ObservationLike, tables: ReferenceTables): number | null {
  const r = normalizeObservationToYearlyEur(o, tables);
  if (!r.ok) return null;
  return representativeAmount({ low: r.yearEurLow, high: r.yearEurHigh });
}
