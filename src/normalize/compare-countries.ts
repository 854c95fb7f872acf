/** Amounts from several countries side by side: nominal (one currency at the ECB rate of the
 * date) and purchasing-power adjusted (World Bank PPP), each with its trace. */
import { pppFactor } from '../domain/index.ts';
import type { PppStep, TraceStep } from '../domain/index.ts';
import { convertAmount } from './convert-amount.ts';
import type { StatedRate } from './currency-step.ts';
import { fail, type Failure } from './outcome.ts';
import type { NormalizeTables } from './tables.ts';

export interface CompareItem {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly amount: number;
  readonly currency: string;
  readonly statedRate?: StatedRate;
}

export interface CompareInput {
  readonly items: readonly CompareItem[];
  /** The period of every amount (month, year...); the results are in the same period. */
  readonly period: string;
  /** YYYY-MM-DD: the exchange rates of this day, the PPP factors of its year (or the latest before). */
  readonly date: string;
  /** Where purchasing power is expressed: its currency is the nominal currency too. Default FR. */
  readonly reference?: string;
  readonly monthsPerYear?: number;
}

export interface ComparedItem {
  readonly country: string;
  readonly amount: number;
  readonly currency: string;
  /** In the reference country's currency at the exchange rate of the date. */
  readonly nominal: number;
  /** What the same purchasing power costs in the reference country, in its currency; null
   * when no PPP factor exists (then `pppUnavailable` says why). */
  readonly pppAdjusted: number | null;
  readonly intlDollars: number | null;
  readonly pppUnavailable?: string;
  readonly trace: TraceStep[];
}

export interface Comparison {
  readonly ok: true;
  readonly reference: string;
  readonly currency: string;
  readonly period: string;
  readonly items: ComparedItem[];
}

function pppStep(
  country: string,
  currency: string,
  lcu: number,
  year: number,
  source: string,
): PppStep {
  return { kind: 'ppp', country, currency, lcuPerIntlDollar: lcu, year, source };
}

export function compareCountries(
  input: CompareInput,
  tables: NormalizeTables,
): Comparison | Failure {
  const ppp = tables.ppp;
  if (!ppp) return fail('no-ppp', 'the PPP table (data/ppp) was not loaded');
  const reference = input.reference ?? 'FR';
  const refCurrency = ppp.currencyOf.get(reference);
  if (!refCurrency)
    return fail(
      'no-ppp',
      `no currency known for reference country ${JSON.stringify(reference)} (expected e.g. FR)`,
    );
  const year = Number(input.date.slice(0, 4));
  const ref = pppFactor(ppp, reference, year);
  if (!ref.ok) return fail('no-ppp', ref.message);
  const items: ComparedItem[] = [];
  for (const item of input.items) {
    const common = {
      period: input.period,
      basis: 'unknown',
      date: input.date,
      country: item.country,
    };
    const extra = {
      ...(input.monthsPerYear === undefined ? {} : { monthsPerYear: input.monthsPerYear }),
      ...(item.statedRate === undefined ? {} : { statedRate: item.statedRate }),
    };
    const nominal = convertAmount(
      {
        ...common,
        ...extra,
        amount: item.amount,
        currency: item.currency,
        toCurrency: refCurrency,
      },
      tables,
    );
    if (!nominal.ok) return fail(nominal.reason, `${item.country}: ${nominal.message}`);
    const trace: TraceStep[] = [...nominal.trace];
    const factor = pppFactor(ppp, item.country, year);
    if (!factor.ok) {
      items.push({
        ...item,
        nominal: nominal.value,
        pppAdjusted: null,
        intlDollars: null,
        pppUnavailable: factor.message,
        trace,
      });
      continue;
    }
    // PPP factors are in the country's own currency: restate the amount in it first if needed.
    const local = convertAmount(
      {
        ...common,
        ...extra,
        amount: item.amount,
        currency: item.currency,
        toCurrency: factor.currency,
      },
      tables,
    );
    if (!local.ok) {
      // The factor is in a currency without a rate on that day (MAD, from a modelled EUR
      // figure): the nominal figure stands, purchasing power cannot be said.
      items.push({
        ...item,
        nominal: nominal.value,
        pppAdjusted: null,
        intlDollars: null,
        pppUnavailable: `${item.country}: ${local.message}`,
        trace,
      });
      continue;
    }
    if (item.currency !== factor.currency) trace.push(...local.trace);
    const intlDollars = local.value / factor.lcuPerIntlDollar;
    trace.push(
      pppStep(item.country, factor.currency, factor.lcuPerIntlDollar, factor.year, ppp.source),
    );
    trace.push(pppStep(reference, ref.currency, ref.lcuPerIntlDollar, ref.year, ppp.source));
    items.push({
      ...item,
      nominal: nominal.value,
      pppAdjusted: intlDollars * ref.lcuPerIntlDollar,
      intlDollars,
      trace,
    });
  }
  return { ok: true, reference, currency: refCurrency, period: input.period, items };
}
