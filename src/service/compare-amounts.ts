/** Stated amounts of several countries side by side (GET /api/compare/amounts): nominal at the
 * ECB rate of the date and purchasing-power adjusted, each with its trace. */
import type { CompareAmountsQuery, CompareAmountsResponse } from '../contract/index.ts';
import { compareCountries, type CompareItem } from '../normalize/index.ts';
import { lastRateDate, type AppContext } from './context.ts';
import { AppError, invalidParameter } from './errors.ts';
import { viewTrace } from './conversions.ts';

const ITEM_FORMAT = 'COUNTRY:AMOUNT:CURRENCY[:RATE] items separated by commas, e.g. CH:9170:CHF';

function parseItem(raw: string, all: string): CompareItem {
  const [country, amount, currency, rate, ...rest] = raw.trim().split(':');
  const number = (s: string | undefined) => (s && s.trim() !== '' ? Number(s) : NaN);
  const value = number(amount);
  const perEur = rate === undefined ? undefined : number(rate);
  if (
    !country ||
    !currency ||
    rest.length > 0 ||
    !(value >= 0) ||
    (perEur !== undefined && !(perEur > 0))
  )
    throw invalidParameter('items', all, `${ITEM_FORMAT} (item "${raw}" is not)`);
  const item = { country: country.toUpperCase(), amount: value, currency: currency.toUpperCase() };
  return perEur === undefined ? item : { ...item, statedRate: { perEur, note: `item ${raw}` } };
}

export function compareAmounts(ctx: AppContext, q: CompareAmountsQuery): CompareAmountsResponse {
  const date = q.date ?? lastRateDate(ctx);
  const r = compareCountries(
    {
      items: q.items.split(',').map((raw) => parseItem(raw, q.items)),
      period: q.period,
      date,
      reference: q.reference,
    },
    ctx.tables,
  );
  if (!r.ok) throw new AppError(r.reason, 400, r.message);
  return {
    reference: r.reference,
    currency: r.currency,
    period: q.period,
    date,
    items: r.items.map((i) => ({ ...i, trace: viewTrace(i.trace) })),
  };
}
