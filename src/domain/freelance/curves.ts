/** Freelance revenue → net income curves, precomputed with modele-social
 * (scripts/build-gross-net-curves.ts → data/gross-net/), interpolated at run time. */
import { interpolate } from '../gross-net/interpolate.ts';
import type { FreelanceStatus } from './statuses.ts';

/** Yearly EUR at the same grid points; every column strictly ascending. */
export interface FreelanceCurve {
  /** chiffre d'affaires (revenue, excluding VAT). */
  readonly revenue: Float64Array;
  /** Net income before income tax. */
  readonly net: Float64Array;
  readonly netAfterTax: Float64Array;
}

export interface FreelanceCurves {
  readonly rules: string;
  readonly rulesDate: string;
  /** The micro-entreprise revenue ceiling (profession libérale) on rulesDate, € a year. */
  readonly microCeiling: number;
  readonly byStatus: Readonly<Record<FreelanceStatus, FreelanceCurve>>;
}

/** Net before income tax for a yearly revenue; NaN outside the grid. */
export function netFromRevenue(
  curves: FreelanceCurves,
  status: FreelanceStatus,
  revenue: number,
): number {
  const c = curves.byStatus[status];
  return interpolate(c.revenue, c.net, revenue);
}

export function netAfterTaxFromRevenue(
  curves: FreelanceCurves,
  status: FreelanceStatus,
  revenue: number,
): number {
  const c = curves.byStatus[status];
  return interpolate(c.revenue, c.netAfterTax, revenue);
}

/** The yearly revenue that yields `net` before income tax; NaN outside the grid. */
export function revenueForNet(
  curves: FreelanceCurves,
  status: FreelanceStatus,
  net: number,
): number {
  const c = curves.byStatus[status];
  return interpolate(c.net, c.revenue, net);
}
