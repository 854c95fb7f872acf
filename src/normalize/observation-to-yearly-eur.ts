/** What ingest needs: an observation's bounds as yearly EUR amounts on their stated basis, at
 * the rate of the day the figure describes, with the trace of the conversion. */
import type { Basis } from '../domain/index.ts';
import type { TraceStep } from '../domain/index.ts';
import { convertAmount } from './convert-amount.ts';
import type { StatedRate } from './currency-step.ts';
import { fail, type Failure } from './outcome.ts';
import type { NormalizeTables } from './tables.ts';

export interface ObservationLike {
  readonly low: number | null;
  readonly high: number | null;
  readonly currency: string;
  readonly period: string;
  readonly basis: Basis | string;
  readonly country: string | null;
  /** YYYY-MM-DD. */
  readonly observedOn: string;
  /** 13 when the text says "sur 13 mois". */
  readonly monthsPerYear?: number;
  readonly statedRate?: StatedRate;
}

export interface YearlyEur {
  readonly ok: true;
  readonly yearEurLow: number | null;
  readonly yearEurHigh: number | null;
  /** The basis is kept as stated (gross stays gross, unknown stays unknown). */
  readonly basis: string;
  readonly trace: TraceStep[];
}

export function normalizeObservationToYearlyEur(
  obs: ObservationLike,
  tables: NormalizeTables,
): YearlyEur | Failure {
  if (obs.low === null && obs.high === null)
    return fail('invalid-amount', 'the observation has no amount (low and high are both null)');
  if (obs.low !== null && obs.high !== null && obs.low > obs.high) {
    return fail('invalid-amount', `low ${obs.low} is above high ${obs.high} (expected low ≤ high)`);
  }
  const basis = obs.basis === 'gross' || obs.basis === 'net' ? obs.basis : 'unknown';
  const convert = (amount: number) =>
    convertAmount(
      {
        amount,
        currency: obs.currency,
        period: obs.period,
        basis,
        date: obs.observedOn,
        country: obs.country,
        toCurrency: 'EUR',
        toPeriod: 'year',
        monthsPerYear: obs.monthsPerYear,
        statedRate: obs.statedRate,
      },
      tables,
    );
  let trace: TraceStep[] = [];
  let yearEurLow: number | null = null;
  let yearEurHigh: number | null = null;
  if (obs.low !== null) {
    const r = convert(obs.low);
    if (!r.ok) return r;
    yearEurLow = r.value;
    trace = r.trace;
  }
  if (obs.high !== null) {
    const r = convert(obs.high);
    if (!r.ok) return r;
    yearEurHigh = r.value;
    if (obs.low === null) trace = r.trace;
  }
  return { ok: true, yearEurLow, yearEurHigh, basis, trace };
}
