/**
 * fitEstimator: log pay = intercept + Σ shrunk effects (role, title, level, place, …), then
 * a second shrinkage model for the spread (log squared residual), then the quantiles of the
 * standardised residuals. Deterministic: no sampling, keys indexed in order of appearance.
 */
import { CodedError } from '../errors.ts';
import { fitCellQuantiles } from './cell-quantiles.ts';
import { countCells } from './fallback.ts';
import { locate } from './predict.ts';
import {
  LOCATION_FACTORS,
  SCALE_FACTORS,
  profileKeys,
  type Factor,
  type ProfileKeys,
} from './features.ts';
import { fitShrinkage, type EncodedFactor, type ShrinkageFit } from './shrinkage.ts';
import { weightedQuantile } from './quantile.ts';
import {
  QUANTILE_LEVELS,
  type EffectTable,
  type EstimatorModel,
  type EstimatorOptions,
  type EstimatorRow,
} from './types.ts';

/** Raised whenever fitting changes what a model holds or means: saved models of another
 * revision are fitted again (the cache key includes it). 2: cells count observations, not
 * rows; `observations` kept. */
export const ESTIMATOR_REVISION = 2;

export const DEFAULT_OPTIONS: Required<EstimatorOptions> = {
  sweeps: 30,
  minCellRows: 10,
  driftRows: 20,
  spreadFactor: 1,
  cellPrior: 200,
};

/** Residuals are floored at this (log units) before taking their log square. */
const RESIDUAL_FLOOR = 0.01;

/** Thrown when the rows cannot be fitted (no rows, a pay that is not a positive number). */
export class EstimatorInputError extends CodedError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('estimator-input', message, options);
  }
}

function encode(
  factors: readonly Factor[],
  keys: readonly ProfileKeys[],
): { encoded: EncodedFactor[]; names: string[][] } {
  const encoded: EncodedFactor[] = [];
  const names: string[][] = [];
  for (const factor of factors) {
    const index = new Map<string, number>();
    const codes = new Int32Array(keys.length);
    keys.forEach((k, i) => {
      const key = factor.key(k);
      if (key === null) {
        codes[i] = -1;
        return;
      }
      let code = index.get(key);
      if (code === undefined) {
        code = index.size;
        index.set(key, code);
      }
      codes[i] = code;
    });
    encoded.push({ codes, size: index.size });
    names.push([...index.keys()]);
  }
  return { encoded, names };
}

function tables(factors: readonly Factor[], names: string[][], fit: ShrinkageFit): EffectTable[] {
  return factors.map((factor, f) => {
    const effects: Record<string, readonly [number, number]> = {};
    names[f]!.forEach((key, g) => {
      effects[key] = [fit.effects[f]![g]!, fit.weights[f]![g]!];
    });
    return { name: factor.name, tau2: fit.tau2[f]!, effects };
  });
}

export function fitEstimator(
  rows: readonly EstimatorRow[],
  options: EstimatorOptions = {},
): EstimatorModel {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  if (rows.length === 0)
    throw new EstimatorInputError(
      'no training rows (expected at least one row with a positive pay)',
    );
  let latestYear = -Infinity;
  rows.forEach((row, i) => {
    if (!(Number.isFinite(row.value) && row.value > 0)) {
      throw new EstimatorInputError(
        `training row ${i + 1} has pay ${String(row.value)} (expected a positive number)`,
      );
    }
    latestYear = Math.max(latestYear, row.year);
  });
  const keys = rows.map((row) => profileKeys(row, latestYear));
  const y = Float64Array.from(rows, (r) => Math.log(r.value));
  const w = Float64Array.from(rows, (r) => r.weight ?? 1);

  const location = encode(LOCATION_FACTORS, keys);
  const mean = fitShrinkage(y, w, location.encoded, { sweeps: opts.sweeps });

  const residuals = y.map((v, i) => v - mean.fitted[i]!);
  const logSquares = residuals.map((r) => Math.log(Math.max(Math.abs(r), RESIDUAL_FLOOR) ** 2));
  const scale = encode(SCALE_FACTORS, keys);
  const spread = fitShrinkage(logSquares, w, scale.encoded, { sweeps: opts.sweeps });
  // exp(E[log r²]) underestimates E[r²]: rescale so the fitted variances average the residuals'.
  let num = 0;
  let den = 0;
  for (let i = 0; i < y.length; i += 1) {
    num += w[i]! * residuals[i]! ** 2;
    den += w[i]! * Math.exp(spread.fitted[i]!);
  }
  const calibration = Math.log(num / den);
  const standardised = residuals.map(
    (r, i) => r / Math.sqrt(Math.exp(spread.fitted[i]! + calibration)),
  );
  const residualQuantiles = QUANTILE_LEVELS.map((q) => weightedQuantile(standardised, w, q));

  const pooled: EstimatorModel = {
    kind: 'fourchette-estimator',
    version: 1,
    rows: rows.length,
    observations: Math.round(w.reduce((sum, x) => sum + x, 0)),
    latestYear,
    intercept: mean.intercept,
    sigma2: mean.sigma2,
    location: tables(LOCATION_FACTORS, location.names, mean),
    scaleIntercept: spread.intercept + calibration,
    scale: tables(SCALE_FACTORS, scale.names, spread),
    residualQuantiles,
    cells: countCells(keys, w),
    options: opts,
  };
  if (opts.cellPrior <= 0) return pooled;
  // Standardise each row by its own predictive centre and spread, as estimate() sees it.
  const z = rows.map((row, i) => {
    const at = locate(pooled, row);
    return (y[i]! - at.centre) / at.spread;
  });
  return { ...pooled, cellQuantiles: fitCellQuantiles(z, w, keys, opts.cellPrior) };
}
