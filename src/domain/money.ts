/** The words of money: periods, bases, currency codes. Amounts travel as plain numbers beside
 * their currency, period and basis fields (see docs/decisions/2026-12-01-units.md). */

export const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

export const BASES = ['gross', 'net', 'unknown'] as const;
/** brut / net / not stated. */
export type Basis = (typeof BASES)[number];

/** ISO 4217 code, upper case (EUR, USD, CHF, MAD, ...). */
export type CurrencyCode = string;

export function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value);
}
