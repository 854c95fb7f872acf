/** Is a contributed yearly value plausible for its profile? Unusual values are held for a
 * moderator, never dropped: outside the profile's observed p1–p99, or a month/year mix-up. */

export interface PlausibleRange {
  readonly p1: number;
  readonly p99: number;
  /** What the range was read from, for the moderator (e.g. "ml-engineer · FR · 212 obs."). */
  readonly basis: string;
}

/** With no reference data: yearly EUR values no salary of these jobs goes below or above. */
export const ABSOLUTE_YEARLY_EUR = { min: 3_000, max: 3_000_000 } as const;

/** Months in a year, for the mix-up check only (a month's pay entered as a year's, or back). */
const MONTHS = 12;

export type Plausibility = { readonly ok: true } | { readonly ok: false; readonly reason: string };

export function checkPlausibility(
  valueYearEur: number,
  range: PlausibleRange | null,
): Plausibility {
  const lo = range?.p1 ?? ABSOLUTE_YEARLY_EUR.min;
  const hi = range?.p99 ?? ABSOLUTE_YEARLY_EUR.max;
  const where = range
    ? `the p1–p99 of ${range.basis} (${Math.round(lo)}–${Math.round(hi)} EUR a year)`
    : `${lo}–${hi} EUR a year`;
  const inside = (v: number) => v >= lo && v <= hi;
  if (inside(valueYearEur)) return { ok: true };
  const value = `${Math.round(valueYearEur)} EUR a year`;
  if (inside(valueYearEur * MONTHS))
    return { ok: false, reason: `${value} is outside ${where}; a month's pay given as a year's?` };
  if (inside(valueYearEur / MONTHS))
    return { ok: false, reason: `${value} is outside ${where}; a year's pay given as a month's?` };
  return { ok: false, reason: `${value} is outside ${where}` };
}
