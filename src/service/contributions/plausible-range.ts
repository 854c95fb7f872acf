/** The yearly EUR range a contribution's profile makes plausible: the p1–p99 of the open data
 * of its role, level and country (then role and country, then role), on its basis. */
import {
  histogramQuantiles,
  type ContributionFields,
  type PlausibleRange,
  type StatsFilter,
} from '../../domain/index.ts';
import type { AppContext } from '../context.ts';

/** Fewer values than this make a poor p1–p99. */
const MIN_REFERENCE = 20;

export async function plausibleRange(
  ctx: AppContext,
  c: ContributionFields,
): Promise<PlausibleRange | null> {
  const base: StatsFilter = {
    component: 'base',
    basis: c.basis,
    employment: c.employment,
    role: c.roleId,
  };
  const candidates: [StatsFilter, string][] = [
    [{ ...base, level: c.level, country: c.country }, `${c.roleId} · ${c.level} · ${c.country}`],
    [{ ...base, country: c.country }, `${c.roleId} · ${c.country}`],
    [base, c.roleId],
  ];
  for (const [filter, label] of candidates) {
    const buckets = await ctx.store.histogram(filter, {
      currency: 'EUR',
      periodsPerYear: 1,
      minGroupSize: MIN_REFERENCE,
    });
    const n = buckets.reduce((s, b) => s + b.count, 0);
    if (n < MIN_REFERENCE) continue;
    const [p1, p99] = histogramQuantiles(buckets, [0.01, 0.99]) as [number, number];
    return { p1, p99, basis: `${label} (${n} observations)` };
  }
  return null;
}
