/** Roles × levels in one query: the home page's panorama table; thin cells carry the
 * estimator's range (modelled.ts). */
import { LEVELS, ROLE_IDS, hideSmallGroup, toPercentiles, type Level } from '../domain/index.ts';
import type { StatsFilter } from '../domain/index.ts';
import type { GroupSummary, PanoramaQuery, PanoramaResponse } from '../contract/index.ts';
import { EMPTY_QUANTILES, type RawQuantiles } from '../store/index.ts';
import type { AppContext } from './context.ts';
import { fillThin, modelledFigure, yearlyEurScale } from './modelled.ts';
import { articleFigures } from './published.ts';
import { prepareStats } from './stats.ts';

export function summarizeGroup(
  raw: RawQuantiles,
  minGroupSize: number,
  currency: string,
): Omit<GroupSummary, 'kind' | 'model'> {
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

/** The estimator knows role, level, country and pay currency of gross base pay: a filter on
 * anything else (net, bonus, a city, a source, years…) gets no modelled stand-in. */
export function modelCovers(filter: StatsFilter): boolean {
  const {
    role: _r,
    level: _l,
    country: _c,
    localCurrencies: _p,
    component,
    basis,
    ...rest
  } = filter;
  return (
    (component ?? 'base') === 'base' &&
    (basis ?? 'gross') === 'gross' &&
    Object.values(rest).every((v) => v === undefined)
  );
}

export async function computePanorama(
  ctx: AppContext,
  query: PanoramaQuery,
): Promise<PanoramaResponse> {
  const { currency, period, filter, perYear, minGroupSize } = prepareStats(ctx, query);
  const options = { currency, periodsPerYear: perYear, minGroupSize };
  const [byLevel, byRole, sources] = await Promise.all([
    ctx.store.quantilesByGroup(filter, ['role', 'level'], options),
    ctx.store.quantilesByGroup(filter, ['role'], options),
    ctx.store.listSources(),
  ]);
  // The articles' salaries by role and level, to read beside ours (day rates are elsewhere).
  const articles = (
    await articleFigures(ctx, sources, {
      role: null,
      country: filter.country ?? null,
      currency,
      period,
    })
  ).filter((f) => f.employment === 'employee' && f.stated.period !== 'day' && f.level);
  const country = filter.country ?? null;
  const model = modelCovers(filter) ? (ctx.estimator.peek()?.model ?? null) : undefined;
  const { factor } = yearlyEurScale(ctx, currency, period, country);
  const cell = (raw: RawQuantiles | undefined, role: string, level: Level | null) =>
    fillThin(summarizeGroup(raw ?? EMPTY_QUANTILES, minGroupSize, currency), () =>
      model === undefined ? null : modelledFigure(ctx, model, { role, level, country }, factor),
    );
  const key = (role: string | null, level: string | null) => `${role}|${level}`;
  const cells = new Map(byLevel.map((g) => [key(g.group.role ?? null, g.group.level ?? null), g]));
  const totals = new Map(byRole.map((g) => [g.group.role ?? null, g]));
  const rows = ROLE_IDS.filter((role) => totals.has(role)).map((role) => ({
    role,
    all: cell(totals.get(role), role, null),
    cells: LEVELS.map((level: Level) => ({
      level,
      ...cell(cells.get(key(role, level)), role, level),
      published: articles
        .filter((f) => f.role === role && f.level === level)
        .map(({ role: _role, ...f }) => f),
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
