/** Roles × levels in one query: the home page's panorama table. */
import { LEVELS, ROLE_IDS, hideSmallGroup, toPercentiles, type Level } from '../domain/index.ts';
import type { GroupSummary, PanoramaQuery, PanoramaResponse } from '../contract/index.ts';
import { EMPTY_QUANTILES, type RawQuantiles } from '../store/index.ts';
import type { AppContext } from './context.ts';
import { prepareStats } from './stats.ts';

export function summarizeGroup(
  raw: RawQuantiles,
  minGroupSize: number,
  currency: string,
): GroupSummary {
  const s = hideSmallGroup({
    count: raw.count,
    sources: raw.sources,
    percentiles: toPercentiles(raw.quantiles),
    min: raw.min,
    max: raw.max,
    currency,
    period: 'year',
    minGroupSize,
    dateRange: null,
  });
  return { count: s.count, sources: s.sources, status: s.status, percentiles: s.percentiles };
}

export async function computePanorama(
  ctx: AppContext,
  query: PanoramaQuery,
): Promise<PanoramaResponse> {
  const { currency, period, filter, perYear, minGroupSize } = prepareStats(ctx, query);
  const options = { currency, periodsPerYear: perYear, minGroupSize };
  const [byLevel, byRole] = await Promise.all([
    ctx.store.quantilesByGroup(filter, ['role', 'level'], options),
    ctx.store.quantilesByGroup(filter, ['role'], options),
  ]);
  const key = (role: string | null, level: string | null) => `${role}|${level}`;
  const cells = new Map(byLevel.map((g) => [key(g.group.role ?? null, g.group.level ?? null), g]));
  const totals = new Map(byRole.map((g) => [g.group.role ?? null, g]));
  const rows = ROLE_IDS.filter((role) => totals.has(role)).map((role) => ({
    role,
    all: summarizeGroup(totals.get(role) ?? EMPTY_QUANTILES, minGroupSize, currency),
    cells: LEVELS.map((level: Level) => ({
      level,
      ...summarizeGroup(cells.get(key(role, level)) ?? EMPTY_QUANTILES, minGroupSize, currency),
    })),
  }));
  return {
    currency,
    period,
    basis: filter.basis ?? 'gross',
    minGroupSize,
    levels: [...LEVELS],
    rows,
  };
}
