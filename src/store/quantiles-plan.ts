/**
 * How both stores answer a statistics request on any number of observations
 * (docs/decisions/2026-11-21-statistics-at-scale.md):
 * 1. the group's exact size from the per-source cube (one scan of a small table), unless the
 *    filter names a city, which the cube does not hold;
 * 2. a small group (≤ SMALL_GROUP): exact quantiles over its rows (asked beside the cube when
 *    the group is bound to be small, see queries/group-bounds.ts);
 * 3. a large group in EUR: count, sources, min, max and dates from the cube, percentiles read off
 *    the histogram of the fixed 1-in-16 sample;
 * 4. otherwise: the histogram of every row (within 0.25%).
 * With the store's statistics index (stats-index.ts), every step in EUR is answered in memory,
 * with the same figures; other currencies (a join with the daily rates) and cities still read
 * the database.
 */
import { histogramQuantiles, type StatsFilter } from '../domain/index.ts';
import { histogramRowsToRawQuantiles } from './histogram-summary.ts';
import { EMPTY_QUANTILES, type RawQuantiles, type StatsOptions } from './port.ts';
import { salaryHistogramQuery } from './queries/salary-histogram.ts';
import { salaryQuantilesExactQuery } from './queries/salary-quantiles-exact.ts';
import { salaryQuantilesOnlyQuery } from './queries/salary-quantiles-only.ts';
import { cubeCanAnswer, cubeSummaryQuery } from './queries/stats-aggregates.ts';
import { rowToRawQuantiles } from './row-mapping.ts';
import type { Dialect } from './queries/converted-value.ts';
import type { GroupBound } from './queries/group-bounds.ts';
import type { CubeSummaryRow, StatsIndex } from './stats-index.ts';

type Row = Record<string, unknown>;
export type RunQuery = (sql: string, params: (string | number)[]) => Promise<Row[]>;

/** Up to this many observations, quantiles are exact (sorting them is cheap). */
export const SMALL_GROUP = 50_000;
/** Above this many, percentiles come from the sample (≥ 12 500 sampled values). */
export const LARGE_GROUP = 200_000;

export interface QuantilesPlanOptions {
  readonly dialect: Dialect;
  readonly largeGroup?: number;
  /** Group size up to which quantiles are exact (default SMALL_GROUP; tests lower it). */
  readonly smallGroup?: number;
  /** An upper bound of a filter's group size known without a query (queries/group-bounds.ts):
   * a group bound to be small has its exact quantiles asked at once, beside the cube. */
  readonly bound?: () => Promise<GroupBound>;
  /** The cube and the sorted values in memory, when built (stats-index.ts). */
  readonly index?: StatsIndex | null;
}

export async function planQuantiles(
  run: RunQuery,
  filter: StatsFilter,
  options: StatsOptions,
  plan: QuantilesPlanOptions,
): Promise<RawQuantiles> {
  const { dialect, largeGroup = LARGE_GROUP } = plan;
  const { currency, periodsPerYear } = options;
  if (cubeCanAnswer(filter)) {
    const c = cubeSummaryQuery(filter);
    const small = Math.min(plan.smallGroup ?? SMALL_GROUP, largeGroup);
    const cells = plan.index?.match(filter) ?? null;
    if (plan.index && cells) {
      const r = plan.index.summary(cells);
      if (r.n === 0) return EMPTY_QUANTILES;
      const fromCube = cubeFigures(r, r.n, periodsPerYear);
      if (currency !== 'EUR') return beyondCube(run, filter, options, plan, fromCube);
      if (r.n <= small)
        return {
          ...fromCube,
          quantiles: plan.index.quantiles(cells, periodsPerYear),
          method: 'exact',
        };
      if (r.n > largeGroup) {
        const sampled = plan.index.histogram(cells, periodsPerYear, true);
        if (sampled.length > 0)
          return { ...fromCube, quantiles: histogramQuantiles(sampled), method: 'sample' };
      }
      const buckets = plan.index.histogram(cells, periodsPerYear, false);
      return {
        ...fromCube,
        quantiles: histogramQuantiles(buckets),
        min: buckets[0]?.min ?? null,
        max: buckets.at(-1)?.max ?? null,
        method: 'histogram',
      };
    }
    // Sure to be small (EUR): the cube and the quantiles are independent, asked together (two
    // read connections), the same two queries as below, one round trip less.
    if (currency === 'EUR' && plan.bound && (await plan.bound())(filter) <= small) {
      const q = salaryQuantilesOnlyQuery(filter, 'EUR', periodsPerYear, dialect);
      const [[r], [row]] = await Promise.all([run(c.sql, c.params), run(q.sql, q.params)]);
      const count = Number(r?.n ?? 0);
      if (count === 0) return EMPTY_QUANTILES;
      const quantiles = Array.isArray(row?.q) ? (row.q as unknown[]).map(Number) : null;
      return { ...cubeFigures(r, count, periodsPerYear), quantiles, method: 'exact' };
    }
    const [r] = await run(c.sql, c.params);
    const count = Number(r?.n ?? 0);
    if (count === 0) return EMPTY_QUANTILES;
    return beyondCube(run, filter, options, plan, cubeFigures(r, count, periodsPerYear));
  }
  const q = salaryHistogramQuery(filter, currency, periodsPerYear);
  return { ...histogramRowsToRawQuantiles(await run(q.sql, q.params)), method: 'histogram' };
}

/** Steps 2–4 once the group's cube figures are known. */
async function beyondCube(
  run: RunQuery,
  filter: StatsFilter,
  options: StatsOptions,
  plan: QuantilesPlanOptions,
  fromCube: ReturnType<typeof cubeFigures>,
): Promise<RawQuantiles> {
  const { dialect, largeGroup = LARGE_GROUP } = plan;
  const { currency, periodsPerYear } = options;
  const small = Math.min(plan.smallGroup ?? SMALL_GROUP, largeGroup);
  const count = fromCube.count;
  if (count <= small) {
    if (currency === 'EUR') {
      const q = salaryQuantilesOnlyQuery(filter, 'EUR', periodsPerYear, dialect);
      const [row] = await run(q.sql, q.params);
      const quantiles = Array.isArray(row?.q) ? (row.q as unknown[]).map(Number) : null;
      return { ...fromCube, quantiles, method: 'exact' };
    }
    const q = salaryQuantilesExactQuery(filter, currency, periodsPerYear, dialect);
    return { ...rowToRawQuantiles((await run(q.sql, q.params))[0] ?? {}), method: 'exact' };
  }
  if (count > largeGroup && currency === 'EUR') {
    const h = salaryHistogramQuery(filter, 'EUR', periodsPerYear, 'observations_sample');
    const sample = histogramRowsToRawQuantiles(await run(h.sql, h.params));
    if (sample.quantiles) return { ...fromCube, quantiles: sample.quantiles, method: 'sample' };
  }
  const q = salaryHistogramQuery(filter, currency, periodsPerYear);
  return { ...histogramRowsToRawQuantiles(await run(q.sql, q.params)), method: 'histogram' };
}

/** Size, sources, min, max and dates of a group from its cube summary row. */
function cubeFigures(r: Row | CubeSummaryRow | undefined, count: number, periodsPerYear: number) {
  return {
    count,
    sources: Number(r?.sources ?? 0),
    min: Number(r?.lo) / periodsPerYear,
    max: Number(r?.hi) / periodsPerYear,
    from: (r?.first_on as string | null) ?? null,
    to: (r?.last_on as string | null) ?? null,
  };
}
