/**
 * estimate: adds the shrunk effects of a profile in log space, spreads the quantiles by the
 * fitted residual scale widened by how uncertain the effects are (an unseen key carries its
 * factor's whole prior variance), and explains p50 as a waterfall.
 */
import { cellQuantilesOf } from './cell-quantiles.ts';
import { chooseFallback } from './fallback.ts';
import { LOCATION_FACTORS, SCALE_FACTORS, profileKeys, type ProfileKeys } from './features.ts';
import { waterfall, type LogStep } from './waterfall.ts';
import type { EffectTable, Estimate, EstimateProfile, EstimatorModel } from './types.ts';

interface Lookup {
  readonly effect: number;
  /** Posterior variance of the effect (as a share of the residual variance when seen). */
  readonly seen: boolean;
  readonly shrinkWeight: number;
}

function lookup(table: EffectTable, key: string | null): Lookup | null {
  if (key === null) return null;
  const hit = Object.hasOwn(table.effects, key) ? table.effects[key] : undefined;
  if (!hit) return { effect: 0, seen: false, shrinkWeight: 0 };
  return { effect: hit[0], seen: true, shrinkWeight: hit[1] };
}

function describe(k: ProfileKeys, group: LogStep['factor']): string {
  switch (group) {
    case 'role':
      return k.title ? `title: ${k.title} (${k.role ?? 'no role'})` : `role: ${k.role ?? 'any'}`;
    case 'level':
      return `level: ${k.level ?? 'any'}`;
    case 'place':
      // With a country, the country and the currency are in the base: what is left is where
      // the employer is.
      return k.country
        ? `place: employer in ${k.abroad ?? k.country}`
        : `place: any${k.currency ? `, paid in ${k.currency}` : ''}`;
    case 'company-size':
      return `company size: ${k.size ?? 'any'}`;
    case 'remote':
      return `remote: ${k.remote ?? 'any'}`;
    case 'employment':
      return `employment: ${k.employment ?? 'any'}`;
    case 'year':
      return k.yearsAhead > 0
        ? `year: ${Number(k.year) + k.yearsAhead} (as ${k.year}, the last year trained on)`
        : `year: ${k.year ?? 'latest'}`;
    default:
      return group;
  }
}

/** Where a profile sits in log space: the sum of its effects per waterfall group and the
 * predictive standard deviation around it (local spread + uncertainty of the effects + drift). */
export interface Location {
  readonly keys: ProfileKeys;
  readonly groups: ReadonlyMap<LogStep['factor'], number>;
  /** Intercept + Σ effects. */
  readonly centre: number;
  readonly spread: number;
}

export function locate(model: EstimatorModel, profile: EstimateProfile): Location {
  const k = profileKeys(profile, model.latestYear);

  let logScale = model.scaleIntercept;
  SCALE_FACTORS.forEach((factor, f) => {
    const hit = lookup(model.scale[f]!, factor.key(k));
    if (hit) logScale += hit.effect;
  });
  const localVariance = Math.exp(logScale);

  const groups = new Map<LogStep['factor'], number>();
  let variance = localVariance;
  let centre = model.intercept;
  LOCATION_FACTORS.forEach((factor, f) => {
    const table = model.location[f]!;
    const hit = lookup(table, factor.key(k));
    if (!hit) return;
    const group = (k.country !== null && factor.groupInCountry) || factor.group;
    groups.set(group, (groups.get(group) ?? 0) + hit.effect);
    centre += hit.effect;
    const shrink = model.sigma2 / table.tau2;
    variance += hit.seen ? localVariance / (hit.shrinkWeight + shrink) : table.tau2;
    if (factor.drifts && k.yearsAhead > 0 && model.options.driftRows > 0) {
      const rows = model.options.driftRows;
      variance += k.yearsAhead * table.tau2 * (rows / (hit.shrinkWeight + rows));
    }
  });
  return { keys: k, groups, centre, spread: Math.sqrt(variance) * model.options.spreadFactor };
}

export function estimate(model: EstimatorModel, profile: EstimateProfile): Estimate {
  const { keys: k, groups, spread } = locate(model, profile);
  // Models saved before the cell quantiles existed use the pooled ones.
  const shape = model.cellQuantiles
    ? cellQuantilesOf(model.cellQuantiles, k)
    : model.residualQuantiles;
  const [u10, u25, u50, u75, u90] = shape as [number, number, number, number, number];
  // With a country, the base is that country's typical pay (see Factor.groupInCountry).
  const steps: LogStep[] = [
    {
      factor: 'base',
      label: k.country
        ? `base: all observations in ${k.country}${k.currency ? `, paid in ${k.currency}` : ''}`
        : 'base: all observations',
      log: model.intercept + (groups.get('base') ?? 0),
    },
  ];
  for (const group of [
    'role',
    'level',
    'place',
    'company-size',
    'remote',
    'employment',
    'year',
  ] as const) {
    if (groups.has(group))
      steps.push({ factor: group, label: describe(k, group), log: groups.get(group)! });
  }
  steps.push({
    factor: 'spread',
    label: 'median of the spread around the typical pay in this cell',
    log: spread * u50,
  });
  const centre = steps.reduce((sum, s) => sum + s.log, 0) - spread * u50;
  const at = (u: number) => Math.round(Math.exp(centre + spread * u));
  const { contributions, total } = waterfall(steps);
  const choice = chooseFallback(model.cells, k, model.options.minCellRows, model.observations);
  // Rounding may put a neighbour one unit past the median: keep the quantiles in order.
  const p25 = Math.min(at(u25), total);
  const p75 = Math.max(at(u75), total);
  return {
    p10: Math.min(at(u10), p25),
    p25,
    p50: total,
    p75,
    p90: Math.max(at(u90), p75),
    contributions,
    ...choice,
  };
}
