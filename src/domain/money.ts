/** Units live in types: an amount is always tied to its currency, period and basis. */

export const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

export const BASES = ['gross', 'net', 'unknown'] as const;
/** brut / net / not stated. */
export type Basis = (typeof BASES)[number];

/** ISO 4217 code, upper case (EUR, USD, CHF, MAD, ...). */
export type CurrencyCode = string;

export interface Money<C extends CurrencyCode = CurrencyCode, P extends Period = Period> {
  readonly amount: number;
  readonly currency: C;
  readonly period: P;
}

const ISO_4217 = /^[A-Z]{3}$/;

export function isCurrencyCode(value: string): value is CurrencyCode {
  return ISO_4217.test(value);
}

export function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value);
}

export function isBasis(value: string): value is Basis {
  return (BASES as readonly string[]).includes(value);
}
