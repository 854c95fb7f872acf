/** Pure normalization: amounts to one scale (currency at a dated rate, period, basis), with a
 * trace of every step. Tables are arguments (src/reference/ loads them from data/). */
export { convertAmount, type ConvertInput, type Converted } from './convert-amount.ts';
export {
  normalizeObservationToYearlyEur,
  type ObservationLike,
  type YearlyEur,
} from './observation-to-yearly-eur.ts';
export {
  convertCurrencyTraced,
  statedRateFrom,
  isIsoCurrency,
  type StatedRate,
} from './currency-step.ts';
export { type Failure, type FailureReason } from './outcome.ts';
export type { NormalizeTables, WorkingTimeLookup } from './tables.ts';
export {
  compareCountries,
  type CompareInput,
  type CompareItem,
  type ComparedItem,
  type Comparison,
} from './compare-countries.ts';
export {
  freelanceIncome,
  tjmForSalary,
  DEFAULT_BILLABLE_DAYS,
  type FreelanceInput,
  type FreelanceIncome,
  type TjmForSalaryInput,
  type TjmForSalary,
} from './freelance.ts';
export { describeStep } from './describe-step.ts';
