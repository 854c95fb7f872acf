/** Role guides (fiches métier) with live pay figures, and title classification. */
import { LEVELS, clampMinGroupSize, periodsPerYear } from '../domain/index.ts';
import type {
  ClassifyResponse,
  RoleGuideQuery,
  RoleGuideResponse,
  RolesResponse,
} from '../contract/index.ts';
import { classifyTitle, getRole, listRoles } from '../reference/index.ts';
import { workingTimeFor } from '../reference/index.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { summarizeGroup } from './panorama.ts';
import { localPay } from './filter.ts';
import { computeStats } from './stats.ts';

/** The taxonomy's readonly arrays are plain JSON: the contract type differs only in readonly-ness. */
const asContract = <T>(value: unknown): T => value as T;

export async function listRoleSummaries(ctx: AppContext): Promise<RolesResponse> {
  const minGroupSize = clampMinGroupSize(ctx.config.minGroupSize);
  const counts = await ctx.store.quantilesByGroup({}, ['role'], {
    currency: 'EUR',
    periodsPerYear: 1,
    minGroupSize,
  });
  const byRole = new Map(counts.map((g) => [g.group.role, g.count]));
  return {
    items: listRoles().map((r) => ({
      id: r.id,
      name: r.name,
      missions: asContract<RolesResponse['items'][number]['missions']>(r.missions),
      observations: byRole.get(r.id) ?? 0,
    })),
  };
}

export async function roleGuide(
  ctx: AppContext,
  id: string,
  query: RoleGuideQuery,
): Promise<RoleGuideResponse> {
  const role = getRole(id);
  if (!role)
    throw new AppError('not-found', 404, `no role "${id}" (see GET /api/roles for the ids)`);
  const { currency, period, country, pay } = query;
  const minGroupSize = clampMinGroupSize(ctx.config.minGroupSize);
  const perYear = periodsPerYear(period, workingTimeFor(ctx.tables.workingTime, country ?? null));
  const base = { role: role.id, component: 'base', basis: 'gross' } as const;
  // The same rule as the statistics (filter.ts): local pay for a named country, and for each
  // country of the figures by country.
  const local = localPay(ctx, pay);
  const [overall, levels, countries, freelanceDayRate] = await Promise.all([
    computeStats(ctx, {
      role: role.id,
      ...(country ? { country } : {}),
      ...(pay ? { pay } : {}),
      currency,
      period,
    }),
    ctx.store.quantilesByGroup({ ...base, ...(country ? { country, ...local } : {}) }, ['level'], {
      currency,
      periodsPerYear: perYear,
      minGroupSize,
    }),
    ctx.store.quantilesByGroup({ ...base, ...local }, ['country'], {
      currency,
      periodsPerYear: 1,
      minGroupSize,
    }),
    computeStats(ctx, {
      role: role.id,
      employment: 'freelance',
      ...(country ? { country } : {}),
      ...(pay ? { pay } : {}),
      currency,
      period: 'day',
    }),
  ]);
  const byLevelMap = new Map(levels.map((g) => [g.group.level, g]));
  return {
    role: asContract<RoleGuideResponse['role']>(role),
    pay: {
      currency,
      period,
      country: country ?? null,
      overall,
      byLevel: LEVELS.flatMap((level) => {
        const g = byLevelMap.get(level);
        return g ? [{ level, ...summarizeGroup(g, minGroupSize, currency) }] : [];
      }),
      byCountry: countries
        .filter((g) => g.group.country)
        .map((g) => ({
          country: g.group.country as string,
          ...summarizeGroup(g, minGroupSize, currency),
        }))
        .sort((a, b) => b.count - a.count),
      freelanceDayRate,
    },
  };
}

export function classify(title: string, text?: string): ClassifyResponse {
  const c = classifyTitle(title, text);
  return {
    title,
    role: c.role,
    confidence: c.confidence,
    level: c.level,
    missions: [...c.missions],
    reason: c.reason,
  };
}
