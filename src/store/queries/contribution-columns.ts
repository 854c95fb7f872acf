/** The columns of the contributions table (migration 003) in the order of `contributionValues`,
 * and the mapping of its rows back to StoredContribution. */
import type {
  ContributionStatus,
  NewContribution,
  StoredContribution,
} from '../../domain/index.ts';

type Row = Record<string, unknown>;

export const CONTRIBUTION_COLUMNS = [
  'id', 'status', 'held_reason', 'delete_token_hash', 'fingerprint', 'submitted_on', 'source_id',
  'role_id', 'level', 'years_experience', 'country', 'city', 'employment', 'component', 'amount',
  'currency', 'period', 'basis', 'months_per_year', 'bonus', 'year', 'company_size', 'sector',
  'remote', 'observed_on', 'value_year_eur', 'submitter',
] as const; // prettier-ignore

const DATE_COLUMNS = new Set(['submitted_on', 'observed_on']);

/** `INSERT INTO contributions (…) VALUES ($1, …)`, dates cast from text. */
export const INSERT_CONTRIBUTION = `INSERT INTO contributions (${CONTRIBUTION_COLUMNS.join(', ')})
VALUES (${CONTRIBUTION_COLUMNS.map((c, i) => (DATE_COLUMNS.has(c) ? `CAST($${i + 1} AS DATE)` : `$${i + 1}`)).join(', ')})`;

export function contributionValues(
  c: NewContribution,
  sourceId: string,
): (string | number | null)[] {
  return [
    c.id, c.status, c.heldReason, c.deleteTokenHash, c.fingerprint, c.submittedOn, sourceId,
    c.roleId, c.level, c.yearsOfExperience, c.country, c.city, c.employment, 'base', c.amount,
    c.currency, c.period, c.basis, c.monthsPerYear, c.bonus, c.year, c.companySize, c.sector,
    c.remote, c.observedOn, c.valueYearEur, c.submitter,
  ]; // prettier-ignore
}

/** The columns a listing reads (never the hashes). */
export const CONTRIBUTION_SELECT = `id, status, held_reason, CAST(submitted_on AS VARCHAR) AS submitted_on,
  atom_id, CAST(published_on AS VARCHAR) AS published_on,
  CAST(withdrawn_on AS VARCHAR) AS withdrawn_on, role_id, level, years_experience, country,
  city, employment, amount, currency, period, basis, months_per_year, bonus, year, company_size,
  sector, remote, CAST(observed_on AS VARCHAR) AS observed_on, value_year_eur`;

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function rowToContribution(r: Row): StoredContribution {
  return {
    id: String(r.id),
    status: String(r.status) as ContributionStatus,
    heldReason: text(r.held_reason),
    submittedOn: String(r.submitted_on).slice(0, 10),
    atomId: text(r.atom_id),
    publishedOn: text(r.published_on)?.slice(0, 10) ?? null,
    withdrawnOn: text(r.withdrawn_on)?.slice(0, 10) ?? null,
    roleId: String(r.role_id),
    level: String(r.level) as StoredContribution['level'],
    yearsOfExperience: num(r.years_experience),
    country: String(r.country),
    city: text(r.city),
    employment: String(r.employment) as StoredContribution['employment'],
    amount: Number(r.amount),
    currency: String(r.currency),
    period: String(r.period) as StoredContribution['period'],
    basis: String(r.basis) as StoredContribution['basis'],
    monthsPerYear: num(r.months_per_year),
    bonus: num(r.bonus),
    year: Number(r.year),
    companySize: text(r.company_size) as StoredContribution['companySize'],
    sector: text(r.sector),
    remote: text(r.remote) as StoredContribution['remote'],
    observedOn: String(r.observed_on).slice(0, 10),
    valueYearEur: Number(r.value_year_eur),
  };
}
