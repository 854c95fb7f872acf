/** France gross ↔ net through curves precomputed with modele-social on a grid
 * (scripts/build-gross-net-curves.ts → data/gross-net/), interpolated at run time. */
import type { AmountBasis } from '../trace.ts';
import { interpolate } from './interpolate.ts';

export const EMPLOYEE_STATUSES = ['cadre', 'non-cadre'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

/** Yearly amounts in EUR at the same grid points; every column is strictly ascending. */
export interface GrossNetCurve {
  readonly gross: Float64Array;
  /** net à payer avant impôt. */
  readonly net: Float64Array;
  /** net payé après impôt (income tax withheld at source). */
  readonly netAfterTax: Float64Array;
}

export interface GrossNetCurves {
  readonly country: 'FR';
  /** e.g. "modele-social 11.1.0". */
  readonly rules: string;
  /** The date the rules are pinned to (YYYY-MM-DD). */
  readonly rulesDate: string;
  /** Household assumption behind the after-tax column. */
  readonly taxAssumption: string;
  readonly byStatus: Readonly<Record<EmployeeStatus, GrossNetCurve>>;
}

function column(curve: GrossNetCurve, basis: AmountBasis): Float64Array {
  return basis === 'gross' ? curve.gross : basis === 'net' ? curve.net : curve.netAfterTax;
}

/** A yearly EUR amount from one basis to another; NaN outside the grid. */
export function convertBasisYearly(
  curves: GrossNetCurves,
  amountYearly: number,
  from: AmountBasis,
  to: AmountBasis,
  status: EmployeeStatus,
): number {
  if (from === to) return amountYearly;
  const curve = curves.byStatus[status];
  return interpolate(column(curve, from), column(curve, to), amountYearly);
}

/** The range of yearly amounts the curves cover, in `basis`. */
export function curveRange(
  curves: GrossNetCurves,
  basis: AmountBasis,
  status: EmployeeStatus,
): [number, number] {
  const col = column(curves.byStatus[status], basis);
  return [col[0] as number, col[col.length - 1] as number];
}
