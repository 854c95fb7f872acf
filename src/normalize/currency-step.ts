/** Currency conversion with its trace: the ECB reference rate of the date (nearest earlier
 * business day, cross rates through EUR), or a rate the source text itself states. */
import { rateOn, type FxTable } from '../domain/index.ts';
import type { CurrencyCode } from '../domain/index.ts';
import type { CurrencyStep, RateOrigin } from '../domain/index.ts';
import { fail, type Failure } from './outcome.ts';

/** A rate stated by the source text ("12 510 MAD, soit environ 1 165 euros"). */
export interface StatedRate {
  /** Units of the stated currency per 1 EUR (ECB convention). */
  readonly perEur: number;
  /** Where the rate was read, shown in the trace. */
  readonly note?: string;
}

/** perEur from a restatement: `amount` in some currency said to be about `eurAmount` euros. */
export function statedRateFrom(amount: number, eurAmount: number, note?: string): StatedRate {
  return note === undefined ? { perEur: amount / eurAmount } : { perEur: amount / eurAmount, note };
}

// Intl knows the ISO 4217 list: it tells an unknown code ("EURO", "XYZ") from a real currency
// that merely lacks an ECB rate (MAD).
const ISO_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isIsoCurrency(code: string): boolean {
  return ISO_CODES.has(code) || code === 'EUR';
}

interface Leg {
  readonly perEur: number;
  readonly rateDate: string;
  readonly origin: RateOrigin;
  readonly source: string;
  readonly stale: boolean;
}

function legFor(
  fx: FxTable,
  currency: CurrencyCode,
  date: string,
  stated: StatedRate | undefined,
): Leg | Failure {
  if (currency === 'EUR')
    return { perEur: 1, rateDate: date, origin: 'identity', source: 'EUR', stale: false };
  if (fx.ratesPerEur.has(currency)) {
    const r = rateOn(fx, currency, date);
    if (r.ok)
      return {
        perEur: r.perEur,
        rateDate: r.rateDate,
        origin: 'ecb',
        source: fx.source,
        stale: r.stale,
      };
    if (!stated) return fail('no-rate', r.message);
  }
  if (!isIsoCurrency(currency)) {
    return fail(
      'unknown-currency',
      `unknown currency ${JSON.stringify(currency)} (expected an ISO 4217 code such as EUR)`,
    );
  }
  if (stated) {
    if (!(stated.perEur > 0) || !Number.isFinite(stated.perEur)) {
      return fail(
        'no-rate',
        `stated rate ${stated.perEur} ${currency}/EUR is invalid (expected a positive number)`,
      );
    }
    const source = `rate stated by the source text${stated.note ? ` (${stated.note})` : ''}`;
    return {
      perEur: stated.perEur,
      rateDate: date,
      origin: 'stated-by-source',
      source,
      stale: false,
    };
  }
  return fail(
    'no-rate',
    `no rate for ${currency} in the ${fx.source}; give the rate the source text states (statedRate, units of ${currency} per 1 EUR)`,
  );
}

function step(
  from: CurrencyCode,
  to: CurrencyCode,
  date: string,
  rate: number,
  leg: Leg,
): CurrencyStep {
  return {
    kind: 'currency',
    from,
    to,
    rate,
    rateDate: leg.rateDate,
    requestedDate: date,
    origin: leg.origin,
    source: leg.source,
    stale: leg.stale,
  };
}

/** Converts `amount` from → to at the rates of `date`; one trace step per leg through EUR. */
export function convertCurrencyTraced(
  fx: FxTable,
  amount: number,
  from: CurrencyCode,
  to: CurrencyCode,
  date: string,
  stated?: StatedRate,
): { ok: true; value: number; steps: CurrencyStep[] } | Failure {
  if (from === to) return { ok: true, value: amount, steps: [] };
  const a = legFor(fx, from, date, stated);
  if ('ok' in a) return a;
  const b = legFor(fx, to, date, undefined);
  if ('ok' in b) return b;
  const steps: CurrencyStep[] = [];
  if (from !== 'EUR') steps.push(step(from, 'EUR', date, 1 / a.perEur, a));
  if (to !== 'EUR') steps.push(step('EUR', to, date, b.perEur, b));
  return { ok: true, value: (amount / a.perEur) * b.perEur, steps };
}
