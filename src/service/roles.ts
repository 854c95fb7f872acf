/** Role guides (fiches métier) with live pay figures, and title classification. */
import { clampMinGroupSize, periodsPerYear } from '../domain/index.ts';
import { findPlace } from '../extract/index.ts';
import type {
  ClassifyResponse,
  RoleGuideQuery,
  RoleGuideResponse,
  RolesResponse,
} from '../contract/index.ts';
import {
  classifyTitle,
  closestRolesTo,
  getRole,
  listRoles,
  workingTimeFor,
} from '../reference/index.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { localPay } from './filter.ts';
import { publishedFigures } from './published.ts';
import { countryRows, dayRates, levelRows, romeV3Of } from './role-pay.ts';
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
  const [overall, levels, countries, freelanceDayRate, published] = await Promise.all([
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
    dayRates(ctx, { role: role.id, country: country ?? null, currency, ...(pay ? { pay } : {}) }),
    publishedFigures(ctx, { role: role.id, country: country ?? null, currency, period }),
  ]);
  const at = { role: role.id, country: country ?? null, currency, period };
  return {
    role: asContract<RoleGuideResponse['role']>(role),
    pay: {
      currency,
      period,
      country: country ?? null,
      overall,
      byLevel: levelRows(ctx, levels, at, minGroupSize),
      byCountry: countryRows(ctx, countries, at, minGroupSize),
      freelanceDayRate,
      published,
    },
    romeV3: romeV3Of(role),
  };
}

/** A title names a role when the classifier finds a data/AI role with at least this confidence. */
export const MATCHED_CONFIDENCE = 0.5;

export function classify(title: string, text?: string): ClassifyResponse {
  const c = classifyTitle(title, text);
  const matched = c.role !== 'other' && c.confidence >= MATCHED_CONFIDENCE;
  return {
    matched,
    closest: matched ? [] : closestRolesTo(title).roles,
    place: findPlace(title),
    title,
    role: c.role,
    confidence: c.confidence,
    level: c.level,
    missions: [...c.missions],
    reason: c.reason,
  };
}
