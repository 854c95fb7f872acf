/** Period conversion with explicit working-time assumptions (no inline * 12 or * 218). */
import type { Period } from './money.ts';

export interface WorkingTime {
  readonly hoursPerWeek: number;
  readonly hoursPerYear: number;
  readonly daysPerYear: number;
  readonly weeksPerYear: number;
  /** 12, or 13 when the text says "sur 13 mois". */
  readonly monthsPerYear: number;
  readonly source: string;
}

/** How many of `period` make one year under `wt`. */
export function periodsPerYear(period: Period, wt: WorkingTime): number {
  switch (period) {
    case 'year':
      return 1;
    case 'month':
      return wt.monthsPerYear;
    case 'week':
      return wt.weeksPerYear;
    case 'day':
      return wt.daysPerYear;
    case 'hour':
      return wt.hoursPerYear;
  }
}
