import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../config.ts';
import { openAppContext, type AppContext } from '../service/index.ts';
import { openDuckDbStore } from '../store/index.ts';
import { makeObservation, makeSource } from '../store/testing/fixtures.ts';
import { createApp } from './app.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('conversions, freelance, comparison and estimates over HTTP', () => {
  let ctx: AppContext;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as any };
  };

  before(async () => {
    const store = await openDuckDbStore(':memory:');
    await store.upsertSources([makeSource()]);
    const fr = [42_000, 46_000, 50_000, 54_000, 58_000, 62_000];
    const us = [120_000, 130_000, 140_000, 150_000, 160_000];
    await store.insertObservations([
      ...fr.map((v, i) =>
        makeObservation({
          id: `fr-${i}`,
          roleId: 'data-scientist',
          valueYearEur: v,
          level: i < 3 ? 'junior' : 'senior',
        }),
      ),
      ...us.map((v, i) =>
        makeObservation({
          id: `us-${i}`,
          roleId: 'data-scientist',
          country: 'US',
          currency: 'USD',
          valueYearEur: v,
        }),
      ),
    ]);
    ctx = await openAppContext(readConfig({}), { store, loadBundled: false });
    app = createApp(ctx);
  });
  after(async () => ctx.store.close());

  it('reads 4 710 € a month as 56 520 € a year, with its trace', async () => {
    const { status, body } = await get(
      '/api/convert?amount=4710&currency=EUR&period=month&toPeriod=year',
    );
    assert.equal(status, 200);
    assert.equal(body.value, 56_520);
    assert.equal(body.trace[0].kind, 'period');
    assert.match(body.trace[0].description, /month → year/);
  });

  it('turns 56 520 € gross a year into the French net within 0.5% of modele-social', async () => {
    const { body } = await get(
      '/api/convert?amount=56520&currency=EUR&period=year&toBasis=net&date=2026-01-15',
    );
    assert.ok(Math.abs(body.value - 44_415.86) / 44_415.86 < 0.005, String(body.value));
    assert.equal(body.basis, 'net');
  });

  it('refuses a negative amount and an unknown currency, naming the value', async () => {
    const negative = await get('/api/convert?amount=-3&currency=EUR&period=month');
    assert.equal(negative.status, 400);
    assert.match(negative.body.error.message, /-3/);
    const euro = await get('/api/convert?amount=3&currency=EURO&period=month');
    assert.equal(euro.status, 400);
    assert.equal(euro.body.error.value, 'EURO');
  });

  it('gives each freelance status its net, saying when a micro-entreprise is over its ceiling', async () => {
    const { body } = await get('/api/freelance?tjm=700&days=200');
    const micro = body.results.find((r: any) => r.status === 'micro');
    assert.equal(micro.ok, false);
    assert.equal(micro.reason, 'above-ceiling');
    assert.match(micro.message, /ceiling/);
    const sasu = body.results.find((r: any) => r.status === 'sasu');
    assert.ok(Math.abs(sasu.net - 79_446) / 79_446 < 0.01, String(sasu.net));
    assert.ok(sasu.employeeGrossEquivalent > sasu.net);
  });

  it('finds the day rate that matches a salary, and refuses tjm with salary', async () => {
    const { body } = await get('/api/freelance?salary=60000&status=sasu');
    assert.equal(body.mode, 'from-salary');
    assert.ok(body.results[0].tjm > 300 && body.results[0].tjm < 1000);
    const both = await get('/api/freelance?tjm=500&salary=60000');
    assert.equal(both.status, 400);
  });

  it('compares a role across countries, nominal and PPP, net only for France', async () => {
    const { status, body } = await get('/api/compare?role=data-scientist');
    assert.equal(status, 200);
    const fr = body.countries.find((c: any) => c.country === 'FR');
    const us = body.countries.find((c: any) => c.country === 'US');
    assert.equal(fr.nominal, 52_000);
    assert.ok(fr.net > 0 && fr.net < fr.nominal);
    assert.equal(us.net, null);
    assert.ok(
      us.ppp !== null && us.ppp < us.nominal,
      'US purchasing power is dearer than in France',
    );
  });

  it('reads a pasted job ad: the pay facts with offsets and their yearly value', async () => {
    const text =
      'Data Engineer H/F – Lyon. Salaire : 3 500 à 4 200 € brut par mois. Tickets restaurant 10 €.';
    const res = await app.request('/api/extract', {
      method: 'POST',
      body: JSON.stringify({ text }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.status, 200);
    const { facts } = (await res.json()) as any;
    assert.equal(facts.length, 1);
    const [fact] = facts;
    assert.equal(text.slice(fact.evidence[0].start, fact.evidence[0].end), fact.evidence[0].text);
    assert.equal(fact.period, 'month');
    assert.equal(fact.normalized.low, 42_000);
    assert.equal(fact.normalized.high, 50_400);
  });

  it('refuses a body that is not JSON, or an empty text', async () => {
    const notJson = await app.request('/api/extract', {
      method: 'POST',
      body: 'hello',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(notJson.status, 400);
    const empty = await app.request('/api/extract', {
      method: 'POST',
      body: '{"text":""}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(empty.status, 400);
    assert.equal(((await empty.json()) as any).error.parameter, 'text');
  });

  it('estimates a profile with a waterfall that adds up to the median', async () => {
    const { status, body } = await get(
      '/api/estimate?role=data-scientist&level=senior&country=FR&period=month',
    );
    assert.equal(status, 200);
    const { p10, p50, p90 } = body.percentiles;
    assert.ok(p10 < p50 && p50 < p90);
    const sum = body.contributions.reduce((s: number, c: any) => s + c.value, 0);
    // Each figure is rounded to cents at the edge: half a cent of drift per step at most.
    assert.ok(Math.abs(sum - p50) <= 0.005 * body.contributions.length + 1e-9, `${sum} vs ${p50}`);
    assert.ok(body.net.percentiles.p50 < p50);
    assert.ok(body.tjm.some((t: any) => t.status === 'sasu' && t.tjm > 0));
  });

  it('says which inputs the model did not use, years included when a level is also given', async () => {
    const both = await get(
      '/api/estimate?role=data-scientist&level=senior&years=1&country=FR&city=Lyon',
    );
    assert.equal(both.status, 200);
    assert.equal(both.body.profile.level, 'senior');
    assert.deepEqual(both.body.profile.ignored, ['years', 'city']);
    const yearsOnly = await get('/api/estimate?role=data-scientist&years=1&country=FR');
    assert.equal(yearsOnly.body.profile.level, 'junior');
    assert.deepEqual(yearsOnly.body.profile.ignored, []);
  });

  it('gives no employee net nor TJM equivalent for a freelance profile, and says why', async () => {
    const { status, body } = await get(
      '/api/estimate?role=data-scientist&country=FR&employment=freelance',
    );
    assert.equal(status, 200);
    assert.equal(body.net.percentiles, null);
    assert.match(body.net.note, /freelance figure is revenue/);
    assert.deepEqual(body.tjm, []);
  });
});
