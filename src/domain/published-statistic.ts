/** A statistic an official body published for a whole occupation (DARES, Job Bank): not an
 * observation of one job, so it is shown beside the observed percentiles, never inside them. */
import type { Basis, Period } from './money.ts';

export interface PublishedStatistic {
  readonly id: string;
  readonly sourceId: string;
  /** The occupation classification and code, e.g. FAP-2009 M2Z, NOC-2021 21211. */
  readonly occupation: { readonly system: string; readonly code: string; readonly label: string };
  readonly country: string;
  readonly region: string | null;
  /** Who the figure is about, e.g. "full-time employees, excluding apprentices and interns". */
  readonly population: string;
  /** What was published: `median`, or `low-median-high` (≈ p10, p50, p90). */
  readonly statistic: string;
  readonly p10: number | null;
  readonly p50: number;
  readonly p90: number | null;
  readonly currency: string;
  readonly period: Period;
  readonly basis: Exclude<Basis, 'unknown'>;
  readonly yearFrom: number;
  readonly yearTo: number;
  /** Roles the figure is shown for directly (besides the roles of its FAP family). */
  readonly roles: readonly string[];
}
