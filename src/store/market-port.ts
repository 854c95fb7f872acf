/** What the market view asks of the store: counts and pay figures of job postings (table
 * posting_sightings, each posting once) or, where no feed has been ingested, of the salary
 * records of the bundled datasets (observations of kind 'dataset'). Both stores implement it
 * once, in market-reads.ts, over their own query runner. */

/** 'postings': posting_sightings, one row per posting (DISTINCT posting_id, the first
 * sighting in the filter speaking for it); 'records': dataset observations, one per record. */
export type MarketBasis = 'postings' | 'records';

export interface MarketFilter {
  readonly role?: string;
  readonly level?: string;
  readonly country?: string;
  /** Any case. */
  readonly city?: string;
  readonly sourceId?: string;
  readonly yearFrom?: number;
  readonly yearTo?: number;
}

/** Pay percentiles (yearly EUR) of the items with a posted pay. */
export interface PayQuartiles {
  readonly count: number;
  readonly p25: number | null;
  readonly p50: number | null;
  readonly p75: number | null;
}

export interface MarketTotals {
  readonly items: number;
  readonly sources: number;
  readonly withPay: number;
  readonly remote: number;
  readonly hybrid: number;
  readonly onsite: number;
  /** Items whose AI mention is known (postings; null for records). */
  readonly aiKnown: number;
  readonly mentionsAi: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly pay: PayQuartiles;
}

export interface MonthCount {
  readonly year: number;
  readonly month: number;
  readonly items: number;
  readonly withPay: number;
}

export interface YearFigures {
  readonly year: number;
  readonly items: number;
  readonly remote: number;
  readonly hybrid: number;
  readonly pay: PayQuartiles;
}

export interface CountryYearRemote {
  readonly year: number;
  readonly country: string | null;
  readonly items: number;
  readonly remote: number;
  readonly hybrid: number;
}

export interface RoleAiCount {
  readonly roleId: string | null;
  readonly items: number;
  readonly mentionsAi: number;
}

export interface QuarterPay extends PayQuartiles {
  readonly year: number;
  readonly quarter: number;
}

/** Median posted pay of one like-for-like cell (role × place) in one year. */
export interface PayCell {
  readonly year: number;
  readonly roleId: string;
  readonly country: string | null;
  readonly city: string | null;
  readonly count: number;
  readonly median: number;
}

export const MIX_COLUMNS = ['contract', 'sector', 'company_size', 'remote', 'source_id'] as const;
export type MixColumn = (typeof MIX_COLUMNS)[number];

export interface MixCount {
  /** null: not stated. */
  readonly value: string | null;
  readonly items: number;
}

export interface PlaceFigures {
  readonly country: string | null;
  readonly city: string | null;
  readonly items: number;
  readonly pay: PayQuartiles;
}

export interface MarketReads {
  /** Postings stored (of one source when named): decides the basis when none is asked. */
  countPostings(sourceId?: string): Promise<number>;
  totals(basis: MarketBasis, filter: MarketFilter): Promise<MarketTotals>;
  months(basis: MarketBasis, filter: MarketFilter): Promise<MonthCount[]>;
  years(basis: MarketBasis, filter: MarketFilter): Promise<YearFigures[]>;
  remoteByCountryYear(basis: MarketBasis, filter: MarketFilter): Promise<CountryYearRemote[]>;
  aiByRole(basis: MarketBasis, filter: MarketFilter): Promise<RoleAiCount[]>;
  payByQuarter(basis: MarketBasis, filter: MarketFilter): Promise<QuarterPay[]>;
  payCells(basis: MarketBasis, filter: MarketFilter): Promise<PayCell[]>;
  mix(basis: MarketBasis, filter: MarketFilter, column: MixColumn): Promise<MixCount[]>;
  /** Places (country, city) by number of items, most first, at most `limit`. */
  places(basis: MarketBasis, filter: MarketFilter, limit: number): Promise<PlaceFigures[]>;
}

/** Every read of MarketReads, by name (the store port exposes them through one method). */
export const MARKET_READS = [
  'countPostings', 'totals', 'months', 'years', 'remoteByCountryYear', 'aiByRole', 'payByQuarter',
  'payCells', 'mix', 'places',
] as const satisfies readonly (keyof MarketReads)[]; // prettier-ignore

/** The market reads of a store as an object: `marketReadsOf(store).totals(basis, filter)`. */
export function marketReadsOf(store: Pick<SalaryStoreMarket, 'market'>): MarketReads {
  const read = store.market.bind(store) as (name: string, ...args: unknown[]) => unknown;
  return Object.fromEntries(
    MARKET_READS.map((name) => [name, (...args: unknown[]) => read(name, ...args)]),
  ) as unknown as MarketReads;
}

interface SalaryStoreMarket {
  market<K extends keyof MarketReads>(
    read: K,
    ...args: Parameters<MarketReads[K]>
  ): ReturnType<MarketReads[K]>;
}
