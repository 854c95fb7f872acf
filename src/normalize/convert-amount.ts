/** One amount from (currency, period, basis) to another, with every step in its trace. */
import type { Period } from '../domain/index.ts';
import type { EmployeeStatus } from '../domain/index.ts';
import type { AmountBasis, TraceStep } from '../domain/index.ts';
import { convertBasisTraced } from './basis-step.ts';
import { convertCurrencyTraced, type StatedRate } from './currency-step.ts';
import { fail, type Failure } from './outcome.ts';
import { periodStep, workingTimeOf } from './period-step.ts';
import type { NormalizeTables } from './tables.ts';
import {
  checkAmount,
  checkBasis,
  checkCurrency,
  checkDate,
  checkMonths,
  checkPeriod,
  isFailure,
} from './validate.ts';

export interface ConvertInput {
  readonly amount: number;
  readonly currency: string;
  readonly period: string;
  /** gross | net (before income tax) | net-after-tax | unknown (then no basis change). */
  readonly basis: string;
  /** The date the figure describes (YYYY-MM-DD): picks the exchange rate. */
  readonly date: string;
  /** ISO 3166-1 alpha-2; picks the working time and the gross/net rules. Default FR. */
  readonly country?: string | null;
  readonly status?: EmployeeStatus;
  /** 12 by default; 13 for "sur 13 mois". */
  readonly monthsPerYear?: number;
  readonly statedRate?: StatedRate;
  readonly toCurrency?: string;
  readonly toPeriod?: string;
  readonly toBasis?: string;
}

export interface Converted {
  readonly ok: true;
  readonly value: number;
  readonly currency: string;
  readonly period: Period;
  readonly basis: AmountBasis | 'unknown';
  readonly trace: TraceStep[];
}

export function convertAmount(input: ConvertInput, tables: NormalizeTables): Converted | Failure {
  const amount = checkAmount('amount', input.amount);
  if (isFailure(amount)) return amount;
  const currency = checkCurrency(input.currency);
  if (isFailure(currency)) return currency;
  const toCurrency = input.toCurrency === undefined ? currency : checkCurrency(input.toCurrency);
  if (isFailure(toCurrency)) return toCurrency;
  const period = checkPeriod(input.period);
  if (isFailure(period)) return period;
  const toPeriod = input.toPeriod === undefined ? period : checkPeriod(input.toPeriod);
  if (isFailure(toPeriod)) return toPeriod;
  const basis = checkBasis(input.basis);
  if (isFailure(basis)) return basis;
  const toBasis = input.toBasis === undefined ? basis : checkBasis(input.toBasis);
  if (isFailure(toBasis)) return toBasis;
  const date = checkDate(input.date);
  if (isFailure(date)) return date;
  const months = checkMonths(input.monthsPerYear);
  if (isFailure(months)) return months;
  const status = input.status ?? 'cadre';
  if (status !== 'cadre' && status !== 'non-cadre') {
    return fail(
      'invalid-status',
      `status ${JSON.stringify(status)} is invalid (expected cadre or non-cadre)`,
    );
  }
  const country = input.country === undefined ? 'FR' : input.country;
  const wt = workingTimeOf(tables.workingTime, country, months);
  const fallback = country === null || !tables.workingTime.byCountry.has(country);
  const trace: TraceStep[] = [];

  const changeBasis = basis !== toBasis;
  if (changeBasis && (basis === 'unknown' || toBasis === 'unknown')) {
    return fail(
      'unknown-basis',
      `cannot convert basis ${basis} to ${toBasis}: the basis of the figure must be known`,
    );
  }
  // Without a basis change: currency, then period. With one: to yearly EUR, basis, then back.
  if (!changeBasis) {
    const cur = convertCurrencyTraced(
      tables.fx,
      amount,
      currency,
      toCurrency,
      date,
      input.statedRate,
    );
    if (!cur.ok) return cur;
    trace.push(...cur.steps);
    const p = periodStep(period, toPeriod, wt, country, fallback);
    if (p) trace.push(p);
    return {
      ok: true,
      value: cur.value * (p ? p.factor : 1),
      currency: toCurrency,
      period: toPeriod,
      basis,
      trace,
    };
  }
  const toYear = periodStep(period, 'year', wt, country, fallback);
  if (toYear) trace.push(toYear);
  const toEur = convertCurrencyTraced(
    tables.fx,
    amount * (toYear ? toYear.factor : 1),
    currency,
    'EUR',
    date,
    input.statedRate,
  );
  if (!toEur.ok) return toEur;
  trace.push(...toEur.steps);
  const b = convertBasisTraced(
    tables.grossNet,
    toEur.value,
    basis as AmountBasis,
    toBasis as AmountBasis,
    country,
    status,
  );
  if (!b.ok) return b;
  trace.push(b.step);
  const back = convertCurrencyTraced(tables.fx, b.value, 'EUR', toCurrency, date);
  if (!back.ok) return back;
  trace.push(...back.steps);
  const fromYear = periodStep('year', toPeriod, wt, country, fallback);
  if (fromYear) trace.push(fromYear);
  return {
    ok: true,
    value: back.value * (fromYear ? fromYear.factor : 1),
    currency: toCurrency,
    period: toPeriod,
    basis: toBasis,
    trace,
  };
}
