/** The behaviour every store adapter must show. Each adapter's test file calls
 * `describeStoreContract` with a function opening a fresh, empty store. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { quantileSorted } from '../domain/index.ts';
import type { SalaryStore } from './port.ts';
import { makeObservation, makeSource } from './testing/fixtures.ts';

export function describeStoreContract(name: string, open: () => Promise<SalaryStore>): void {
  describe(`store contract: ${name}`, () => {
    let store: SalaryStore;
    const values = [
      31_000, 42_000, 45_000, 48_000, 52_000, 55_000, 61_000, 70_000, 83_000, 120_000,
    ];
    const ml = values.map((v, i) =>
      makeObservation({
        id: `ml-${i}`,
        low: v,
        high: v,
        valueYearEur: v,
        city: i % 2 ? 'Paris' : 'Lyon',
      }),
    );
    const usd = makeObservation({
      id: 'us-1',
      currency: 'USD',
      low: 100_000,
      high: 120_000,
      valueYearEur: 100_000,
      country: 'US',
      observedOn: '2024-06-03',
      provenance: { ...ml[0]!.provenance, sourceId: 'other-source', location: 'row us-1' },
    });

    before(async () => {
      store = await open();
      await store.upsertSources([makeSource(), makeSource({ id: 'other-source', title: 'Other' })]);
      await store.replaceFxRates([
        { currency: 'USD', day: '2024-06-03', perEur: 1.0842 },
        { currency: 'USD', day: '2024-06-04', perEur: 1.0878 },
      ]);
    });
    after(async () => store.close());

    it('stores observations once, however often the same input is ingested', async () => {
      const first = await store.insertObservations([...ml, usd]);
      assert.deepEqual(first, { inserted: 11, skipped: 0 });
      const again = await store.insertObservations([...ml, usd, ml[0]!]);
      assert.deepEqual(again, { inserted: 0, skipped: 12 });
      assert.equal(await store.countObservations(), 11);
    });

    it('returns the percentiles of the filtered group, as type-7 quantiles', async () => {
      const q = await store.quantiles(
        { role: 'ml-engineer', country: 'FR' },
        { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 },
      );
      assert.equal(q.count, 10);
      assert.equal(q.sources, 1);
      const sorted = [...values].sort((a, b) => a - b);
      const expected = [0.1, 0.25, 0.5, 0.75, 0.9].map((p) => quantileSorted(sorted, p));
      assert.ok(q.quantiles);
      q.quantiles.forEach((v, i) =>
        assert.ok(Math.abs(v - expected[i]!) < 1e-6, `q${i}: ${v} vs ${expected[i]}`),
      );
      assert.equal(q.min, 31_000);
      assert.equal(q.max, 120_000);
      assert.equal(q.from, '2024-06-03');
    });

    it('gives the histogram of a group: every observation in one sorted bucket', async () => {
      const buckets = await store.histogram(
        { role: 'ml-engineer', country: 'FR' },
        { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 },
      );
      assert.equal(
        buckets.reduce((n, b) => n + b.count, 0),
        10,
      );
      assert.equal(buckets[0]?.min, 31_000);
      assert.equal(buckets.at(-1)?.max, 120_000);
      assert.ok(buckets.every((b, i) => i === 0 || b.bucket > buckets[i - 1]!.bucket));
    });

    it('divides yearly values into the requested period', async () => {
      const q = await store.quantiles(
        { role: 'ml-engineer', country: 'FR' },
        { currency: 'EUR', periodsPerYear: 12, minGroupSize: 5 },
      );
      assert.ok(Math.abs((q.min ?? 0) - 31_000 / 12) < 1e-6);
    });

    it('converts to another currency at the rate of each observation date', async () => {
      const q = await store.quantiles(
        { country: 'US' },
        { currency: 'USD', periodsPerYear: 1, minGroupSize: 5 },
      );
      assert.equal(q.count, 1);
      assert.ok(Math.abs((q.min ?? 0) - 100_000 * 1.0842) < 1e-6);
    });

    it('summarises every group of a grouping at once, like the single query', async () => {
      const options = { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 };
      const groups = await store.quantilesByGroup({}, ['role', 'country'], options);
      const fr = groups.find((g) => g.group.country === 'FR' && g.group.role === 'ml-engineer');
      const single = await store.quantiles({ role: 'ml-engineer', country: 'FR' }, options);
      assert.equal(fr?.count, 10);
      assert.deepEqual(fr?.quantiles, single.quantiles);
      assert.equal(groups.find((g) => g.group.country === 'US')?.count, 1);
    });

    it('filters on city without regard to case, and on a year range', async () => {
      const paris = await store.quantiles(
        { city: 'PARIS' },
        { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 },
      );
      assert.equal(paris.count, 5);
      const none = await store.quantiles(
        { yearFrom: 2025 },
        { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 },
      );
      assert.equal(none.count, 0);
      assert.equal(none.quantiles, null);
    });

    it('pages observations with their provenance', async () => {
      const page = await store.listObservations({ role: 'ml-engineer' }, { limit: 4, offset: 0 });
      assert.equal(page.total, 11);
      assert.equal(page.items.length, 4);
      const item = page.items[0]!;
      assert.equal(item.provenance.kind, 'dataset');
      assert.deepEqual(item.provenance.evidence, [{ start: 0, end: 10, text: 'row text' }]);
      const next = await store.listObservations({ role: 'ml-engineer' }, { limit: 4, offset: 8 });
      assert.equal(next.items.length, 3);
      const ids = new Set([...page.items, ...next.items].map((o) => o.id));
      assert.equal(ids.size, 7);
    });

    it('round-trips every field of an observation', async () => {
      const page = await store.listObservations({ country: 'US' }, { limit: 10, offset: 0 });
      const { valueYearEur, ...stored } = page.items[0]!;
      const { valueYearEur: expectedValue, ...original } = usd;
      assert.deepEqual(stored, original);
      assert.equal(valueYearEur, expectedValue);
    });

    it('gives the estimator its training rows, and a version that changes when rows are added', async () => {
      const rows = await store.trainingRows(1000);
      assert.equal(rows.length, 11);
      assert.equal((await store.trainingRows(4)).length, 4);
      const us = rows.find((r) => r.country === 'US');
      assert.deepEqual(us, {
        roleId: 'ml-engineer',
        rawTitle: 'Machine Learning Engineer',
        level: 'mid',
        country: 'US',
        remote: 'hybrid',
        companySize: 'medium',
        employment: 'employee',
        year: 2024,
        currency: 'USD',
        low: 100_000,
        high: 120_000,
        valueYearEur: 100_000,
      });
      const before = await store.observationsVersion();
      await store.insertObservations([
        makeObservation({
          id: 'late',
          provenance: {
            ...usd.provenance,
            location: 'late',
            ingestedAt: '2026-11-22T00:00:00.000Z',
          },
        }),
      ]);
      assert.notEqual(await store.observationsVersion(), before);
      assert.equal(await store.observationsVersion(), await store.observationsVersion());
    });

    it('lists sources with their observation counts and dates', async () => {
      const sources = await store.listSources();
      const test = sources.find((s) => s.id === 'test-dataset');
      assert.equal(test?.observations, 10);
      assert.equal(test?.firstObservedOn, '2024-06-03');
      assert.equal(sources.find((s) => s.id === 'other-source')?.observations, 2);
    });

    it('updates a source in place when it is upserted again, its French title too', async () => {
      assert.equal((await store.listSources()).find((s) => s.id === 'test-dataset')?.titleFr, null);
      await store.upsertSources([makeSource({ title: 'Renamed', titleFr: 'Renommé' })]);
      const sources = await store.listSources();
      assert.equal(sources.filter((s) => s.id === 'test-dataset').length, 1);
      assert.equal(sources.find((s) => s.id === 'test-dataset')?.title, 'Renamed');
      assert.equal(sources.find((s) => s.id === 'test-dataset')?.titleFr, 'Renommé');
    });

    it('keeps published statistics apart from observations, replacing one saved again', async () => {
      const before = await store.countObservations();
      const median = {
        id: 'dares-psm-M2Z-2017-2019',
        sourceId: 'test-dataset',
        occupation: { system: 'FAP-2009', code: 'M2Z', label: 'Ingénieurs de l’informatique' },
        country: 'FR',
        region: 'France métropolitaine',
        population: 'full-time employees',
        statistic: 'median',
        p10: null,
        p50: 3100,
        p90: null,
        currency: 'EUR',
        period: 'month' as const,
        basis: 'net' as const,
        yearFrom: 2017,
        yearTo: 2019,
        roles: [],
      };
      const wages = { ...median, id: 'job-bank-21211', country: 'CA', region: null, p10: 29.74 };
      await store.upsertPublishedStatistics([median, { ...wages, roles: ['data-scientist'] }]);
      await store.upsertPublishedStatistics([{ ...median, p50: 3120 }]);
      const stored = await store.listPublishedStatistics();
      assert.deepEqual(
        stored.map((s) => [s.id, s.p50, s.p10, s.roles]),
        [
          ['job-bank-21211', 3100, 29.74, ['data-scientist']],
          ['dares-psm-M2Z-2017-2019', 3120, null, []],
        ],
      );
      assert.deepEqual(stored[1], { ...median, p50: 3120 });
      assert.equal(await store.countObservations(), before);
    });
  });
}
