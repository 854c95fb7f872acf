/** Period conversion with its trace: the working-time assumptions of the country (data/). */
import type { Period } from '../domain/money.ts';
import type { PeriodStep } from '../domain/trace.ts';
import { periodsPerYear, type WorkingTime } from '../domain/working-time.ts';
import type { WorkingTimeLookup } from './tables.ts';

/** The country's working time, with the month count of the figure ("sur 13 mois"). */
export function workingTimeOf(
  table: WorkingTimeLookup,
  country: string | null,
  monthsPerYear: number,
): WorkingTime {
  const base = (country !== null && table.byCountry.get(country)) || table.fallback;
  return base.monthsPerYear === monthsPerYear ? base : { ...base, monthsPerYear };
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

/** The step from `from` to `to`, or null when they are the same period. */
export function periodStep(
  from: Period,
  to: Period,
  wt: WorkingTime,
  country: string | null,
  usedFallback: boolean,
): PeriodStep | null {
  if (from === to) return null;
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
