/** Small in-memory tables for tests (no file reads): a few ECB-shaped days and working times. */
import type { FxTable, NormalizeTables, WorkingTime } from '../../src/domain/index.ts';

export const FR_TIME: WorkingTime = {
  hoursPerWeek: 35,
  hoursPerYear: 1607,
  daysPerYear: 218,
  weeksPerYear: 52,
  monthsPerYear: 12,
  source: 'Code du travail (test copy)',
};

export const DEFAULT_TIME: WorkingTime = {
  hoursPerWeek: 40,
  hoursPerYear: 2080,
  daysPerYear: 260,
  weeksPerYear: 52,
  monthsPerYear: 12,
  source: 'default (test copy)',
};

// ECB reference rates of 2024-06-28 (Fri) and 2024-07-01 (Mon); CAD missing on the Monday to
// exercise the walk back.
export const TEST_FX: FxTable = {
  source: 'ECB euro reference rates',
  days: ['2024-06-28', '2024-07-01'],
  ratesPerEur: new Map([
    ['CHF', Float64Array.from([0.9634, 0.9689])],
    ['CAD', Float64Array.from([1.467, Number.NaN])],
    ['USD', Float64Array.from([1.0705, 1.0746])],
  ]),
};

export const TEST_TABLES: NormalizeTables = {
  fx: TEST_FX,
  workingTime: { byCountry: new Map([['FR', FR_TIME]]), fallback: DEFAULT_TIME },
};
