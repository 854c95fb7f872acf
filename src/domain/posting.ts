import type { Basis, CurrencyCode, Period } from './money.ts';
import type { CompanySize, Level, Remote } from './observation.ts';

/** CDI / CDD / freelance, mission / alternance / stage; schema.org employmentType mapped. */
export const CONTRACTS = [
  'permanent',
  'fixed-term',
  'freelance',
  'apprenticeship',
  'internship',
  'other',
] as const;
export type Contract = (typeof CONTRACTS)[number];

/** Posted pay as the ad states it (amounts in `currency` per `period`), plus its yearly EUR
 * midpoint at the posting date's rate when it could be converted. */
export interface PostedPay {
  readonly low: number | null;
  readonly high: number | null;
  readonly currency: CurrencyCode;
  readonly period: Period;
  readonly basis: Basis | null;
  readonly yearEur: number | null;
  /** Set when the structured fields and the description disagree (flagged, never averaged). */
  readonly conflict: string | null;
}

/** One job posting as a feed gives it: one sighting of a job, normalized. Reposts of the same
 * job (other identifier, other board) share a `postingId` and are counted once. */
export interface PostingSighting {
  /** Deterministic: hash of sourceId and identifier. */
  readonly id: string;
  readonly sourceId: string;
  /** The feed's own identifier of the ad (schema.org identifier, France Travail id). */
  readonly identifier: string;
  readonly title: string;
  readonly roleId: string | null;
  readonly level: Level | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string | null;
  readonly city: string | null;
  readonly remote: Remote | null;
  readonly contract: Contract | null;
  readonly employer: string | null;
  readonly sector: string | null;
  readonly companySize: CompanySize | null;
  /** YYYY-MM-DD. */
  readonly postedOn: string;
  readonly validThrough: string | null;
  readonly pay: PostedPay | null;
  /** Does the ad mention AI / ML (title or description)? */
  readonly mentionsAi: boolean;
  /** 64-bit SimHash of the normalized description (16 hex digits), for repost detection. */
  readonly textHash: string | null;
}
