/** Statistics rules: which observations a filter selects, how a distribution is summarised,
 * and when a group is too small to show. */
import type { Component, CompanySize, Employment, Level, Remote } from './observation.ts';
import type { Basis, CurrencyCode, Period } from './money.ts';

/** Groups smaller than this never show percentiles; configurable, never below the floor. */
export const DEFAULT_MIN_GROUP_SIZE = 5;
export const MIN_GROUP_SIZE_FLOOR = 3;

export interface StatsFilter {
  readonly role?: string;
  readonly level?: Level;
  readonly country?: string;
  readonly city?: string;
  readonly employment?: Employment;
  readonly component?: Component;
  readonly remote?: Remote;
  readonly companySize?: CompanySize;
  readonly basis?: Basis;
  readonly sourceId?: string;
  readonly yearFrom?: number;
  readonly yearTo?: number;
  /** Local pay only: country → the currency its jobs are paid in. An observation of a listed
   * country paid in another currency is left out (a French job paid in USD is mostly a foreign
   * employer's); countries not listed, and observations without a country, are kept. */
  readonly localCurrencies?: Readonly<Record<string, string>>;
}

export const QUANTILE_LEVELS = [0.1, 0.25, 0.5, 0.75, 0.9] as const;

export interface Percentiles {
  readonly p10: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p90: number;
}

export interface DistributionSummary {
  readonly count: number;
  readonly sources: number;
  readonly status: 'ok' | 'not-enough-data';
  /** Null when the group is smaller than the minimum group size. */
  readonly percentiles: Percentiles | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly currency: CurrencyCode;
  readonly period: Period;
  readonly minGroupSize: number;
  /** First and last date the observations describe. */
  readonly dateRange: { readonly from: string; readonly to: string } | null;
}

/** Linear interpolation between closest ranks (type 7, as DuckDB quantile_cont and PostgreSQL
 * percentile_cont) on an ascending array. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** p10–p90 from the five quantiles at QUANTILE_LEVELS, or null when there are none. */
export function toPercentiles(quantiles: readonly number[] | null): Percentiles | null {
  const [p10, p25, p50, p75, p90] = quantiles ?? [];
  if (
    p10 === undefined ||
    p25 === undefined ||
    p50 === undefined ||
    p75 === undefined ||
    p90 === undefined
  )
    return null;
  return { p10, p25, p50, p75, p90 };
}

export function clampMinGroupSize(requested: number): number {
  return Math.max(MIN_GROUP_SIZE_FLOOR, Math.floor(requested));
}

/** Applies the small-group rule: below the threshold only the count (and sources) remain. */
export function hideSmallGroup(summary: Omit<DistributionSummary, 'status'>): DistributionSummary {
  if (summary.count >= summary.minGroupSize && summary.percentiles) {
    return { ...summary, status: 'ok' };
  }
  return {
    ...summary,
    status: 'not-enough-data',
    percentiles: null,
    min: null,
    max: null,
    dateRange: null,
  };
}
