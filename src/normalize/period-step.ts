/** Period conversion with its trace: the working-time assumptions of the country (data/). */
import type { Period } from '../domain/index.ts';
import type { PeriodStep } from '../domain/index.ts';
import { periodsPerYear, type WorkingTime } from '../domain/index.ts';
import type { WorkingTimeLookup } from './tables.ts';

const withMonths = new WeakMap<WorkingTime, Map<number, WorkingTime>>();

/** The country's working time, with the month count of the figure ("sur 13 mois"). */
export function workingTimeOf(
  table: WorkingTimeLookup,
  country: string | null,
  monthsPerYear: number,
): WorkingTime {
  const base = (country !== null && table.byCountry.get(country)) || table.fallback;
  if (base.monthsPerYear === monthsPerYear) return base;
  let variants = withMonths.get(base);
  if (!variants) withMonths.set(base, (variants = new Map()));
  let wt = variants.get(monthsPerYear);
  if (!wt) variants.set(monthsPerYear, (wt = { ...base, monthsPerYear }));
  return wt;
}

function assumption(period: Period, wt: WorkingTime): string {
  switch (period) {
    case 'year':
      return '1 year';
    case 'month':
      return `${wt.monthsPerYear} monthly payments a year`;
    case 'week':
      return `${wt.weeksPerYear} weeks a year`;
    case 'day':
      return `${wt.daysPerYear} working days a year`;
    case 'hour':
      return `${wt.hoursPerYear} working hours a year (${wt.hoursPerWeek} h a week)`;
  }
}

// Steps are immutable values, built once per (working time, country, from, to) and reused:
// conversions run millions of times a second.
const PERIOD_INDEX: Readonly<Record<Period, number>> = {
  hour: 0,
  day: 1,
  week: 2,
  month: 3,
  year: 4,
};
const cache = new WeakMap<WorkingTime, Map<string | null, (PeriodStep | undefined)[]>>();

function buildStep(
  from: Period,
  to: Period,
  wt: WorkingTime,
  country: string | null,
  usedFallback: boolean,
): PeriodStep {
  const factor = periodsPerYear(from, wt) / periodsPerYear(to, wt);
  const moving = from === 'year' ? to : from;
  const note = usedFallback ? ' (no documented rule for this country: default assumption)' : '';
  return {
    kind: 'period',
    from,
    to,
    factor,
    country,
    assumption: assumption(moving, wt) + note,
    source: wt.source,
  };
}

/** The step from `from` to `to`, or null when they are the same period. `usedFallback` must
 * follow from `country` (whether the table has it). */
export function periodStep(
  from: Period,
  to: Period,
  wt: WorkingTime,
  country: string | null,
  usedFallback: boolean,
): PeriodStep | null {
  if (from === to) return null;
  let byCountry = cache.get(wt);
  if (!byCountry) cache.set(wt, (byCountry = new Map()));
  let steps = byCountry.get(country);
  if (!steps) byCountry.set(country, (steps = []));
  const i = PERIOD_INDEX[from] * 5 + PERIOD_INDEX[to];
  return (steps[i] ??= buildStep(from, to, wt, country, usedFallback));
}
