/** What the /api/stats benches share: the synthetic data's value lists, the seeded random
 * filters every run asks in the same order, and small HTTP and percentile helpers. */
import http from 'node:http';
import { LEVELS, ROLE_IDS, type StatsFilter } from '../src/domain/index.ts';

export const COUNTRIES = [
  'US',
  'FR',
  'GB',
  'DE',
  'CA',
  'ES',
  'NL',
  'IN',
  'CH',
  'BE',
  'LU',
  'IT',
  'PT',
  'PL',
  'SE',
  'IE',
  'AU',
  'BR',
  'MA',
  'JP',
];
/** The pay currency of the synthetic rows of each country (its own, as data/ppp has it). */
export const PAY_CURRENCY: Record<string, string> = {
  US: 'USD', GB: 'GBP', CA: 'CAD', IN: 'INR', CH: 'CHF', PL: 'PLN', SE: 'SEK', AU: 'AUD',
  BR: 'BRL', MA: 'MAD', JP: 'JPY',
}; // prettier-ignore

/** SQL: the pay currency of a row from its `country` column (EUR where not listed). */
export const PAY_CURRENCY_SQL = `CASE country ${Object.entries(PAY_CURRENCY)
  .map(([c, cur]) => `WHEN '${c}' THEN '${cur}'`)
  .join(' ')} ELSE 'EUR' END`;

export const REMOTES = ['onsite', 'hybrid', 'remote'];
export const EMPLOYMENTS = ['employee', 'freelance', 'intern'];

/** A tiny seeded generator, so every run asks the same questions. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function randomFilter(r: () => number): StatsFilter {
  const f: Record<string, unknown> = {};
  if (r() < 0.9) f.role = pick(r, ROLE_IDS);
  if (r() < 0.7) f.country = pick(r, COUNTRIES);
  if (r() < 0.5) f.level = pick(r, LEVELS);
  if (r() < 0.25) f.remote = pick(r, REMOTES);
  if (r() < 0.15) f.employment = pick(r, EMPLOYMENTS);
  if (r() < 0.25) f.yearFrom = 2021 + Math.floor(r() * 5);
  return f as StatsFilter;
}

export function toQuery(f: StatsFilter): string {
  return new URLSearchParams(
    Object.entries(f).map(([k, v]): [string, string] => [k, String(v)]),
  ).toString();
}

export function getJson(url: string, agent: http.Agent): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode} for ${url}`));
          else
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
        });
      })
      .on('error', reject);
  });
}

export function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/** `count` seeded random filters: the same list on every run. */
export function randomFilters(count: number): StatsFilter[] {
  const r = rng(42);
  return Array.from({ length: count }, () => randomFilter(r));
}
