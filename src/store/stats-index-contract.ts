/**
 * The statistics index (stats-index.ts) answers as the SQL path does: on the same data, a store
 * with the index and one without give the same count, sources, min, max, dates, quantiles (to
 * the cent) and method for seeded random filters. `open(smallGroup, largeGroup)` makes an empty
 * database and opens two stores on it (and `close` closes both), one with the index and one
 * without, whose exact and sample thresholds are lowered to those sizes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LEVELS, type StatsFilter } from '../domain/index.ts';
import type { RawQuantiles, SalaryStore, StoredObservation } from './port.ts';
import { makeObservation, makeSource } from './testing/fixtures.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const ROLES = ['ml-engineer', 'data-scientist', 'backend-developer'];
const COUNTRIES = ['FR', 'US', 'DE', null];
const CURRENCY: Record<string, string> = { FR: 'EUR', US: 'USD', DE: 'EUR' };
const REMOTES = ['onsite', 'hybrid', 'remote'] as const;
const SOURCES = ['test-dataset', 'second-dataset'];

function observations(count: number): StoredObservation[] {
  const r = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const country = pick(COUNTRIES);
    const year = 2020 + Math.floor(r() * 6);
    const sourceId = pick(SOURCES);
    // Local pay: most rows in their country's currency, some in another, some in none known.
    const currency =
      country && r() < 0.8 ? (CURRENCY[country] as string) : pick(['EUR', 'USD', 'GBP']);
    const value = Math.round(Math.exp(10.7 + 0.5 * (r() + r() + r() - 1.5)) * 100) / 100;
    const base = makeObservation({
      id: `ix-${i}`,
      low: value,
      high: value,
      valueYearEur: r() < 0.02 ? 0 : value,
      roleId: pick(ROLES),
      country,
      level: pick(LEVELS),
      remote: pick(REMOTES),
      companySize: r() < 0.2 ? null : 'medium',
      employment: r() < 0.1 ? 'freelance' : 'employee',
      currency,
      city: r() < 0.3 ? 'Paris' : null,
      observedOn: `${year}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
    });
    return { ...base, provenance: { ...base.provenance, sourceId } };
  });
}

function randomFilter(r: () => number): StatsFilter {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const f: Record<string, unknown> = {};
  if (r() < 0.7) f.role = r() < 0.05 ? 'no-such-role' : pick(ROLES);
  if (r() < 0.5) f.country = pick(['FR', 'US', 'DE', 'JP']);
  if (r() < 0.4) f.level = pick(LEVELS);
  if (r() < 0.2) f.remote = pick(REMOTES);
  if (r() < 0.1) f.employment = 'freelance';
  if (r() < 0.1) f.companySize = 'medium';
  if (r() < 0.1) f.sourceId = pick(SOURCES);
  if (r() < 0.3) f.yearFrom = 2020 + Math.floor(r() * 6);
  if (r() < 0.2) f.yearTo = 2021 + Math.floor(r() * 5);
  if (r() < 0.5) f.localCurrencies = r() < 0.8 ? CURRENCY : {};
  return f as StatsFilter;
}

function assertSame(got: RawQuantiles, want: RawQuantiles, what: string): void {
  const { quantiles: q1, ...rest1 } = got;
  const { quantiles: q2, ...rest2 } = want;
  assert.deepEqual(rest1, rest2, what);
  assert.equal(q1 === null, q2 === null, what);
  (q1 ?? []).forEach((v, i) =>
    assert.ok(Math.abs(v - (q2?.[i] ?? Number.NaN)) < 0.005, `${what}: q${i} ${v} vs ${q2?.[i]}`),
  );
}

export function describeStatsIndexContract(
  name: string,
  open: (
    smallGroup: number,
    largeGroup: number,
  ) => Promise<{ indexed: SalaryStore; plain: SalaryStore; close: () => Promise<void> }>,
): void {
  describe(`statistics index: ${name}`, () => {
    it('gives the figures and method of the SQL path on random filters', async () => {
      const { indexed, plain, close } = await open(400, 1_500);
      try {
        await indexed.upsertSources([makeSource(), makeSource({ id: 'second-dataset' })]);
        // In three inserts: the cube then holds several rows for a group (each insert appends
        // its own, sql/aggregate-upkeep.ts), which the index must take as one cell.
        const all = observations(6_000);
        for (let at = 0; at < all.length; at += 2_000)
          await indexed.insertObservations(all.slice(at, at + 2_000));
        assert.equal(await indexed.warmStatistics?.(), true);
        assert.equal(await plain.warmStatistics?.(), false);
        const r = rng(99);
        const methods = new Set<string>();
        for (let i = 0; i < 150; i += 1) {
          const filter = randomFilter(r);
          for (const periodsPerYear of [1, 12]) {
            const options = { currency: 'EUR', periodsPerYear, minGroupSize: 5 };
            const want = await plain.quantiles(filter, options);
            const got = await indexed.quantiles(filter, options);
            methods.add(String(got.method));
            assertSame(got, want, `${JSON.stringify(filter)} / ${periodsPerYear}`);
          }
        }
        // Every step of the plan was met.
        assert.ok(methods.has('exact'), [...methods].join());
        assert.ok(methods.has('histogram'), [...methods].join());
        assert.ok(methods.has('sample'), [...methods].join());
        // A city is not in the index: asked of the database, the same answer.
        const city = { role: 'ml-engineer', city: 'paris' };
        const options = { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 };
        assertSame(
          await indexed.quantiles(city, options),
          await plain.quantiles(city, options),
          'city',
        );
      } finally {
        await close();
      }
    });

    it('drops the index on a write, here or in another process, and answers the new data', async () => {
      const { indexed: store, plain: other, close } = await open(400, 1_500);
      try {
        await store.upsertSources([makeSource()]);
        await store.insertObservations(
          [1, 2, 3, 4, 5].map((k) => makeObservation({ id: `w-${k}`, low: k * 10_000 })),
        );
        assert.equal(await store.warmStatistics?.(), true);
        const options = { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 };
        assert.equal((await store.quantiles({ role: 'ml-engineer' }, options)).count, 5);
        await store.insertObservations([makeObservation({ id: 'w-6', low: 60_000 })]);
        const after = await store.quantiles({ role: 'ml-engineer' }, options);
        assert.equal(after.count, 6);
        assert.equal(after.max, 60_000);
        assert.equal(await store.warmStatistics?.(), true);
        const rebuilt = await store.quantiles({ role: 'ml-engineer' }, options);
        assert.deepEqual(rebuilt, after);
        // Another process writes (here another store on the database): its message drops the
        // index (server mode: redis-invalidation.ts), which is built anew from the new rows.
        await other.insertObservations([makeObservation({ id: 'w-7', low: 70_000 })]);
        store.dropCachedAnswers();
        assert.equal((await store.quantiles({ role: 'ml-engineer' }, options)).count, 7);
        assert.equal(await store.warmStatistics?.(), true);
        assert.equal((await store.quantiles({ role: 'ml-engineer' }, options)).max, 70_000);
        // While writes elsewhere may go unheard, no index is used or built.
        store.cacheAnswers(false);
        assert.equal(await store.warmStatistics?.(), false);
        assert.equal((await store.quantiles({ role: 'ml-engineer' }, options)).count, 7);
      } finally {
        await close();
      }
    });
  });
}
