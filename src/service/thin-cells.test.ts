import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../config.ts';
import { openDuckDbStore } from '../store/index.ts';
import { makeObservation, makeSource } from '../store/testing/fixtures.ts';
import { compare } from './compare.ts';
import { openAppContext, type AppContext } from './context.ts';
import { computePanorama } from './panorama.ts';
import { roleGuide } from './roles.ts';

describe('figures in thin cells', () => {
  let ctx: AppContext;
  const senior = [60_000, 64_000, 70_000, 75_000, 82_000, 90_000];

  before(async () => {
    const store = await openDuckDbStore(':memory:');
    await store.upsertSources([
      makeSource(),
      makeSource({ id: 'article-x', kind: 'article', evidenceShareable: false }),
      makeSource({ id: 'dares-psm', kind: 'statistics', title: 'DARES PSM' }),
    ]);
    await store.insertObservations([
      ...senior.map((v, i) =>
        makeObservation({ id: `s-${i}`, level: 'senior', low: v, high: v, valueYearEur: v }),
      ),
      // Two juniors: below the minimum group size of 5.
      makeObservation({ id: 'j-1', level: 'junior', low: 42_000, high: 42_000 }),
      makeObservation({ id: 'j-2', level: 'junior', low: 46_000, high: 46_000 }),
      ...[90_000, 100_000, 110_000, 120_000, 130_000].map((v, i) =>
        makeObservation({ id: `us-${i}`, country: 'US', currency: 'USD', valueYearEur: v }),
      ),
      makeObservation({ id: 'de-1', country: 'DE', valueYearEur: 65_000 }),
      // An article's day rate, stated with no basis: a TJM is neither gross nor net.
      makeObservation({
        id: 'tjm-1',
        low: 700,
        high: 900,
        period: 'day',
        basis: 'unknown',
        employment: 'freelance',
        level: 'senior',
        valueYearEur: 800 * 218,
        provenance: { ...makeObservation().provenance, sourceId: 'article-x', kind: 'article' },
      }),
    ]);
    await store.upsertPublishedStatistics([
      {
        id: 'dares-psm-M2Z-2017-2019',
        sourceId: 'dares-psm',
        occupation: { system: 'FAP-2009', code: 'M2Z', label: 'Ingénieurs de l’informatique' },
        country: 'FR',
        region: 'France métropolitaine',
        population: 'full-time employees',
        statistic: 'median',
        p10: null,
        p50: 3120,
        p90: null,
        currency: 'EUR',
        period: 'month',
        basis: 'net',
        yearFrom: 2017,
        yearTo: 2019,
        roles: [],
      },
    ]);
    ctx = await openAppContext(readConfig({}), { store, loadBundled: false });
  });
  after(async () => {
    await ctx.estimator.settled();
    await ctx.store.close();
  });

  it('says "modelled, pending" while the estimator is being fitted, and never blocks', async () => {
    const p = await computePanorama(ctx, { country: 'FR', currency: 'EUR', period: 'year' });
    const junior = p.rows
      .find((r) => r.role === 'ml-engineer')
      ?.cells.find((c) => c.level === 'junior');
    assert.equal(junior?.kind, 'modelled');
    assert.equal(junior?.percentiles, null);
    assert.equal(junior?.model?.state, 'pending');
    assert.ok((junior?.model?.retryAfterSeconds ?? 0) > 0);
  });

  it('fills a thin panorama cell with the estimator range, keeping the observed count', async () => {
    await ctx.estimator.get();
    const p = await computePanorama(ctx, { country: 'FR', currency: 'EUR', period: 'year' });
    const row = p.rows.find((r) => r.role === 'ml-engineer');
    const junior = row?.cells.find((c) => c.level === 'junior');
    assert.equal(junior?.kind, 'modelled');
    assert.equal(junior?.count, 2);
    assert.equal(junior?.model?.state, 'ready');
    assert.ok(junior?.model?.confidence);
    const q = junior?.percentiles;
    assert.ok(q && q.p10 < q.p50 && q.p50 < q.p90, JSON.stringify(q));
    // Observed figures are never replaced.
    const s = row?.cells.find((c) => c.level === 'senior');
    assert.equal(s?.kind, 'observed');
    assert.equal(s?.model, null);
    assert.equal(s?.percentiles?.p50, 72_500);
    // The article's own figure sits beside ours in its cell, never inside the percentiles.
    assert.deepEqual(
      s?.published.map((f) => [f.stated.low, f.stated.high, f.source.id]),
      [],
      'the article gives a day rate for senior, not a salary: it is not a panorama figure',
    );
  });

  it('gives no modelled stand-in for a filter the estimator does not know (a city)', async () => {
    const p = await computePanorama(ctx, {
      country: 'FR',
      city: 'Lyon',
      currency: 'EUR',
      period: 'year',
    });
    for (const c of p.rows.flatMap((r) => r.cells)) {
      assert.equal(c.kind, 'observed');
      assert.equal(c.percentiles, null);
    }
  });

  it('shows junior, mid and senior in the role guide, thin ones modelled', async () => {
    await ctx.estimator.get();
    const g = await roleGuide(ctx, 'ml-engineer', {
      country: 'FR',
      currency: 'EUR',
      period: 'year',
    });
    assert.deepEqual(
      g.pay.byLevel.map((l) => [l.level, l.kind]),
      [
        ['junior', 'modelled'],
        ['mid', 'modelled'],
        ['senior', 'observed'],
      ],
    );
    assert.ok(g.pay.byLevel.every((l) => l.percentiles));
  });

  it('counts day rates whatever their basis and lists the article and official figures beside', async () => {
    const g = await roleGuide(ctx, 'ml-engineer', {
      country: 'FR',
      currency: 'EUR',
      period: 'year',
    });
    assert.equal(g.pay.freelanceDayRate.count, 1);
    const tjm = g.pay.published.find((f) => f.kind === 'article');
    assert.deepEqual([tjm?.stated.low, tjm?.stated.high, tjm?.stated.period], [700, 900, 'day']);
    assert.deepEqual([tjm?.converted?.low, tjm?.converted?.period], [700, 'day']);
    const dares = g.pay.published.find((f) => f.kind === 'official');
    assert.equal(dares?.occupation?.code, 'M2Z');
    assert.equal(dares?.stated.mid, 3120);
    // Net monthly of 2017–2019 brought to gross yearly with the French rules: more than 12 × net.
    assert.equal(dares?.converted?.basis, 'gross');
    assert.ok((dares?.converted?.mid ?? 0) > 12 * 3120);
    // Observed percentiles are untouched by published figures.
    assert.equal(g.pay.overall.count, 8);
  });

  it('marks each country of the comparison observed or modelled, with its percentiles', async () => {
    await ctx.estimator.get();
    const c = await compare(ctx, { role: 'ml-engineer', reference: 'FR', period: 'year' });
    const de = c.countries.find((x) => x.country === 'DE');
    assert.equal(de?.kind, 'modelled');
    assert.equal(de?.count, 1);
    assert.ok(de?.percentiles && de.nominal && Math.abs(de.percentiles.p50 - de.nominal) < 1e-6);
    assert.equal(c.countries.find((x) => x.country === 'FR')?.kind, 'observed');
    assert.equal(c.published[0]?.source.id, 'dares-psm');
  });
});
