/** The market reads every store adapter must give (market-port.ts), on postings with a repost
 * and on dataset records. Each adapter's test calls it with a fresh store and a way to write
 * posting rows with plain SQL. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { marketReadsOf, type SalaryStore } from './port.ts';
import { makeObservation, makeSource } from './testing/fixtures.ts';
import {
  insertSightingSql,
  makeSighting,
  yearlyPay,
  type TestSighting,
} from './testing/postings.ts';

export interface MarketTestStore {
  readonly store: SalaryStore;
  /** Runs one statement outside the store (the posting rows). */
  execute(sql: string, params: unknown[]): Promise<void>;
  /** Closes what `open` opened beside the store (after the store is closed). */
  close?(): Promise<void>;
}

/** 6 postings, one of them sent again by another feed a month later (7 sightings). */
function sightings(): TestSighting[] {
  const first = makeSighting({
    id: 'p1',
    postedOn: '2024-10-06',
    remote: 'remote',
    pay: yearlyPay(50_000, 60_000),
    mentionsAi: true,
  });
  return [
    first,
    { ...first, id: 'p1-again', sourceId: 'other-feed', identifier: 'x-9', postedOn: '2024-11-03' },
    makeSighting({ id: 'p2', postedOn: '2024-10-20', remote: 'hybrid', pay: yearlyPay(40_000, 40_000) }),
    makeSighting({ id: 'p3', postedOn: '2024-11-15', city: 'Lyon', contract: 'fixed-term' }),
    makeSighting({ id: 'p4', postedOn: '2025-10-01', pay: yearlyPay(66_000, 66_000), mentionsAi: true }),
    makeSighting({ id: 'p5', postedOn: '2025-10-02', pay: yearlyPay(44_000, 44_000), roleId: 'ml-engineer', sector: 'banking' }),
    makeSighting({ id: 'p6', postedOn: '2025-12-30', city: 'PARIS', contract: 'internship', companySize: 'large' }),
  ]; // prettier-ignore
}

export function describeMarketContract(name: string, open: () => Promise<MarketTestStore>): void {
  describe(`market reads: ${name}`, () => {
    let t: MarketTestStore;
    before(async () => {
      t = await open();
      for (const s of sightings()) {
        const q = insertSightingSql(s);
        await t.execute(q.sql, q.params);
      }
      await t.store.upsertSources([makeSource(), makeSource({ id: 'article', kind: 'article' })]);
      await t.store.insertObservations([
        makeObservation({ id: 'r1', remote: 'remote', observedOn: '2024-07-01' }),
        makeObservation({ id: 'r2', remote: 'onsite', observedOn: '2025-07-01', country: 'US' }),
        makeObservation({ id: 'r3', remote: 'remote', observedOn: '2025-07-01', country: 'US' }),
        makeObservation({
          id: 'a1',
          provenance: { ...makeObservation().provenance, sourceId: 'article', kind: 'article' },
        }),
      ]);
    });
    after(async () => {
      await t.store.close();
      await t.close?.();
    });

    it('counts a posting once however many boards sent it, in the month first seen', async () => {
      const market = marketReadsOf(t.store);
      assert.equal(await market.countPostings(), 6);
      assert.equal(await market.countPostings('other-feed'), 1);
      const totals = await market.totals('postings', {});
      assert.equal(totals.items, 6);
      assert.equal(totals.withPay, 4);
      assert.equal(totals.remote, 1);
      assert.equal(totals.hybrid, 1);
      assert.equal(totals.mentionsAi, 2);
      assert.equal(totals.aiKnown, 6);
      assert.equal(totals.from, '2024-10-06');
      assert.equal(totals.to, '2025-12-30');
      assert.deepEqual(
        (await market.months('postings', {})).map((m) => [`${m.year}-${m.month}`, m.items]),
        [['2024-10', 2], ['2024-11', 1], ['2025-10', 2], ['2025-12', 1]],
      ); // prettier-ignore
    });

    it('gives the quartiles of posted pay, overall and by quarter', async () => {
      const totals = await marketReadsOf(t.store).totals('postings', {});
      assert.deepEqual(totals.pay, { count: 4, p25: 43_000, p50: 49_500, p75: 57_750 });
      const quarters = await marketReadsOf(t.store).payByQuarter('postings', {});
      assert.deepEqual(
        quarters.map((q) => [q.year, q.quarter, q.count, q.p50]),
        [[2024, 4, 2, 47_500], [2025, 4, 2, 55_000]],
      ); // prettier-ignore
    });

    it('filters on source, city in any case, role and years', async () => {
      const market = marketReadsOf(t.store);
      const other = await market.totals('postings', { sourceId: 'other-feed' });
      assert.equal(other.items, 1);
      assert.equal(other.from, '2024-11-03');
      assert.equal((await market.totals('postings', { city: 'paris' })).items, 5);
      assert.equal((await market.totals('postings', { role: 'ml-engineer' })).items, 1);
      const y2025 = await market.totals('postings', { yearFrom: 2025, yearTo: 2025 });
      assert.equal(y2025.items, 3);
    });

    it('groups by year, role, place, cell and mix', async () => {
      const market = marketReadsOf(t.store);
      const years = await market.years('postings', {});
      assert.deepEqual(
        years.map((y) => [y.year, y.items, y.remote, y.hybrid, y.pay.count]),
        [
          [2024, 3, 1, 1, 2],
          [2025, 3, 0, 0, 2],
        ],
      );
      const roles = await market.aiByRole('postings', {});
      assert.deepEqual(roles[0], { roleId: 'data-scientist', items: 5, mentionsAi: 2 });
      const places = await market.places('postings', {}, 10);
      assert.deepEqual(
        places.map((p) => [p.city, p.items, p.pay.count]),
        [
          ['Paris', 4, 4],
          ['Lyon', 1, 0],
          ['PARIS', 1, 0],
        ],
      );
      const cells = await market.payCells('postings', {});
      assert.deepEqual(
        cells.map((c) => [c.year, c.roleId, c.city, c.count, c.median]),
        [
          [2024, 'data-scientist', 'Paris', 2, 47_500],
          [2025, 'data-scientist', 'Paris', 1, 66_000],
          [2025, 'ml-engineer', 'Paris', 1, 44_000],
        ],
      );
      const contracts = await market.mix('postings', {}, 'contract');
      assert.deepEqual(contracts[0], { value: 'permanent', items: 4 });
      assert.equal(contracts.length, 3);
      const sectors = await market.mix('postings', {}, 'sector');
      assert.deepEqual(sectors, [
        { value: null, items: 5 },
        { value: 'banking', items: 1 },
      ]);
    });

    it('reads dataset records, not article figures, as the market without a feed', async () => {
      const market = marketReadsOf(t.store);
      const totals = await market.totals('records', {});
      assert.equal(totals.items, 3);
      assert.equal(totals.remote, 2);
      assert.equal(totals.aiKnown, 0);
      const us = await market.remoteByCountryYear('records', { yearFrom: 2025 });
      assert.deepEqual(us, [{ year: 2025, country: 'US', items: 2, remote: 1, hybrid: 0 }]);
      const contracts = await market.mix('records', {}, 'contract');
      assert.deepEqual(contracts, [{ value: 'employee', items: 3 }]);
      assert.equal((await market.places('records', {}, 1))[0]?.country, 'US');
    });
  });
}
