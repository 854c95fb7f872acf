/**
 * How both stores answer a statistics request on any number of observations
 * (docs/decisions/2026-11-21-statistics-at-scale.md, 2026-12-01-serving.md):
 * 1. one pass over at most SMALL_GROUP + 1 of the group's rows (found fast: the tables are laid
 *    out by role, country, level, year): a small group's whole answer, exact;
 * 2. a large group in EUR: count, sources, min, max and dates from the per-source cube,
 *    percentiles read off the histogram of the fixed 1-in-16 sample when it has more than
 *    LARGE_GROUP rows (unless the filter names a city, which the cube does not hold);
 * 3. otherwise: the histogram of every row (within 0.25%).
 */
import type { StatsFilter } from '../domain/index.ts';
import { histogramRowsToRawQuantiles } from './histogram-summary.ts';
import { EMPTY_QUANTILES, type RawQuantiles, type StatsOptions } from './port.ts';
import { salaryHistogramQuery } from './queries/salary-histogram.ts';
import { salaryQuantilesExactQuery } from './queries/salary-quantiles-exact.ts';
import { cubeCanAnswer, cubeSummaryQuery } from './queries/stats-aggregates.ts';
import { rowToRawQuantiles } from './row-mapping.ts';
import type { Dialect } from './queries/converted-value.ts';

type Row = Record<string, unknown>;
export type RunQuery = (sql: string, params: (string | number)[]) => Promise<Row[]>;

/** Up to this many observations, quantiles are exact (sorting them is cheap). */
export const SMALL_GROUP = 50_000;
/** Above this many, percentiles come from the sample (≥ 12 500 sampled values). */
export const LARGE_GROUP = 200_000;

export async function planQuantiles(
  run: RunQuery,
  filter: StatsFilter,
  options: StatsOptions,
  plan: { readonly dialect: Dialect; readonly largeGroup?: number },
): Promise<RawQuantiles> {
  const { dialect, largeGroup = LARGE_GROUP } = plan;
  const { currency, periodsPerYear } = options;
  const small = Math.min(SMALL_GROUP, largeGroup);
  const e = salaryQuantilesExactQuery(filter, currency, periodsPerYear, dialect, small);
  const [exact] = await run(e.sql, e.params);
  const seen = Number(exact?.n ?? 0);
  if (seen === 0) return EMPTY_QUANTILES;
  if (seen <= small) return { ...rowToRawQuantiles(exact ?? {}), method: 'exact' };
  if (currency === 'EUR' && cubeCanAnswer(filter)) {
    const c = cubeSummaryQuery(filter);
    const [r] = await run(c.sql, c.params);
    const count = Number(r?.n ?? 0);
    if (count > largeGroup) {
      const h = salaryHistogramQuery(filter, 'EUR', periodsPerYear, 'observations_sample');
      const sample = histogramRowsToRawQuantiles(await run(h.sql, h.params));
      if (sample.quantiles)
        return {
          count,
          sources: Number(r?.sources ?? 0),
          min: Number(r?.lo) / periodsPerYear,
          max: Number(r?.hi) / periodsPerYear,
          from: (r?.first_on as string | null) ?? null,
          to: (r?.last_on as string | null) ?? null,
          quantiles: sample.quantiles,
          method: 'sample',
        };
    }
  }
  const q = salaryHistogramQuery(filter, currency, periodsPerYear);
  return { ...histogramRowsToRawQuantiles(await run(q.sql, q.params)), method: 'histogram' };
}
