/** From a validated API/CLI filter to the domain StatsFilter. */
import type { StatsFilter } from '../domain/index.ts';
import type { FilterQuery } from '../contract/index.ts';
import type { AppContext } from './context.ts';
import { invalidParameter } from './errors.ts';

const localCurrencies = new WeakMap<AppContext, Readonly<Record<string, string>>>();

/** Country → the currency its jobs are paid in, from the bundled PPP table (data/ppp). */
export function localCurrenciesOf(ctx: AppContext): Readonly<Record<string, string>> {
  let table = localCurrencies.get(ctx);
  if (!table) {
    table = Object.fromEntries(ctx.tables.ppp?.currencyOf ?? []);
    localCurrencies.set(ctx, table);
  }
  return table;
}

/** What `pay` leaves in, said in the statistics' conversions (null for pay=any). */
export function payStep(
  ctx: AppContext,
  filter: StatsFilter,
): { step: string; detail: string } | null {
  if (!filter.localCurrencies) return null;
  const own = filter.country ? filter.localCurrencies[filter.country] : undefined;
  return {
    step: 'pay',
    detail: filter.country
      ? own
        ? `only jobs in ${filter.country} paid in ${own}, its currency (pay=any adds those paid in another currency)`
        : `every pay currency: no currency is on record for ${filter.country}`
      : `only jobs paid in their country's currency, where it is on record (${Object.keys(localCurrenciesOf(ctx)).length} countries; pay=any adds the others)`,
  };
}

export function toStatsFilter(q: FilterQuery, ctx: AppContext): StatsFilter {
  if (q.yearFrom !== undefined && q.yearTo !== undefined && q.yearFrom > q.yearTo) {
    throw invalidParameter('yearFrom', q.yearFrom, `a year not after yearTo (${q.yearTo})`);
  }
  const { source, pay, ...rest } = q;
  const filter: Record<string, unknown> = { ...rest, sourceId: source };
  for (const key of Object.keys(filter)) if (filter[key] === undefined) delete filter[key];
  if ((pay ?? 'local') === 'local') filter.localCurrencies = localCurrenciesOf(ctx);
  return filter as StatsFilter;
}
