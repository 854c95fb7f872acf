import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../config.ts';
import { openAppContext, type AppContext } from '../service/index.ts';
import { openDuckDbStore } from '../store/index.ts';
import { makeObservation, makeSource } from '../store/testing/fixtures.ts';
import { createApp } from './app.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

describe('pay=local (default) and pay=any over HTTP', () => {
  let ctx: AppContext;
  let get: (path: string) => Promise<{ status: number; body: Json }>;

  before(async () => {
    const store = await openDuckDbStore(':memory:');
    await store.upsertSources([makeSource()]);
    const row = (id: string, currency: string, v: number, level = 'senior' as const) =>
      makeObservation({ id, currency, level, low: v, high: v, valueYearEur: v });
    await store.insertObservations([
      ...[48_000, 52_000, 55_000, 58_000, 61_000, 66_000].map((v, i) => row(`eur-${i}`, 'EUR', v)),
      ...[130_000, 140_000, 150_000].map((v, i) => row(`usd-${i}`, 'USD', v)),
    ]);
    ctx = await openAppContext(readConfig({}), { store, loadBundled: false });
    const app = createApp(ctx);
    get = async (path) => {
      const res = await app.request(path);
      return { status: res.status, body: (await res.json()) as Json };
    };
  });
  after(async () => ctx.store.close());

  it('counts only jobs in France paid in EUR unless pay=any, and says so', async () => {
    const local = await get('/api/stats?role=ml-engineer&country=FR');
    assert.equal(local.status, 200);
    assert.equal(local.body.count, 6);
    assert.ok(local.body.max < 70_000);
    assert.equal(local.body.filter.pay, 'local');
    const step = local.body.conversions.find((c: { step: string }) => c.step === 'pay');
    assert.match(step.detail, /only jobs in FR paid in EUR/);

    const any = await get('/api/stats?role=ml-engineer&country=FR&pay=any');
    assert.equal(any.body.count, 9);
    assert.equal(any.body.filter.pay, 'any');
    assert.ok(!any.body.conversions.some((c: { step: string }) => c.step === 'pay'));

    const bad = await get('/api/stats?country=FR&pay=foreign');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.parameter, 'pay');
  });

  it('applies to the panorama, the observations, the role guide and the comparison', async () => {
    const panorama = await get('/api/panorama?country=FR');
    assert.equal(panorama.body.rows[0].all.count, 6);
    const listed = await get('/api/observations?country=FR');
    assert.equal(listed.body.total, 6);
    assert.equal((await get('/api/observations?country=FR&pay=any')).body.total, 9);
    const guide = await get('/api/roles/ml-engineer?country=FR');
    assert.equal(guide.body.pay.overall.count, 6);
    assert.equal(guide.body.pay.byCountry[0].count, 6);
    // No country named: nothing left out, and the levels add up to the whole.
    const world = await get('/api/roles/ml-engineer');
    assert.equal(world.body.pay.overall.count, 9);
    const senior = world.body.pay.byLevel.find((l: { level: string }) => l.level === 'senior');
    assert.equal(senior.count, 9);
    assert.equal(world.body.pay.byCountry[0].count, 6);
    const compare = await get('/api/compare?role=ml-engineer');
    assert.equal(compare.body.countries[0].count, 6);
    assert.equal((await get('/api/compare?role=ml-engineer&pay=any')).body.countries[0].count, 9);
  });
});
