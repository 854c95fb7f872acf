/**
 * The ridge baseline of the evaluation: log pay on one-hot features (year, level, employment,
 * title, residence, employer country, remote, company size) with one penalty for all, then
 * the empirical quantiles of its training residuals added to every prediction.
 */
import { fitShrinkage, type EncodedFactor } from '../shrinkage.ts';
import { weightedQuantile } from '../quantile.ts';
import { QUANTILE_LEVELS, type EstimateProfile, type EstimatorRow } from '../types.ts';
import type { QuantilePrediction } from '../metrics.ts';

const FEATURES: readonly ((p: EstimateProfile) => string | null | undefined)[] = [
  (p) => (p.year === null || p.year === undefined ? null : String(p.year)),
  (p) => p.level,
  (p) => (p.employment ? `${p.employment}${p.partTime ? ' part-time' : ''}` : null),
  (p) => p.rawTitle,
  (p) => p.country,
  (p) => p.companyCountry,
  (p) => p.remote,
  (p) => p.companySize,
];

export interface RidgeModel {
  readonly intercept: number;
  readonly coefficients: Map<string, number>[];
  readonly residualQuantiles: number[];
  readonly latestYear: number;
}

export function fitRidge(rows: readonly EstimatorRow[], penalty = 1, sweeps = 60): RidgeModel {
  const latestYear = rows.reduce((m, r) => Math.max(m, r.year), -Infinity);
  const indexes = FEATURES.map(() => new Map<string, number>());
  const factors: EncodedFactor[] = FEATURES.map((feature, f) => {
    const index = indexes[f]!;
    const codes = Int32Array.from(rows, (row) => {
      const key = feature(row) ?? null;
      if (key === null) return -1;
      if (!index.has(key)) index.set(key, index.size);
      return index.get(key)!;
    });
    return { codes, size: index.size };
  });
  const y = Float64Array.from(rows, (r) => Math.log(r.value));
  const w = new Float64Array(rows.length).fill(1);
  const fit = fitShrinkage(y, w, factors, { sweeps, fixedK: penalty });
  const coefficients = indexes.map(
    (index, f) => new Map([...index].map(([key, g]) => [key, fit.effects[f]![g]!])),
  );
  const residuals = y.map((v, i) => v - fit.fitted[i]!);
  return {
    intercept: fit.intercept,
    coefficients,
    residualQuantiles: QUANTILE_LEVELS.map((q) => weightedQuantile(residuals, w, q)),
    latestYear,
  };
}

export function predictRidge(model: RidgeModel, profile: EstimateProfile): QuantilePrediction {
  const p = { ...profile, year: Math.min(profile.year ?? model.latestYear, model.latestYear) };
  let mu = model.intercept;
  FEATURES.forEach((feature, f) => {
    const key = feature(p);
    if (key !== null && key !== undefined) mu += model.coefficients[f]!.get(key) ?? 0;
  });
  const [p10, p25, p50, p75, p90] = model.residualQuantiles.map((r) => Math.exp(mu + r)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { p10, p25, p50, p75, p90 };
}
