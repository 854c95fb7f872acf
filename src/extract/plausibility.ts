/**
 * Sanity checks of a fact against its magnitude, for data whose labels can be wrong: a
 * "Mensuel" (monthly) label on yearly amounts, a yearly figure ten times too large or small
 * (a typed extra or missing zero), an hourly rate that is a monthly one. Returns issues with a
 * suggested reading; it never changes the fact (the caller decides).
 */
import type { Period } from '../domain/index.ts';
import type { ExtractedFact } from './fact.ts';

export interface PlausibilityIssue {
  readonly code:
    | 'period-looks-yearly'
    | 'period-looks-monthly'
    | 'times-ten'
    | 'divided-by-ten'
    | 'low-above-high';
  readonly message: string;
  /** The reading the magnitude suggests. */
  readonly suggested: {
    readonly low: number | null;
    readonly high: number | null;
    readonly period: Period | null;
  };
}

/** Plausible gross pay bands per period for EUR-like currencies (EUR, USD, GBP, CHF, CAD). */
const BANDS: Record<Period, readonly [number, number]> = {
  hour: [8, 250],
  day: [80, 3000],
  week: [300, 8000],
  month: [500, 30000],
  year: [12000, 600000],
};
const EURO_LIKE = new Set(['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD']);

const within = (v: number, [lo, hi]: readonly [number, number]): boolean => v >= lo && v <= hi;
const scale = (v: number | null, k: number): number | null =>
  v === null ? null : Math.round(v * k * 100) / 100;

export function checkPlausibility(
  fact: Pick<ExtractedFact, 'low' | 'high' | 'currency' | 'period' | 'component'>,
): PlausibilityIssue[] {
  const issues: PlausibilityIssue[] = [];
  const { low, high, period } = fact;
  if (low !== null && high !== null && low > high) {
    issues.push({
      code: 'low-above-high',
      message: `low ${low} is above high ${high}`,
      suggested: { low: high, high: low, period },
    });
  }
  if (!EURO_LIKE.has(fact.currency) || period === null || fact.component === 'bonus') return issues;
  const values = [low, high].filter((v): v is number => v !== null);
  if (values.length === 0) return issues;
  const all = (band: readonly [number, number]): boolean => values.every((v) => within(v, band));
  if (all(BANDS[period])) {
    // a range whose ends differ tenfold: one end has a typed extra zero
    if (low !== null && high !== null && high >= 9.5 * low && within(high / 10, BANDS[period])) {
      issues.push({
        code: 'times-ten',
        message: `high ${high} is ten times low ${low}`,
        suggested: { low, high: high / 10, period },
      });
    }
    return issues;
  }
  if (period === 'month' && all(BANDS.year) && values.every((v) => v >= 12000)) {
    issues.push({
      code: 'period-looks-yearly',
      message: `${values.join('–')} ${fact.currency} a month looks like a yearly amount`,
      suggested: { low, high, period: 'year' },
    });
  } else if (period === 'year' && all(BANDS.month) && values.every((v) => v < 12000)) {
    issues.push({
      code: 'period-looks-monthly',
      message: `${values.join('–')} ${fact.currency} a year looks like a monthly amount`,
      suggested: { low, high, period: 'month' },
    });
  } else if (period === 'hour' && all(BANDS.month) && values.every((v) => v >= 500)) {
    issues.push({
      code: 'period-looks-monthly',
      message: `${values.join('–')} ${fact.currency} an hour looks like a monthly amount`,
      suggested: { low, high, period: 'month' },
    });
  } else if (values.every((v) => within(v / 10, BANDS[period]))) {
    issues.push({
      code: 'times-ten',
      message: `${values.join('–')} ${fact.currency} per ${period} is ten times the usual range`,
      suggested: { low: scale(low, 0.1), high: scale(high, 0.1), period },
    });
  } else if (values.every((v) => within(v * 10, BANDS[period]))) {
    issues.push({
      code: 'divided-by-ten',
      message: `${values.join('–')} ${fact.currency} per ${period} is a tenth of the usual range`,
      suggested: { low: scale(low, 10), high: scale(high, 10), period },
    });
  } else if (
    low !== null &&
    high !== null &&
    within(low, BANDS[period]) &&
    within(high / 10, BANDS[period])
  ) {
    issues.push({
      code: 'times-ten',
      message: `high ${high} is ten times too large for low ${low}`,
      suggested: { low, high: high / 10, period },
    });
  }
  return issues;
}
