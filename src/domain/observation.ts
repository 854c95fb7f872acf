import type { Basis, CurrencyCode, Period } from './money.ts';

export const COMPONENTS = ['base', 'bonus', 'total'] as const;
/** fixe (base) / variable, prime (bonus) / package (total). */
export type Component = (typeof COMPONENTS)[number];

export const EMPLOYMENTS = ['employee', 'freelance', 'intern'] as const;
/** salarié / freelance, indépendant / stagiaire, alternant. */
export type Employment = (typeof EMPLOYMENTS)[number];

export const LEVELS = ['intern', 'junior', 'mid', 'senior', 'expert', 'lead'] as const;
/** stagiaire / junior, débutant / confirmé / senior / expert / lead, head. */
export type Level = (typeof LEVELS)[number];

export const REMOTES = ['onsite', 'hybrid', 'remote'] as const;
/** présentiel / hybride / télétravail complet. */
export type Remote = (typeof REMOTES)[number];

export const COMPANY_SIZES = ['small', 'medium', 'large'] as const;
export type CompanySize = (typeof COMPANY_SIZES)[number];

export const STATISTICS = ['single', 'range', 'mean', 'median', 'typical'] as const;
/** What a figure states: one figure, a range, an average, a median, a "typical" value. */
export type StatedStatistic = (typeof STATISTICS)[number];

export const SOURCE_KINDS = [
  'dataset',
  'article',
  'posting',
  'contribution',
  'statistics',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface EvidenceSpan {
  readonly start: number;
  readonly end: number;
  /** The figure's own words, only kept where the source licence allows (null otherwise). */
  readonly text: string | null;
}

export interface Provenance {
  readonly sourceId: string;
  readonly kind: SourceKind;
  /** Where in the source: a row number, a file path and offset, a URL fragment. */
  readonly location: string;
  readonly evidence: readonly EvidenceSpan[];
  /** ISO timestamp of ingestion. */
  readonly ingestedAt: string;
}

/** One salary fact, as stated by one source, with where it came from. */
export interface SalaryObservation {
  /** Deterministic id (hash of source, location and figures): re-ingesting adds nothing. */
  readonly id: string;
  /** Either bound may be open (null); equal for a single figure. */
  readonly low: number | null;
  readonly high: number | null;
  readonly currency: CurrencyCode;
  readonly period: Period;
  readonly basis: Basis;
  readonly component: Component;
  readonly employment: Employment;
  readonly roleId: string | null;
  /** The title as the source wrote it, when there is one. */
  readonly rawTitle: string | null;
  readonly level: Level | null;
  readonly yearsOfExperience: number | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string | null;
  readonly city: string | null;
  readonly remote: Remote | null;
  readonly companySize: CompanySize | null;
  readonly sector: string | null;
  /** The date the figure describes (YYYY-MM-DD). */
  readonly observedOn: string;
  readonly statistic: StatedStatistic;
  readonly provenance: Provenance;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  /** The title in French, where it reads differently (null or absent: the title serves both). */
  readonly titleFr?: string | null;
  readonly publisher: string;
  readonly licence: string;
  /** Publication or snapshot date (YYYY-MM-DD). */
  readonly date: string;
  readonly url: string | null;
  readonly kind: SourceKind;
  /** May the evidence text be shown to users? (false for third-party articles). */
  readonly evidenceShareable: boolean;
}

/** The single value an observation contributes to a distribution: the midpoint of a range, or
 * its known bound when the other is open. Null when both bounds are open. */
export function representativeAmount(o: Pick<SalaryObservation, 'low' | 'high'>): number | null {
  if (o.low !== null && o.high !== null) return (o.low + o.high) / 2;
  return o.low ?? o.high;
}
