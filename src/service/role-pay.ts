/** The role guide's thin-cell rules: levels and countries below the minimum size carry the
 * estimator's range (modelled.ts); day rates count whatever their basis. */
import { LEVELS, type Level, type Period } from '../domain/index.ts';
import type { GroupSummary, RoleGuideResponse, StatsResponse } from '../contract/index.ts';
import type { GroupedQuantiles } from '../store/index.ts';
import { loadRomeV3 } from '../reference/index.ts';
import type { AppContext } from './context.ts';
import { fillThin, modelledFigure, yearlyEurScale } from './modelled.ts';
import { summarizeGroup } from './panorama.ts';
import { computeStats } from './stats.ts';

/** The levels every guide shows (modelled when thin), then any other level with observations. */
const CORE_LEVELS: readonly Level[] = ['junior', 'mid', 'senior'];

export function levelRows(
  ctx: AppContext,
  groups: readonly GroupedQuantiles[],
  q: { role: string; country: string | null; currency: string; period: Period },
  minGroupSize: number,
): (GroupSummary & { level: Level })[] {
  const byLevel = new Map(groups.map((g) => [g.group.level, g]));
  const model = ctx.estimator.peek()?.model ?? null;
  const { factor } = yearlyEurScale(ctx, q.currency, q.period, q.country);
  return LEVELS.filter((l) => CORE_LEVELS.includes(l) || (byLevel.get(l)?.count ?? 0) > 0).map(
    (level) => {
      const g = byLevel.get(level);
      const observed = g
        ? summarizeGroup(g, minGroupSize, q.currency)
        : { count: 0, sources: 0, status: 'not-enough-data' as const, percentiles: null };
      return {
        level,
        ...fillThin(observed, () =>
          modelledFigure(ctx, model, { role: q.role, level, country: q.country }, factor),
        ),
      };
    },
  );
}

/** Yearly figures by country, each thin country modelled on its own scale. */
export function countryRows(
  ctx: AppContext,
  groups: readonly GroupedQuantiles[],
  q: { role: string; currency: string },
  minGroupSize: number,
): (GroupSummary & { country: string })[] {
  const model = ctx.estimator.peek()?.model ?? null;
  return groups
    .filter((g) => g.group.country)
    .map((g) => {
      const country = g.group.country as string;
      return {
        country,
        ...fillThin(summarizeGroup(g, minGroupSize, q.currency), () =>
          modelledFigure(
            ctx,
            model,
            { role: q.role, level: null, country },
            yearlyEurScale(ctx, q.currency, 'year', country).factor,
          ),
        ),
      };
    })
    .sort((a, b) => b.count - a.count);
}

/** Freelance day rates of a role: a TJM is neither gross nor net salary, so every basis counts. */
export async function dayRates(
  ctx: AppContext,
  q: { role: string; country: string | null; currency: string; pay?: 'local' | 'any' },
): Promise<StatsResponse> {
  const stats = await computeStats(
    ctx,
    {
      role: q.role as never,
      employment: 'freelance',
      basis: undefined,
      ...(q.country ? { country: q.country } : {}),
      ...(q.pay ? { pay: q.pay } : {}),
      currency: q.currency,
      period: 'day',
    },
    // a wider group would leave out "freelance": salaries are no day rates
    { wider: false },
  );
  return { ...stats, basis: 'any (a day rate is revenue, neither gross nor net salary)' };
}

/** The role's ROME v3 fiches: the parents of its 4.0 codes and those sources cite for it. */
export function romeV3Of(role: { id: string; rome: readonly { code: string }[] }) {
  const t = loadRomeV3();
  const own = new Set(role.rome.map((r) => r.code));
  const cited = t.cited.filter((c) => c.role === role.id);
  const codes = [
    ...new Set([...cited.map((c) => c.code), ...[...own].flatMap((c) => t.parentOf[c] ?? [])]),
  ];
  const fiches: RoleGuideResponse['romeV3']['fiches'] = codes.map((code) => ({
    code,
    label: t.fiches[code]?.label ?? null,
    citedBy: cited.filter((c) => c.code === code).map((c) => c.sourceId),
    successors: (t.fiches[code]?.successors ?? []).map((s) => ({ ...s, ofRole: own.has(s.code) })),
  }));
  return { source: t.source, fiches };
}
