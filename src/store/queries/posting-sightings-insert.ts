/** Writes of `posting_sightings` (migration 002): the columns in table order, and a
 * sighting's values in that order. Idempotent: a sighting whose id (a hash of its source and
 * identifier) is stored already is skipped. The conflict names the id: DuckDB checks an
 * `ON CONFLICT` without target by scanning the table (each batch of 5 000 cost 50 ms more
 * per 5 000 rows stored), and the id stands for the (source, identifier) pair. */
import type { StoredSighting } from '../port.ts';
import type { BulkInsert } from '../sql/driver.ts';

export const SIGHTINGS_INSERT: BulkInsert = {
  table: 'posting_sightings',
  columns: [
    ['id', 'text'], ['posting_id', 'text'], ['source_id', 'text'], ['identifier', 'text'],
    ['title', 'text'], ['role_id', 'text'], ['level', 'text'], ['country', 'text'], ['city', 'text'],
    ['remote', 'text'], ['contract', 'text'], ['employer', 'text'], ['sector', 'text'],
    ['company_size', 'text'], ['posted_on', 'date'], ['valid_through', 'date'], ['pay_low', 'float'],
    ['pay_high', 'float'], ['pay_currency', 'text'], ['pay_period', 'text'], ['pay_basis', 'text'],
    ['pay_year_eur', 'float'], ['pay_conflict', 'text'], ['mentions_ai', 'bool'], ['text_hash', 'text'],
    ['ingested_at', 'timestamp'],
  ], // prettier-ignore
  onConflict: 'ON CONFLICT (id) DO NOTHING',
  skipStored: 'id',
};

export function sightingToValues(s: StoredSighting): (string | number | boolean | null)[] {
  const p = s.pay;
  return [
    s.id, s.postingId, s.sourceId, s.identifier, s.title, s.roleId, s.level, s.country, s.city,
    s.remote, s.contract, s.employer, s.sector, s.companySize, s.postedOn, s.validThrough,
    p?.low ?? null, p?.high ?? null, p?.currency ?? null, p?.period ?? null, p?.basis ?? null,
    p?.yearEur ?? null, p?.conflict ?? null, s.mentionsAi, s.textHash, s.ingestedAt,
  ]; // prettier-ignore
}
