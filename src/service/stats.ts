/** Salary distribution for a filter: the function behind `GET /api/stats` and `fourchette stats`. */
import {
  type StatsFilter,
  clampMinGroupSize,
  displayBins,
  hideSmallGroup,
  periodsPerYear,
  toPercentiles,
} from '../domain/index.ts';
import type {
  DistributionQuery,
  DistributionResponse,
  StatsQuery,
  StatsResponse,
} from '../contract/index.ts';
import { workingTimeFor } from '../reference/index.ts';
import { requireRatedCurrency, type AppContext } from './context.ts';
import { payStep, toStatsFilter } from './filter.ts';

/** The checks and defaults every statistic shares: a currency with rates, base gross pay unless
 * asked otherwise, the working time of the filtered country, the minimum group size. */
export function prepareStats(
  ctx: AppContext,
  query: Omit<StatsQuery, 'role' | 'level'> & Partial<Pick<StatsQuery, 'role' | 'level'>>,
) {
  const { currency, period, ...filterQuery } = query;
  requireRatedCurrency(ctx, currency);
  // Statistics compare like with like: base gross pay unless asked otherwise.
  const filter = toStatsFilter({ component: 'base', basis: 'gross', ...filterQuery }, ctx);
  const wt = workingTimeFor(ctx.tables.workingTime, filter.country ?? null);
  return {
    currency,
    period,
    filter,
    wt,
    perYear: periodsPerYear(period, wt),
    minGroupSize: clampMinGroupSize(ctx.config.minGroupSize),
  };
}

/** Bars of the distribution for a chart; nothing below the minimum group size. */
export async function computeDistribution(
  ctx: AppContext,
  query: DistributionQuery,
): Promise<DistributionResponse> {
  const { bins, ...statsQuery } = query;
  const { currency, period, filter, perYear, minGroupSize } = prepareStats(ctx, statsQuery);
  const buckets = await ctx.store.histogram(filter, {
    currency,
    periodsPerYear: perYear,
    minGroupSize,
  });
  const count = buckets.reduce((n, b) => n + b.count, 0);
  const ok = count >= minGroupSize;
  return {
    count,
    status: ok ? 'ok' : 'not-enough-data',
    minGroupSize,
    currency,
    period,
    basis: filter.basis ?? 'gross',
    bins: ok ? displayBins(buckets, bins) : [],
  };
}

/** The filter as asked, with `pay` in place of the currency table it stands for. */
function echoFilter(filter: StatsFilter, pay: 'local' | 'any'): Record<string, string | number> {
  const { localCurrencies: _table, ...rest } = filter;
  return { ...rest, pay };
}

/** The store's figures for a prepared filter, small groups hidden. */
async function summarizeStats(ctx: AppContext, p: ReturnType<typeof prepareStats>) {
  const { currency, period, filter, perYear, minGroupSize } = p;
  const raw = await ctx.store.quantiles(filter, {
    currency,
    periodsPerYear: perYear,
    minGroupSize,
  });
  const summary = hideSmallGroup({
    count: raw.count,
    sources: raw.sources,
    percentiles: toPercentiles(raw.quantiles),
    min: raw.min,
    max: raw.max,
    currency,
    period,
    minGroupSize,
    dateRange: raw.from && raw.to ? { from: raw.from, to: raw.to } : null,
  });
  return { raw, summary };
}

/** The criteria a not-enough-data answer may leave out to find a wider group, narrowest first
 * (never the role or the country: the answer stays about the job asked, where it was asked). */
const WIDER_STEPS: readonly (readonly (keyof StatsQuery)[])[] = [
  ['city'],
  ['companySize'],
  ['remote'],
  ['employment'],
  ['yearFrom', 'yearTo'],
  ['level'],
  ['source'],
];

/** The nearest wider filter with enough data: the criteria of WIDER_STEPS left out one step
 * after another until the group is large enough (null when none is, or nothing can be left out). */
async function widerFilter(ctx: AppContext, query: StatsQuery): Promise<StatsResponse['wider']> {
  const wider: Partial<StatsQuery> = { ...query };
  const dropped: string[] = [];
  for (const step of WIDER_STEPS) {
    const present = step.filter((k) => wider[k] !== undefined);
    if (present.length === 0) continue;
    for (const k of present) delete wider[k];
    dropped.push(...present);
    const asked = wider as StatsQuery;
    const prepared = prepareStats(ctx, asked);
    const { summary } = await summarizeStats(ctx, prepared);
    if (summary.status === 'ok')
      return {
        dropped,
        count: summary.count,
        filter: echoFilter(prepared.filter, asked.pay ?? 'local'),
      };
  }
  return null;
}

export async function computeStats(
  ctx: AppContext,
  query: StatsQuery,
  options: { wider?: boolean } = {},
): Promise<StatsResponse> {
  const prepared = prepareStats(ctx, query);
  const { currency, period, filter, wt, perYear, minGroupSize } = prepared;
  const { raw, summary } = await summarizeStats(ctx, prepared);
  const conversions = [
    {
      step: 'value',
      detail:
        'each observation counts once: a range by its midpoint, an open range by its known bound',
    },
    {
      step: 'currency',
      detail:
        currency === 'EUR'
          ? `converted to EUR at the ${ctx.tables.fx.source} of each observation's date (nearest earlier business day)`
          : `converted to EUR then ${currency} at the ${ctx.tables.fx.source} of each observation's date (nearest earlier business day)`,
    },
  ];
  const pay = payStep(ctx, filter);
  if (pay) conversions.push(pay);
  if (raw.method === 'sample') {
    conversions.push({
      step: 'percentiles',
      detail: `percentiles estimated from a fixed 1-in-16 sample of the ${raw.count} observations (count, min and max are exact)`,
    });
  } else if (raw.method === 'histogram') {
    conversions.push({
      step: 'percentiles',
      detail: 'percentiles read off a histogram with 0.25% buckets (within 0.25%)',
    });
  }
  if (raw.privacy) {
    conversions.push({
      step: 'contributions',
      detail: `includes ${raw.privacy.contributions} anonymous contributions (published in batches of at least ${minGroupSize} per cohort): percentiles ${raw.privacy.smoothedWith ? `smoothed toward the broader cohort (${raw.privacy.smoothedWith} pseudo-observations) and ` : ''}rounded to ${raw.privacy.digits} significant digits; no min or max`,
    });
  }
  if (period !== 'year') {
    conversions.push({
      step: 'period',
      detail: `yearly amounts divided by ${perYear} (${period}s a year: ${wt.source})`,
    });
  }
  return {
    ...summary,
    basis: filter.basis ?? 'gross',
    filter: echoFilter(filter, query.pay ?? 'local'),
    conversions,
    wider:
      summary.status === 'ok' || options.wider === false ? null : await widerFilter(ctx, query),
  };
}
