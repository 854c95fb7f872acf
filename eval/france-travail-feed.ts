/**
 * Builds a schema.org JobPosting JSON Lines feed from the France Travail offers of
 * ../shared/data (never committed: written to a folder the caller gives), with some postings
 * sent twice and some reposted under another identifier two weeks later, and counts what the
 * market view should show straight from the file and its manifest of reposts: postings
 * (reposts counted once), months, top place, remote share, share with pay.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { SHARED_DIR } from './evaluation.ts';

export const FT_CSV = join(
  SHARED_DIR,
  'data',
  'france-travail-offres-data-ia',
  'france_travail_offres.csv',
);

type Row = Record<string, string>;

/** "75 - PARIS 09" / "69 - Lyon 3e Arrondissement" → "Paris" / "Lyon"; "51 - EPERNAY" → "Epernay". */
export function cityOf(location: string): string | null {
  const name = location
    .replace(/^\s*(\d{2}|2[AB]|97\d)\s*-\s*/, '')
    .replace(/\s+(\d{1,2}(e|er)?(\s+arrondissement)?)\s*$/i, '')
    .trim();
  if (!name) return null;
  return name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
}

/** A pay amount written in a description, by a rule of its own (not the extractor's): a
 * "45 k€" / "45K€" or a "2 500 €" / "45000 euros" figure. */
const DESCRIBED_PAY =
  /\b\d{2,3}\s?[kK]\s?(€|euros?)|\b\d{1,2}[\s.\u00a0\u202f]?\d{3}([.,]\d{2})?\s?(€|euros?\b)/;

const FULL_REMOTE =
  /\b(full remote|100 ?% (t[ée]l[ée]travail|remote)|t[ée]l[ée]travail (complet|total|int[ée]gral))\b/i;
const LIBELLE = /^(Annuel|Mensuel|Horaire) de ([\d.,]+) Euros(?: à ([\d.,]+) Euros)?/;
const UNIT = { Annuel: 'YEAR', Mensuel: 'MONTH', Horaire: 'HOUR' } as const;
const num = (s: string) => Number(s.replace(',', '.'));

function jobPosting(r: Row, identifier: string, datePosted: string, description: string) {
  const m = LIBELLE.exec(r.salary ?? '');
  const city = cityOf(r.location ?? '');
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier,
    title: r.title,
    description,
    datePosted,
    ...(r.company ? { hiringOrganization: { '@type': 'Organization', name: r.company } } : {}),
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(city ? { addressLocality: city } : {}),
        addressCountry: 'FR',
      },
    },
    ...(FULL_REMOTE.test(description) ? { jobLocationType: 'TELECOMMUTE' } : {}),
    employmentType:
      r.contract_type === 'CDI' ? 'FULL_TIME' : r.contract_type === 'CDD' ? 'TEMPORARY' : 'OTHER',
    ...(m
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: 'EUR',
            value: {
              '@type': 'QuantitativeValue',
              minValue: num(m[2] as string),
              maxValue: num((m[3] ?? m[2]) as string),
              unitText: UNIT[m[1] as keyof typeof UNIT],
            },
          },
        }
      : {}),
  };
}

export interface FeedCounts {
  readonly lines: number;
  readonly resent: number;
  readonly reposted: number;
  readonly postings: number;
  readonly months: { month: string; postings: number }[];
  readonly topPlace: { place: string; postings: number };
  readonly remoteShare: number;
  readonly withPay: number;
}

export interface BuiltFeed {
  readonly path: string;
  readonly counts: FeedCounts;
  /** Identifier of each repost → identifier of the offer it reposts. */
  readonly reposts: ReadonlyMap<string, string>;
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString();

/** Every 10th offer sent twice, every 12th reposted 14 days later under "<id>-R" with one
 * sentence added: both kinds must count once. */
export function buildFranceTravailFeed(dir: string): BuiltFeed {
  const rows = parse(readFileSync(FT_CSV, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Row[];
  const lines: string[] = [];
  const later: string[] = [];
  const reposts = new Map<string, string>();
  let resent = 0;
  rows.forEach((r, i) => {
    const id = r.offer_id as string;
    const posted = r.published_date as string;
    const line = JSON.stringify(jobPosting(r, id, posted, r.description ?? ''));
    lines.push(line);
    if (i % 10 === 3) {
      later.push(line);
      resent += 1;
    }
    if (i % 12 === 5) {
      const text = `${r.description ?? ''}\nPoste à pourvoir rapidement.`;
      later.push(JSON.stringify(jobPosting(r, `${id}-R`, addDays(posted, 14), text)));
      reposts.set(`${id}-R`, id);
    }
  });
  const path = join(dir, 'france-travail-feed.jsonl');
  writeFileSync(path, `${[...lines, ...later].join('\n')}\n`);
  // Independent counts: the original offers (one per posting), read back from their lines.
  const originals = lines.map((l) => JSON.parse(l) as ReturnType<typeof jobPosting>);
  const months = new Map<string, number>();
  const places = new Map<string, number>();
  let remote = 0;
  let pay = 0;
  for (const p of originals) {
    const month = p.datePosted.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
    const place = p.jobLocation.address.addressLocality ?? 'FR';
    places.set(place, (places.get(place) ?? 0) + 1);
    if ('jobLocationType' in p) remote += 1;
    if ('baseSalary' in p || DESCRIBED_PAY.test(p.description)) pay += 1;
  }
  const [topName, topCount] = [...places].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return {
    path,
    reposts,
    counts: {
      lines: lines.length + later.length,
      resent,
      reposted: reposts.size,
      postings: originals.length,
      months: [...months].sort().map(([month, postings]) => ({ month, postings })),
      topPlace: { place: topName, postings: topCount },
      remoteShare: remote / originals.length,
      withPay: pay / originals.length,
    },
  };
}
