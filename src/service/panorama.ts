/** Roles × levels in one query: the home page's panorama table. */
import {
  LEVELS,
  ROLE_IDS,
  clampMinGroupSize,
  hideSmallGroup,
  periodsPerYear,
  type Level,
} from '../domain/index.ts';
import type { GroupSummary, PanoramaQuery, PanoramaResponse } from '../contract/index.ts';
import { workingTimeFor } from '../reference/working-time.ts';
import type { RawQuantiles } from '../store/index.ts';
import type { AppContext } from './context.ts';
import { invalidParameter } from './errors.ts';
import { toStatsFilter } from './filter.ts';

export function summarizeGroup(
  raw: RawQuantiles,
  minGroupSize: number,
  currency: string,
): GroupSummary {
  const [p10, p25, p50, p75, p90] = raw.quantiles ?? [];
  const s = hideSmallGroup({
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
    period: 'year',
    minGroupSize,
    dateRange: null,
  });
  return { count: s.count, sources: s.sources, status: s.status, percentiles: s.percentiles };
}

const EMPTY: RawQuantiles = {
  count: 0,
  sources: 0,
  quantiles: null,
  min: null,
  max: null,
  from: null,
  to: null,
};

export async function computePanorama(
  ctx: AppContext,
  query: PanoramaQuery,
): Promise<PanoramaResponse> {
  const { currency, period, ...filterQuery } = query;
  if (!ctx.currencies.has(currency)) {
    throw invalidParameter(
      'currency',
      currency,
      `a currency with ECB reference rates: ${[...ctx.currencies].sort().join(', ')}`,
    );
  }
  const filter = toStatsFilter({ component: 'base', basis: 'gross', ...filterQuery });
  const perYear = periodsPerYear(
    period,
    workingTimeFor(ctx.tables.workingTime, filter.country ?? null),
  );
  const minGroupSize = clampMinGroupSize(ctx.config.minGroupSize);
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
    all: summarizeGroup(totals.get(role) ?? EMPTY, minGroupSize, currency),
    cells: LEVELS.map((level: Level) => ({
      level,
      ...summarizeGroup(cells.get(key(role, level)) ?? EMPTY, minGroupSize, currency),
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
