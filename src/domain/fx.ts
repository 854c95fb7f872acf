/** Currency conversion at dated reference rates (ECB: units of currency per 1 EUR). Pure: the
 * table is an argument, loaded from data/fx by src/reference/fx.ts. */
import { CodedError } from './errors.ts';
import type { CurrencyCode } from './money.ts';

export interface FxTable {
  /** Who publishes the rates, shown in traces. */
  readonly source: string;
  /** Business days, ascending, as YYYY-MM-DD. */
  readonly days: readonly string[];
  /** currency → rate per 1 EUR for each day (NaN where not published that day). */
  readonly ratesPerEur: ReadonlyMap<CurrencyCode, Float64Array>;
}

export interface RateFound {
  readonly ok: true;
  /** Units of `currency` per 1 EUR. */
  readonly perEur: number;
  /** The business day whose rate was used (on or before the requested date). */
  readonly rateDate: string;
  /** True when the requested date is after the last published day. */
  readonly stale: boolean;
}

export interface RateMissing {
  readonly ok: false;
  readonly reason: 'unknown-currency' | 'before-first-rate' | 'not-published';
  readonly message: string;
}

export type RateLookup = RateFound | RateMissing;

/** Index of the last day ≤ date (binary search), -1 when date precedes every day. */
function lastDayOnOrBefore(days: readonly string[], date: string): number {
  let lo = 0;
  let hi = days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as string) <= date) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The reference rate of `currency` on `date`, or on the nearest earlier business day. */
export function rateOn(table: FxTable, currency: CurrencyCode, date: string): RateLookup {
  if (currency === 'EUR') return { ok: true, perEur: 1, rateDate: date, stale: false };
  const series = table.ratesPerEur.get(currency);
  if (!series) {
    return {
      ok: false,
      reason: 'unknown-currency',
      message: `no ${table.source} rate for currency "${currency}" (published: EUR, ${[...table.ratesPerEur.keys()].join(', ')})`,
    };
  }
  let i = lastDayOnOrBefore(table.days, date);
  if (i < 0) {
    return {
      ok: false,
      reason: 'before-first-rate',
      message: `date ${date} is before the first ${table.source} rate (${table.days[0]})`,
    };
  }
  const last = table.days.length - 1;
  // Walk back over days where this currency was not published (holidays, discontinued).
  const start = i;
  while (i >= 0 && Number.isNaN(series[i] as number) && start - i < 10) i -= 1;
  if (i < 0 || Number.isNaN(series[i] as number)) {
    return {
      ok: false,
      reason: 'not-published',
      message: `${table.source} published no ${currency} rate on or shortly before ${date}`,
    };
  }
  return {
    ok: true,
    perEur: series[i] as number,
    rateDate: table.days[i] as string,
    stale: start === last && date > (table.days[last] as string),
  };
}

/** Converts an amount between two currencies through EUR at the rates of `date`. */
export function convertCurrency(
  table: FxTable,
  amount: number,
  from: CurrencyCode,
  to: CurrencyCode,
  date: string,
): { ok: true; value: number; from: RateFound; to: RateFound } | RateMissing {
  const a = rateOn(table, from, date);
  if (!a.ok) return a;
  const b = rateOn(table, to, date);
  if (!b.ok) return b;
  return { ok: true, value: (amount / a.perEur) * b.perEur, from: a, to: b };
}

/** The last day with published rates: the date of a conversion asked without one. */
export function lastRateDay(fx: FxTable): string {
  const day = fx.days.at(-1);
  if (day === undefined)
    throw new CodedError('fx-table-empty', `the ${fx.source} table holds no rate (check data/fx)`);
  return day;
}
