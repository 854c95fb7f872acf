/** The bulk-written tables' columns (in the order of row-mapping.ts) and how conflicts go. */
import { LAYOUT_ORDER } from '../queries/stats-aggregates.ts';
import type { BulkInsert } from './driver.ts';

/** Idempotent: an observation whose id is stored already is skipped. */
export const OBSERVATIONS_INSERT: BulkInsert = {
  table: 'observations',
  columns: [
    ['id', 'text'], ['source_id', 'text'], ['kind', 'text'], ['location', 'text'], ['low', 'float'],
    ['high', 'float'], ['currency', 'text'], ['period', 'text'], ['basis', 'text'], ['component', 'text'],
    ['employment', 'text'], ['role_id', 'text'], ['raw_title', 'text'], ['level', 'text'],
    ['years_experience', 'float'], ['country', 'text'], ['city', 'text'], ['remote', 'text'],
    ['company_size', 'text'], ['sector', 'text'], ['observed_on', 'date'], ['year', 'int'],
    ['statistic', 'text'], ['evidence', 'text'], ['ingested_at', 'timestamp'], ['value_year_eur', 'float'],
  ], // prettier-ignore
  onConflict: 'ON CONFLICT (id) DO NOTHING',
  skipStored: 'id',
  orderBy: LAYOUT_ORDER,
};

/** A source written again replaces its description. */
export const SOURCES_UPSERT: BulkInsert = {
  table: 'sources',
  columns: [
    ['id', 'text'], ['title', 'text'], ['publisher', 'text'], ['licence', 'text'],
    ['published_on', 'date'], ['url', 'text'], ['kind', 'text'], ['evidence_shareable', 'bool'],
    ['title_fr', 'text'],
  ], // prettier-ignore
  onConflict: `ON CONFLICT (id) DO UPDATE SET title = excluded.title, title_fr = excluded.title_fr, publisher = excluded.publisher,
    licence = excluded.licence, published_on = excluded.published_on, url = excluded.url,
    kind = excluded.kind, evidence_shareable = excluded.evidence_shareable`,
};

export const FX_RATES_INSERT: BulkInsert = {
  table: 'fx_daily',
  columns: [
    ['currency', 'text'],
    ['day', 'date'],
    ['per_eur', 'float'],
  ],
  chunkRows: 50_000,
};

/** `$first, $first+1, …` for `count` values (an IN list in either dialect). */
export function placeholders(count: number, first = 1): string {
  return Array.from({ length: count }, (_, i) => `$${first + i}`).join(', ');
}
