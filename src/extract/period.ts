/**
 * Period inference when the text names none. Only where the magnitude leaves no doubt:
 *  - a day rate: freelance work (TJM, "facturer", day-rate words) and 100–3 000 in EUR/GBP/CHF/USD/CAD;
 *  - a year: 15 000–1 000 000 in EUR/USD/GBP/CHF/CAD/AUD/NZD ("45 k€", "$120,000"): no one earns that a month in these
 *    currencies except executives, and weekly/daily figures never reach it;
 *  - a month: 1 500–12 000 EUR/CHF/GBP for an employee's base pay ("2 950 € brut"): French and European
 *    articles state monthly pay in this band, and yearly pay is above it. Not for USD/CAD (US texts give
 *    hourly or yearly figures) nor MAD (monthly and yearly dirham amounts overlap).
 * Everything else stays null: bonuses, hourly-looking figures, other currencies.
 */
import type { Component, Employment, Period } from '../domain/index.ts';

const YEAR_CURRENCIES = new Set(['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD']);
const MONTH_CURRENCIES = new Set(['EUR', 'CHF', 'GBP']);
const DAY_CURRENCIES = new Set(['EUR', 'GBP', 'CHF', 'USD', 'CAD']);

export function inferPeriod(
  low: number | null,
  high: number | null,
  currency: string,
  component: Component,
  employment: Employment,
): Period | null {
  const value = high ?? low;
  if (value === null || component === 'bonus') return null;
  if (employment === 'freelance') {
    return DAY_CURRENCIES.has(currency) && value >= 100 && value <= 3000 ? 'day' : null;
  }
  if (YEAR_CURRENCIES.has(currency) && value >= 15000 && value <= 1_000_000) return 'year';
  if (
    MONTH_CURRENCIES.has(currency) &&
    value >= 1500 &&
    value <= 12000 &&
    employment === 'employee'
  )
    return 'month';
  return null;
}
