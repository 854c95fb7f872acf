/** From a validated API/CLI filter to the domain StatsFilter. */
import type { StatsFilter } from '../domain/index.ts';
import type { FilterQuery } from '../contract/index.ts';
import type { AppContext } from './context.ts';
import { invalidParameter } from './errors.ts';

const localCurrencies = new WeakMap<AppContext, Readonly<Record<string, string>>>();

/** Country → the currency its jobs are paid in, from the bundled PPP table (data/ppp). */
function localCurrenciesOf(ctx: AppContext): Readonly<Record<string, string>> {
  let table = localCurrencies.get(ctx);
  if (!table) {
    table = Object.fromEntries(ctx.tables.ppp?.currencyOf ?? []);
    localCurrencies.set(ctx, table);
  }
  return table;
}

/** The store filter that `pay` stands for: the currency table for pay=local (the default),
 * nothing for pay=any. */
export function localPay(
  ctx: AppContext,
  pay: 'local' | 'any' | undefined,
): { localCurrencies?: Readonly<Record<string, string>> } {
  return (pay ?? 'local') === 'local' ? { localCurrencies: localCurrenciesOf(ctx) } : {};
}

/** What `pay` leaves in, said in the statistics' conversions (null for pay=any). */
export function payStep(
  ctx: AppContext,
  filter: StatsFilter,
): { step: string; detail: string } | null {
  if (!filter.localCurrencies || !filter.country) return null;
  const own = Object.hasOwn(filter.localCurrencies, filter.country)
    ? filter.localCurrencies[filter.country]
    : undefined;
  return {
    step: 'pay',
    detail: own
      ? `only jobs in ${filter.country} paid in ${own}, its currency (pay=any adds those paid in another currency)`
      : `every pay currency: no currency is on record for ${filter.country} (of ${Object.keys(localCurrenciesOf(ctx)).length} countries in data/ppp)`,
  };
}

export function toStatsFilter(q: FilterQuery, ctx: AppContext): StatsFilter {
  if (q.yearFrom !== undefined && q.yearTo !== undefined && q.yearFrom > q.yearTo) {
    throw invalidParameter('yearFrom', q.yearFrom, `a year not after yearTo (${q.yearTo})`);
  }
  const { source, pay, ...rest } = q;
  const filter: Record<string, unknown> = { ...rest, sourceId: source };
  for (const key of Object.keys(filter)) if (filter[key] === undefined) delete filter[key];
  // Local pay is about one country's jobs: with no country named, figures mix every country
  // already, and the per-row check would double the cost of the broadest queries.
  return { ...filter, ...(q.country ? localPay(ctx, pay) : {}) } as StatsFilter;
}
