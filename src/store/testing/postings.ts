/** Test-only: builders of posting sightings and a plain SQL insert into posting_sightings, for
 * the market reads' tests (the feeds' own write path is src/ingest/postings/). */
import type { PostingSighting } from '../../domain/posting.ts';

export interface TestSighting extends PostingSighting {
  /** Reposts share the posting id of the first sighting. */
  readonly postingId: string;
}

let counter = 0;

export function makeSighting(overrides: Partial<TestSighting> = {}): TestSighting {
  counter += 1;
  const id = overrides.id ?? `s-${counter}`;
  return {
    id,
    postingId: id,
    sourceId: 'test-feed',
    identifier: id,
    title: 'Data Scientist',
    roleId: 'data-scientist',
    level: 'mid',
    country: 'FR',
    city: 'Paris',
    remote: null,
    contract: 'permanent',
    employer: 'Acme',
    sector: null,
    companySize: null,
    postedOn: '2025-10-06',
    validThrough: null,
    pay: null,
    mentionsAi: false,
    textHash: null,
    ...overrides,
  };
}

/** `pay(45_000, 55_000)`: a yearly EUR range, converted midpoint as yearEur. */
export function yearlyPay(low: number, high: number): NonNullable<PostingSighting['pay']> {
  return {
    low,
    high,
    currency: 'EUR',
    period: 'year',
    basis: 'gross',
    yearEur: (low + high) / 2,
    conflict: null,
  };
}

/** One INSERT with $n placeholders (both dialects) and its values. */
export function insertSightingSql(s: TestSighting): { sql: string; params: unknown[] } {
  const values = [
    s.id, s.postingId, s.sourceId, s.identifier, s.title, s.roleId, s.level, s.country, s.city,
    s.remote, s.contract, s.employer, s.sector, s.companySize, s.postedOn, s.validThrough,
    s.pay?.low ?? null, s.pay?.high ?? null, s.pay?.currency ?? null, s.pay?.period ?? null,
    s.pay?.basis ?? null, s.pay?.yearEur ?? null, s.pay?.conflict ?? null, s.mentionsAi,
    s.textHash, '2026-12-01 09:00:00',
  ]; // prettier-ignore
  const dates = new Set([15, 16]);
  const placeholders = values.map((_, i) =>
    dates.has(i + 1)
      ? `CAST($${i + 1} AS DATE)`
      : i + 1 === 26
        ? `CAST($${i + 1} AS TIMESTAMP)`
        : `$${i + 1}`,
  );
  return {
    sql: `INSERT INTO posting_sightings VALUES (${placeholders.join(', ')})`,
    params: values,
  };
}
