/** Salary distribution for a filter: the function behind `GET /api/stats` and `fourchette stats`. */
import { clampMinGroupSize, displayBins, hideSmallGroup, periodsPerYear } from '../domain/index.ts';
import type {
  DistributionQuery,
  DistributionResponse,
  StatsQuery,
  StatsResponse,
} from '../contract/index.ts';
import { workingTimeFor } from '../reference/working-time.ts';
import type { AppContext } from './context.ts';
import { invalidParameter } from './errors.ts';
import { toStatsFilter } from './filter.ts';

/** The filter, currency and period checks shared by the distribution functions. */
function prepare(ctx: AppContext, query: StatsQuery) {
  const { currency, period, ...filterQuery } = query;
  if (!ctx.currencies.has(currency)) {
    throw invalidParameter(
      'currency',
      currency,
      `a currency with ECB reference rates: ${[...ctx.currencies].sort().join(', ')}`,
    );
  }
  // Statistics compare like with like: base gross pay unless asked otherwise.
  const filter = toStatsFilter({ component: 'base', basis: 'gross', ...filterQuery });
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
  const { currency, period, filter, perYear, minGroupSize } = prepare(ctx, statsQuery);
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

export async function computeStats(ctx: AppContext, query: StatsQuery): Promise<StatsResponse> {
  const { currency, period, ...filterQuery } = query;
  if (!ctx.currencies.has(currency)) {
    throw invalidParameter(
      'currency',
      currency,
      `a currency with ECB reference rates: ${[...ctx.currencies].sort().join(', ')}`,
    );
  }
  // Statistics compare like with like: base gross pay unless asked otherwise.
  const filter = toStatsFilter({ component: 'base', basis: 'gross', ...filterQuery });
  const wt = workingTimeFor(ctx.tables.workingTime, filter.country ?? null);
  const perYear = periodsPerYear(period, wt);
  const minGroupSize = clampMinGroupSize(ctx.config.minGroupSize);
  const raw = await ctx.store.quantiles(filter, {
    currency,
    periodsPerYear: perYear,
    minGroupSize,
  });
  const [p10, p25, p50, p75, p90] = raw.quantiles ?? [];
  const summary = hideSmallGroup({
    count: raw.count,
    sources: raw.sources,
    percentiles:
      p10 !== undefined &&
      p25 !== undefined &&
      p50 !== undefined &&
      p75 !== undefined &&
      p90 !== undefined
        ? { p10, p25, p50, p75, p90 }
        : null,
    min: raw.min,
    max: raw.max,
    currency,
    period,
    minGroupSize,
    dateRange: raw.from && raw.to ? { from: raw.from, to: raw.to } : null,
  });
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
  if (period !== 'year') {
    conversions.push({
      step: 'period',
      detail: `yearly amounts divided by ${perYear} (${period}s a year: ${wt.source})`,
    });
  }
  return {
    ...summary,
    basis: filter.basis ?? 'gross',
    filter: filter as Record<string, string | number>,
    conversions,
  };
}
