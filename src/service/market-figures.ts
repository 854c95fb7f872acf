/** From the store's market rows to the payload's figures: shares hidden below the minimum
 * group size (like statistics: the count is shown, the share is not), places named. */
import type { MarketResponse } from '../contract/index.ts';
import type { PayQuartiles, PlaceFigures } from '../store/index.ts';

/** `part / whole`, or null when the whole is below the minimum group size. */
export function shareOf(part: number, whole: number, minGroupSize: number): number | null {
  return whole >= minGroupSize && whole > 0 ? part / whole : null;
}

/** Quartiles kept only for a group of at least the minimum size. */
export function visiblePay(pay: PayQuartiles, minGroupSize: number): PayQuartiles {
  return pay.count >= minGroupSize ? pay : { count: pay.count, p25: null, p50: null, p75: null };
}

export function placeFigures(
  p: PlaceFigures,
  minGroupSize: number,
): MarketResponse['places'][number] {
  return {
    place: p.city ?? p.country ?? 'unknown',
    country: p.country,
    city: p.city,
    postings: p.items,
    pay: visiblePay(p.pay, minGroupSize),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
export const monthKey = (year: number, month: number) => `${year}-${pad(month)}`;
export const quarterKey = (year: number, quarter: number) => `${year}-Q${quarter}`;
