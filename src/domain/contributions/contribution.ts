/** An anonymous salary contribution: what a person tells about their own pay. No name, e-mail,
 * employer or free text: the job title is classified to a role and not kept. */
import type { Basis, CurrencyCode, Period } from '../money.ts';
import type { CompanySize, Level, Remote } from '../observation.ts';

export const CONTRIBUTION_STATUSES = ['pending', 'held', 'published'] as const;
/** pending: plausible, waiting for the next publication; held: unusual for its profile, waiting
 * for a moderator; published: in the statistics (within the privacy rules). */
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

export const CONTRIBUTION_EMPLOYMENTS = ['employee', 'freelance'] as const;
export type ContributionEmployment = (typeof CONTRIBUTION_EMPLOYMENTS)[number];

/** Sectors a contributor picks from (no free text is stored). */
export const SECTORS = [
  'tech', 'finance', 'insurance', 'consulting', 'industry', 'energy', 'health', 'retail',
  'transport', 'media', 'telecom', 'public', 'research', 'education', 'other',
] as const; // prettier-ignore
export type Sector = (typeof SECTORS)[number];

/** The source every published contribution belongs to (kind `contribution`). */
export const CONTRIBUTIONS_SOURCE_ID = 'fourchette-contributions';

export interface ContributionFields {
  readonly roleId: string;
  readonly level: Level;
  readonly yearsOfExperience: number | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly city: string | null;
  readonly employment: ContributionEmployment;
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly period: Period;
  readonly basis: Exclude<Basis, 'unknown'>;
  readonly monthsPerYear: number | null;
  /** Variable pay a year, in the same currency (kept for total-pay figures). */
  readonly bonus: number | null;
  readonly year: number;
  readonly companySize: CompanySize | null;
  readonly sector: string | null;
  readonly remote: Remote | null;
}

export interface StoredContribution extends ContributionFields {
  readonly id: string;
  readonly status: ContributionStatus;
  /** Why it is held (null otherwise). */
  readonly heldReason: string | null;
  readonly submittedOn: string;
  readonly atomId: string | null;
  readonly publishedOn: string | null;
  /** When an erasure withdrew its batch (null otherwise). */
  readonly withdrawnOn: string | null;
  /** The date the figure describes (mid-year of `year`, or today for the current year). */
  readonly observedOn: string;
  /** The amount as a yearly EUR value on its stated basis. */
  readonly valueYearEur: number;
}

/** What the store writes for a new contribution: also the hashes it keeps. */
export interface NewContribution extends StoredContribution {
  readonly deleteTokenHash: string;
  readonly fingerprint: string;
  /** Who sent it, as an opaque key (null: not known, counted as a sender of its own). */
  readonly submitter: string | null;
}

/** The cohort a contribution is published with: the dimensions figures are cut by (role, level,
 * country, employment, basis) and the pay currency (local pay). Batches of publication are
 * formed per cohort. */
export function cohortKey(
  c: Pick<ContributionFields, 'roleId' | 'level' | 'country' | 'employment' | 'basis' | 'currency'>,
): string {
  return [c.roleId, c.level, c.country, c.employment, c.basis, c.currency].join('|');
}
