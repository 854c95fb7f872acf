import type { CellQuantiles } from './cell-quantiles.ts';
import type { CompanySize, Employment, Level, Remote } from '../observation.ts';

/** One training observation: a yearly gross base pay in one currency (USD for the aijobs.net
 * contract, EUR in the app), with the profile it describes. */
export interface EstimatorRow {
  readonly roleId: string | null;
  readonly rawTitle: string | null;
  readonly level: Level | null;
  /** Where the person works (ISO 3166-1 alpha-2). */
  readonly country: string | null;
  /** Where the employer is, when the source says and it may differ. */
  readonly companyCountry?: string | null;
  readonly remote: Remote | null;
  readonly companySize: CompanySize | null;
  readonly employment: Employment;
  /** Part-time work (aijobs.net "PT"): yearly pay is for fewer hours. */
  readonly partTime?: boolean;
  /** The currency the pay was set in (ISO 4217), when known: a French job paid in USD is
   * usually a foreign employer's, whatever currency `value` is expressed in. */
  readonly payCurrency?: string | null;
  readonly year: number;
  /** Yearly gross base pay, > 0. */
  readonly value: number;
  /** How much this row counts (default 1): e.g. 0.5 for each end of a posted range. */
  readonly weight?: number;
}

/** What a user asks about: every field may be left open (null or absent). */
export interface EstimateProfile {
  readonly roleId?: string | null;
  readonly rawTitle?: string | null;
  readonly level?: Level | null;
  readonly country?: string | null;
  readonly companyCountry?: string | null;
  readonly remote?: Remote | null;
  readonly companySize?: CompanySize | null;
  readonly employment?: Employment | null;
  readonly partTime?: boolean;
  readonly payCurrency?: string | null;
  /** Defaults to the latest year seen in training. */
  readonly year?: number | null;
}

/** The waterfall groups, in the order they are applied from the base to p50. */
export const WATERFALL_FACTORS = [
  'base',
  'role',
  'level',
  'place',
  'company-size',
  'remote',
  'employment',
  'year',
  'spread',
] as const;
export type WaterfallFactor = (typeof WATERFALL_FACTORS)[number];

export interface Contribution {
  readonly factor: WaterfallFactor;
  /** Short English label naming the value used, e.g. `level: senior`. */
  readonly label: string;
  /** Amount added at this step (the base step carries the base amount itself). */
  readonly value: number;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface Estimate {
  readonly p10: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p90: number;
  /** Sums exactly to p50. */
  readonly contributions: Contribution[];
  /** Training rows in the cell named by `fallback`. */
  readonly observations: number;
  /** The most specific cell with enough rows, e.g. `title·level·country` or `role` or `global`. */
  readonly fallback: string;
  readonly confidence: Confidence;
}

/** One shrunk effect table: key → [effect in log space, weight of rows behind it]. */
export interface EffectTable {
  readonly name: string;
  /** Prior variance of the effects (empirical Bayes), used for unseen keys. */
  readonly tau2: number;
  readonly effects: Record<string, readonly [number, number]>;
}

/** A fitted model: a plain object (JSON-serialisable), no functions, no classes. */
export interface EstimatorModel {
  readonly kind: 'fourchette-estimator';
  readonly version: 1;
  readonly rows: number;
  /** The observations behind the rows: Σ weight (a posted range is two rows of half weight). */
  readonly observations: number;
  readonly latestYear: number;
  /** Mean model on log pay. */
  readonly intercept: number;
  readonly sigma2: number;
  readonly location: EffectTable[];
  /** Scale model on log squared residuals. */
  readonly scaleIntercept: number;
  readonly scale: EffectTable[];
  /** Quantiles of standardised residuals at QUANTILE_LEVELS. */
  readonly residualQuantiles: readonly number[];
  /** Residual quantiles per nested cell (cell-quantiles.ts); absent in older saved models. */
  readonly cellQuantiles?: CellQuantiles;
  /** Row counts per fallback cell (see fallback.ts). */
  readonly cells: Record<string, number>;
  readonly options: Required<EstimatorOptions>;
}

export interface EstimatorOptions {
  /** Backfitting sweeps. */
  readonly sweeps?: number;
  /** Rows a fallback cell needs to be used. */
  readonly minCellRows?: number;
  /** Rows a country needs before its level for a year ahead is trusted: with W rows behind
   * it, a forecast adds τ²·driftRows/(W + driftRows) of drift variance (0 = none). */
  readonly driftRows?: number;
  /** Multiplies the predictive spread (1 = as fitted). */
  readonly spreadFactor?: number;
  /** Pseudo-rows of its parent cell each cell's residual quantiles are shrunk to
   * (cell-quantiles.ts); 0 = pooled quantiles only. */
  readonly cellPrior?: number;
}

export { QUANTILE_LEVELS } from '../stats.ts';
