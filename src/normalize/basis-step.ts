/** Gross ↔ net on a yearly EUR amount, with its trace. France only: elsewhere net is "not
 * available" until a documented rule exists (never a guess). */
import {
  convertBasisYearly,
  curveRange,
  type EmployeeStatus,
  type GrossNetCurves,
} from '../domain/index.ts';
import type { AmountBasis, BasisStep } from '../domain/index.ts';
import { fail, type Failure } from './outcome.ts';

export function convertBasisTraced(
  curves: GrossNetCurves | undefined,
  yearlyEur: number,
  from: AmountBasis,
  to: AmountBasis,
  country: string | null,
  status: EmployeeStatus,
): { ok: true; value: number; step: BasisStep } | Failure {
  if (country !== 'FR') {
    return fail(
      'net-not-available',
      `${from} → ${to} is not available for country ${JSON.stringify(country)}: Fourchette has a documented rule for France (FR) only`,
    );
  }
  if (!curves)
    return fail(
      'net-not-available',
      `${from} → ${to} needs the gross/net curves (data/gross-net), which were not loaded`,
    );
  const value = convertBasisYearly(curves, yearlyEur, from, to, status);
  if (Number.isNaN(value)) {
    const [lo, hi] = curveRange(curves, from, status);
    return fail(
      'out-of-range',
      `${Math.round(yearlyEur)} € ${from} a year is outside the gross/net curves (${Math.round(lo)}–${Math.round(hi)} € ${from} a year)`,
    );
  }
  const step: BasisStep = {
    kind: 'basis',
    from,
    to,
    country,
    status,
    rules: curves.rules,
    rulesDate: curves.rulesDate,
    method: 'interpolated',
    yearlyIn: yearlyEur,
    yearlyOut: value,
    assumption: `${status}, full-time employee, private sector; ${curves.taxAssumption}`,
  };
  return { ok: true, value, step };
}
