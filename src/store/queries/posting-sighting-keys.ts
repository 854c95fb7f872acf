/** What repost detection compares, for every stored sighting (see
 * docs/decisions/2026-12-01-repost-detection.md), oldest first. */
import type { SightingKey } from '../port.ts';

export const postingSightingKeysQuery = `SELECT id, posting_id, source_id, title, employer, country,
  city, CAST(posted_on AS VARCHAR) AS posted_on, pay_low, pay_high, pay_currency, text_hash
FROM posting_sightings ORDER BY posted_on, id`;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function rowToSightingKey(r: Record<string, unknown>): SightingKey {
  return {
    id: String(r.id),
    postingId: String(r.posting_id),
    sourceId: String(r.source_id),
    title: String(r.title),
    employer: str(r.employer),
    country: str(r.country),
    city: str(r.city),
    postedOn: String(r.posted_on).slice(0, 10),
    payLow: num(r.pay_low),
    payHigh: num(r.pay_high),
    payCurrency: str(r.pay_currency),
    textHash: str(r.text_hash),
  };
}
