import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { readConfig } from '../config.ts';
import { openAppContext, type AppContext } from '../service/index.ts';
import { openDuckDbStore } from '../store/index.ts';
import { makeObservation, makeSource } from '../store/testing/fixtures.ts';
import { insertSightingSql, makeSighting, yearlyPay } from '../store/testing/postings.ts';
import { createApp } from './app.ts';

describe('GET /api/market', () => {
  let ctx: AppContext;
  let instance: DuckDBInstance;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  before(async () => {
    instance = await DuckDBInstance.create(':memory:');
    const store = await openDuckDbStore(':memory:', { instance });
    const connection = await instance.connect();
    // 8 postings in Lyon and Paris (one sent twice, one reposted elsewhere), 3 with pay, 2 remote.
    const rows = [
      makeSighting({ id: 'a', city: 'Lyon', postedOn: '2025-09-03', remote: 'remote' }),
      makeSighting({ id: 'a-dup', postingId: 'a', sourceId: 'board-2', city: 'Lyon', postedOn: '2025-10-01' }),
      ...['b', 'c', 'd', 'e', 'f'].map((id, i) =>
        makeSighting({ id, postedOn: `2025-10-0${i + 1}`, pay: i < 3 ? yearlyPay(40_000 + i * 5_000, 50_000 + i * 5_000) : null }),
      ),
      makeSighting({ id: 'g', city: 'Lyon', postedOn: '2025-10-20', remote: 'remote', contract: 'freelance' }),
      makeSighting({ id: 'h', city: 'Lyon', postedOn: '2025-11-02', remote: 'hybrid' }),
      makeSighting({ id: 'i', city: 'Lyon', postedOn: '2025-11-05' }),
    ]; // prettier-ignore
    for (const s of rows) {
      const q = insertSightingSql(s);
      await connection.run(q.sql, q.params as DuckDBValue[]);
    }
    connection.closeSync();
    await store.upsertSources([makeSource()]);
    await store.insertObservations([makeObservation({ id: 'r1', remote: 'remote' })]);
    ctx = await openAppContext(readConfig({}), { store, loadBundled: false });
    app = createApp(ctx);
  });
  after(async () => {
    await ctx.store.close();
    instance.closeSync();
  });

  it('counts each posting once, with its shares, months and places sorted by postings', async () => {
    const { status, body } = await get('/api/market');
    assert.equal(status, 200);
    assert.equal(body.basis, 'postings');
    assert.equal(body.postings, 9);
    assert.equal(body.withPay, 3 / 9);
    assert.equal(body.remoteShare, 2 / 9);
    assert.equal(body.hybridShare, 1 / 9);
    assert.deepEqual(body.months, [
      { month: '2025-09', postings: 1, withPay: 0 },
      { month: '2025-10', postings: 6, withPay: 3 },
      { month: '2025-11', postings: 2, withPay: 0 },
    ]);
    assert.deepEqual(
      body.places.map((p: { place: string; postings: number }) => [p.place, p.postings]),
      [
        ['Paris', 5],
        ['Lyon', 4],
      ],
    );
    assert.equal(body.contracts[0].contract, 'permanent');
  });

  it('hides the shares of a group below the minimum size but shows its count', async () => {
    const { body } = await get('/api/market?city=lyon&year=2025');
    assert.equal(body.postings, 4);
    assert.equal(body.remoteShare, null);
    assert.equal(body.remoteCount, 2);
    assert.equal(body.places[0].pay.p50, null);
  });

  it('answers from the dataset records for a source without postings', async () => {
    const { body } = await get('/api/market?source=test-dataset');
    assert.equal(body.basis, 'records');
    assert.equal(body.postings, 1);
    assert.equal(body.remoteCount, 1);
  });

  it('refuses an unknown source and a year given twice, naming the value', async () => {
    const unknown = await get('/api/market?source=nowhere');
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.error.message, /"nowhere".*test-dataset/);
    const twice = await get('/api/market?year=2025&yearFrom=2024');
    assert.equal(twice.status, 400);
    assert.match(twice.body.error.message, /either year or yearFrom\/yearTo/);
  });

  it('lists the articles’ market facts with their source, figures and offsets only', async () => {
    const { status, body } = await get('/api/market/facts');
    assert.equal(status, 200);
    assert.ok(body.items.length > 0);
    for (const f of body.items) {
      assert.match(f.sourceId, /^article-/);
      assert.ok(f.evidence.every((e: { start: number; end: number }) => e.end > e.start));
      assert.equal(f.text, undefined);
    }
  });
});
