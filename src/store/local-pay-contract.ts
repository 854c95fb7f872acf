/**
 * What both stores must do with the local-pay filter (StatsFilter.localCurrencies): leave out an
 * observation of a listed country paid in another currency, keep the others (unlisted
 * countries, no country), the same way in every statistics path (the cube and exact quantiles,
 * the sample of large groups, groups by country) and in the observation listing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SalaryStore } from './port.ts';
import { makeObservation, makeSource } from './testing/fixtures.ts';

const LOCAL = { FR: 'EUR', US: 'USD' };
const OPTIONS = { currency: 'EUR', periodsPerYear: 1, minGroupSize: 1 };

export function describeLocalPayContract(
  name: string,
  open: (largeGroup: number) => Promise<SalaryStore>,
): void {
  describe(`local pay: ${name}`, () => {
    it('leaves out jobs paid in another currency than their country’s, in every path', async () => {
      const store = await open(2_000);
      try {
        await store.upsertSources([makeSource()]);
        const row = (id: string, country: string | null, currency: string, v: number) =>
          makeObservation({ id, country, currency, low: v, high: v, valueYearEur: v });
        await store.insertObservations([
          ...Array.from({ length: 40 }, (_, i) =>
            row(`fr-eur-${i}`, 'FR', 'EUR', 50_000 + i * 100),
          ),
          ...Array.from({ length: 10 }, (_, i) => row(`fr-usd-${i}`, 'FR', 'USD', 140_000 + i)),
          ...Array.from({ length: 20 }, (_, i) => row(`us-usd-${i}`, 'US', 'USD', 120_000 + i)),
          row('ma-eur', 'MA', 'EUR', 30_000),
          row('none-gbp', null, 'GBP', 60_000),
        ]);
        const local = { localCurrencies: LOCAL };

        const fr = await store.quantiles({ country: 'FR', ...local }, OPTIONS);
        assert.equal(fr.count, 40);
        assert.ok((fr.max ?? 0) < 60_000, `max ${fr.max}`);
        assert.equal((await store.quantiles({ country: 'FR' }, OPTIONS)).count, 50);
        // Unlisted country and no country: kept.
        assert.equal((await store.quantiles(local, OPTIONS)).count, 40 + 20 + 2);

        const byCountry = await store.quantilesByGroup(local, ['country'], OPTIONS);
        const counts = Object.fromEntries(byCountry.map((g) => [g.group.country ?? '-', g.count]));
        assert.deepEqual(counts, { '-': 1, FR: 40, MA: 1, US: 20 });

        const page = await store.listObservations(
          { country: 'FR', ...local },
          { limit: 100, offset: 0 },
        );
        assert.equal(page.total, 40);
        assert.ok(page.items.every((o) => o.currency === 'EUR'));
      } finally {
        await store.close();
      }
    });

    it('applies to the sample of large groups too', async () => {
      const store = await open(1_000);
      try {
        await store.upsertSources([makeSource()]);
        await store.insertObservations(
          Array.from({ length: 4_000 }, (_, i) => {
            const usd = i % 4 === 0;
            const v = usd ? 150_000 + i : 45_000 + (i % 97) * 100;
            return makeObservation({
              id: `big-${i}`,
              currency: usd ? 'USD' : 'EUR',
              low: v,
              high: v,
              valueYearEur: v,
            });
          }),
        );
        const q = await store.quantiles({ country: 'FR', localCurrencies: LOCAL }, OPTIONS);
        assert.equal(q.method, 'sample');
        assert.equal(q.count, 3_000);
        assert.ok((q.quantiles?.[4] ?? Infinity) < 60_000, `p90 ${q.quantiles?.[4]}`);
      } finally {
        await store.close();
      }
    });
  });
}
