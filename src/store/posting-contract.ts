/** What every store adapter must do with job-posting sightings and feed cursors. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SalaryStore, StoredSighting } from './port.ts';

export function makeSighting(overrides: Partial<StoredSighting> = {}): StoredSighting {
  const id = overrides.id ?? 's-1';
  return {
    id,
    postingId: id,
    sourceId: 'feed-a',
    identifier: `ad-${id}`,
    title: 'Data Scientist (H/F)',
    roleId: 'data-scientist',
    level: null,
    country: 'FR',
    city: 'Lyon',
    remote: null,
    contract: 'permanent',
    employer: 'Acme',
    sector: null,
    companySize: null,
    postedOn: '2026-10-02',
    validThrough: null,
    pay: {
      low: 45_000,
      high: 55_000,
      currency: 'EUR',
      period: 'year',
      basis: 'gross',
      yearEur: 50_000,
      conflict: null,
    },
    mentionsAi: true,
    textHash: '0123456789abcdef',
    ingestedAt: '2026-12-01T09:00:00.000Z',
    ...overrides,
  };
}

export function describePostingContract(name: string, open: () => Promise<SalaryStore>): void {
  describe(`posting store contract: ${name}`, () => {
    let store: SalaryStore;
    before(async () => {
      store = await open();
    });
    after(async () => store.close());

    it('stores a sighting once, however often it is sent', async () => {
      const head = makeSighting();
      const repost = makeSighting({ id: 's-2', postingId: 's-1', sourceId: 'feed-b', pay: null });
      assert.deepEqual(await store.insertPostingSightings([head, repost, head]), {
        inserted: 2,
        skipped: 1,
      });
      assert.deepEqual(await store.insertPostingSightings([head]), { inserted: 0, skipped: 1 });
    });

    it('gives back the repost keys of every sighting, oldest first', async () => {
      await store.insertPostingSightings([
        makeSighting({ id: 's-0', postedOn: '2026-09-01', employer: null, textHash: null }),
      ]);
      const keys = await store.postingSightingKeys();
      assert.deepEqual(
        keys.map((k) => [k.id, k.postingId, k.postedOn]),
        [
          ['s-0', 's-0', '2026-09-01'],
          ['s-1', 's-1', '2026-10-02'],
          ['s-2', 's-1', '2026-10-02'],
        ],
      );
      assert.equal(keys[1]?.payLow, 45_000);
      assert.equal(keys[1]?.textHash, '0123456789abcdef');
      assert.equal(keys[0]?.employer, null);
    });

    it('keeps one cursor per feed, replaced on save', async () => {
      assert.equal(await store.feedCursor('file:a'), null);
      await store.saveFeedCursor('file:a', '{"records":10}');
      await store.saveFeedCursor('file:a', '{"records":20}');
      await store.saveFeedCursor('file:b', '{"records":5}');
      assert.equal(await store.feedCursor('file:a'), '{"records":20}');
      assert.equal(await store.feedCursor('file:b'), '{"records":5}');
    });
  });
}
