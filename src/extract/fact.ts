/**
 * What `extractSalaries` returns: one pay fact stated by a text, with where it was said; and the
 * raw fact it is built from, as read from plain text before its spans are mapped back to the
 * input and its repeated statements merged.
 */
import type {
  Component,
  CurrencyCode,
  Employment,
  Level,
  Period,
  RoleId,
  StatedStatistic,
} from '../domain/index.ts';
import type { MoneyMention } from './mentions.ts';
import type { Span } from './structure.ts';

/** A span of the ORIGINAL input (UTF-16 offsets, end exclusive) and its text. */
export interface EvidenceSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** gross / net as the text says it; null when it says neither. */
export type StatedBasis = 'gross' | 'net' | null;

/** The same figure stated again in other terms ("soit 56 520 € brut à l'année", "soit environ 1 165 euros"). */
export interface Restatement {
  readonly low: number | null;
  readonly high: number | null;
  readonly currency: CurrencyCode;
  readonly period: Period | null;
  readonly basis: StatedBasis;
  readonly evidence: EvidenceSpan;
}

export interface ExtractedFact {
  /** Either bound may be open (null); equal for a single figure. */
  readonly low: number | null;
  readonly high: number | null;
  readonly currency: CurrencyCode;
  readonly period: Period | null;
  /** Where the period comes from: said at the figure, from its context (sentence, table, heading), or inferred from the magnitude. */
  readonly periodSource: 'stated' | 'context' | 'inferred' | null;
  readonly basis: StatedBasis;
  readonly component: Component;
  readonly employment: Employment;
  readonly role: RoleId | null;
  readonly level: Level | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string | null;
  readonly city: string | null;
  readonly statistic: StatedStatistic;
  readonly approximate: boolean;
  /** First = the primary span; later ones = the same fact stated again elsewhere in the text. */
  readonly evidence: readonly EvidenceSpan[];
  readonly restatements: readonly Restatement[];
}

export type Lang = 'fr' | 'en' | 'de' | 'nl';

export interface ExtractOptions {
  readonly lang?: Lang;
  /** The text is known to be a pay field (a posting's "salary" column): no pay keyword needed. */
  readonly payField?: boolean;
  /** Every amount with a currency becomes a fact, pay or not, unmerged (to score money corpora). */
  readonly everyAmount?: boolean;
  /** The currency of the place the text is about, when the caller knows it (a posting's
   * country): a figure written without a currency, shaped as pay ("80k", "45 000") and
   * labelled as pay ("Salary: 80k–120k") or in a pay field, takes it when the text names none. */
  readonly currency?: string;
}

/** A restatement as read from plain text (internal; `Restatement` once mapped back). */
export interface RawRestatement {
  readonly low: number | null;
  readonly high: number | null;
  readonly currency: string;
  readonly period: Period | null;
  readonly basis: 'gross' | 'net' | null;
  readonly span: Span;
}

/** A pay fact as read from plain text (internal; an `ExtractedFact` once mapped back and merged). */
export interface RawFact {
  low: number | null;
  high: number | null;
  currency: string;
  period: Period | null;
  periodSource: 'stated' | 'context' | 'inferred' | null;
  basis: 'gross' | 'net' | null;
  component: Component;
  employment: Employment;
  role: RoleId | null;
  level: Level | null;
  country: string | null;
  city: string | null;
  statistic: StatedStatistic;
  approximate: boolean;
  /** Character spans in the plain text; the first is the primary one. */
  spans: Span[];
  restatements: RawRestatement[];
  /** internal: sentence index and figure values, for restatements */
  sentence: number;
  mention: MoneyMention;
}
