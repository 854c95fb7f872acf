/** The representative yearly EUR value of an observation, at the ECB rate of its date, that the
 * store uses for statistics (null when the currency has no rate: kept, left out of stats). */
import {
  representativeAmount,
  rateOn,
  toYearly,
  type FxTable,
  type SalaryObservation,
} from '../domain/index.ts';
import { workingTimeFor, type WorkingTimeTable } from '../reference/working-time.ts';

export interface ReferenceTables {
  readonly fx: FxTable;
  readonly workingTime: WorkingTimeTable;
}

export function yearlyEurValue(
  o: Pick<SalaryObservation, 'low' | 'high' | 'currency' | 'period' | 'country' | 'observedOn'>,
  tables: ReferenceTables,
): number | null {
  const amount = representativeAmount(o);
  if (amount === null) return null;
  const rate = rateOn(tables.fx, o.currency, o.observedOn);
  if (!rate.ok) return null;
  return toYearly(amount, o.period, workingTimeFor(tables.workingTime, o.country)) / rate.perEur;
}
