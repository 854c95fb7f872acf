/** Writes of `posting_sightings` (migration 002): the columns in table order with their
 * PostgreSQL types, and a sighting's values in that order. Idempotent: a sighting whose
 * (source, identifier) is stored already is skipped. */
import type { StoredSighting } from '../port.ts';
import type { UnnestInsert } from '../postgres/unnest-insert.ts';

export const SIGHTING_COLUMNS: ReadonlyArray<[string, string]> = [
  ['id', 'text'], ['posting_id', 'text'], ['source_id', 'text'], ['identifier', 'text'],
  ['title', 'text'], ['role_id', 'text'], ['level', 'text'], ['country', 'text'], ['city', 'text'],
  ['remote', 'text'], ['contract', 'text'], ['employer', 'text'], ['sector', 'text'],
  ['company_size', 'text'], ['posted_on', 'date'], ['valid_through', 'date'], ['pay_low', 'float8'],
  ['pay_high', 'float8'], ['pay_currency', 'text'], ['pay_period', 'text'], ['pay_basis', 'text'],
  ['pay_year_eur', 'float8'], ['pay_conflict', 'text'], ['mentions_ai', 'bool'], ['text_hash', 'text'],
  ['ingested_at', 'timestamp'],
]; // prettier-ignore

export const INSERT_SIGHTINGS_INTO = `INSERT INTO posting_sightings (${SIGHTING_COLUMNS.map(([c]) => c).join(', ')})`;
export const ON_SIGHTING_CONFLICT = 'ON CONFLICT DO NOTHING';

export function sightingToValues(s: StoredSighting): (string | number | boolean | null)[] {
  const p = s.pay;
  return [
    s.id, s.postingId, s.sourceId, s.identifier, s.title, s.roleId, s.level, s.country, s.city,
    s.remote, s.contract, s.employer, s.sector, s.companySize, s.postedOn, s.validThrough,
    p?.low ?? null, p?.high ?? null, p?.currency ?? null, p?.period ?? null, p?.basis ?? null,
    p?.yearEur ?? null, p?.conflict ?? null, s.mentionsAi, s.textHash, s.ingestedAt,
  ]; // prettier-ignore
}

/** The same insert as an unnest over column arrays (PostgreSQL). */
export const INSERT_SIGHTINGS: UnnestInsert = {
  into: INSERT_SIGHTINGS_INTO,
  types: SIGHTING_COLUMNS.map(([, t]) => t),
  onConflict: ON_SIGHTING_CONFLICT,
};
