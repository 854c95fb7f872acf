/**
 * The France Travail feed of one search (a ROME code over a creation-date window): its offers
 * page by page, starting after the records a saved cursor covers.
 */
import type { ReadItem } from '../posting-record.ts';
import { MAX_START, type FranceTravailClient } from './client.ts';
import { offerToItem } from './offer.ts';

export interface FranceTravailSearch {
  readonly romeCode: string;
  /** ISO timestamps (the API wants both or neither). */
  readonly minCreationDate: string;
  readonly maxCreationDate: string;
}

export function searchFeedKey(s: FranceTravailSearch): string {
  return `france-travail:${s.romeCode}:${s.minCreationDate}..${s.maxCreationDate}`;
}

export function franceTravailItems(
  client: FranceTravailClient,
  search: FranceTravailSearch,
  onTruncated?: (total: number) => void,
): (resumeAfter: number) => AsyncIterable<ReadItem> {
  const params = {
    codeROME: search.romeCode,
    minCreationDate: search.minCreationDate,
    maxCreationDate: search.maxCreationDate,
    sort: '1',
  };
  const size = client.pageSize;
  return async function* (resumeAfter: number) {
    let start = Math.floor(resumeAfter / size) * size;
    let skip = resumeAfter - start;
    while (start <= MAX_START) {
      const page = await client.searchPage(params, start);
      for (const [i, offer] of page.offers.entries()) {
        if (i < skip) continue;
        yield offerToItem(offer, start + i + 1);
      }
      skip = 0;
      const total = page.total ?? start + page.offers.length;
      if (page.offers.length < size || start + size >= total) return;
      start += size;
      if (start > MAX_START) onTruncated?.(total);
    }
  };
}

/** ROME 4.0 codes of the AI and data jobs (data/roles/roles.json): data scientist M1405,
 * statistician M1414, data analyst M1419, BI analyst M1851, BI developer M1824, data engineer
 * M1811, database architect M1868, AI engineer M1889, embedded AI specialist M1873, chief data
 * officer M1423. Generic codes (developer M1805, project manager M1853) are left out: they
 * would bring every software offer. */
export const AI_DATA_ROME_CODES = [
  'M1405', 'M1414', 'M1419', 'M1851', 'M1824', 'M1811', 'M1868', 'M1889', 'M1873', 'M1423',
] as const; // prettier-ignore
