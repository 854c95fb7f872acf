import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../config.ts';
import { openAppContext, type AppContext } from '../service/index.ts';
import { openDuckDbStore } from '../store/index.ts';
import { makeObservation, makeSource } from '../store/testing/fixtures.ts';
import { createApp } from './app.ts';

describe('HTTP API', () => {
  let ctx: AppContext;
  let app: ReturnType<typeof createApp>;
  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  before(async () => {
    const store = await openDuckDbStore(':memory:');
    await store.upsertSources([
      makeSource(),
      makeSource({ id: 'article', kind: 'article', evidenceShareable: false }),
    ]);
    const salaries = [40_000, 45_000, 50_000, 55_000, 60_000, 65_000];
    await store.insertObservations([
      ...salaries.map((v, i) =>
        makeObservation({ id: `fr-${i}`, low: v, high: v, valueYearEur: v }),
      ),
      makeObservation({ id: 'be-1', country: 'BE', valueYearEur: 44_000 }),
      makeObservation({
        id: 'art-1',
        country: 'LU',
        valueYearEur: 61_200,
        provenance: {
          ...makeObservation().provenance,
          sourceId: 'article',
          kind: 'article',
          evidence: [{ start: 5, end: 20, text: 'secret sentence' }],
        },
      }),
    ]);
    ctx = await openAppContext(readConfig({}), { store, loadBundled: false });
    app = createApp(ctx);
  });
  after(async () => ctx.store.close());

  it('returns percentiles with count and sources for a role in a country', async () => {
    const { status, body } = await get('/api/stats?role=ml-engineer&country=FR');
    assert.equal(status, 200);
    assert.equal(body.count, 6);
    assert.equal(body.sources, 1);
    assert.equal(body.status, 'ok');
    assert.equal(body.percentiles.p50, 52_500);
    assert.equal(body.currency, 'EUR');
  });

  it('shows only the count of a group below the minimum size, for any filter', async () => {
    for (const q of [
      'country=BE',
      'country=LU&role=ml-engineer',
      'level=mid&country=BE&remote=hybrid',
    ]) {
      const { body } = await get(`/api/stats?${q}`);
      assert.equal(body.status, 'not-enough-data', q);
      assert.equal(body.percentiles, null, q);
      assert.equal(body.min, null, q);
      assert.equal(body.max, null, q);
      assert.equal(body.count, 1, q);
    }
  });

  it('points a group without enough data to the nearest wider one of the same role and country', async () => {
    const city = await get('/api/stats?role=ml-engineer&country=FR&city=Lyon');
    assert.equal(city.body.status, 'not-enough-data');
    assert.deepEqual(city.body.wider, {
      dropped: ['city'],
      count: 6,
      filter: {
        component: 'base',
        basis: 'gross',
        role: 'ml-engineer',
        country: 'FR',
        pay: 'local',
      },
    });
    const two = await get('/api/stats?role=ml-engineer&country=FR&city=Lyon&level=senior');
    assert.deepEqual(two.body.wider?.dropped, ['city', 'level']);
    assert.equal(two.body.wider?.count, 6);
    // The wider filter, asked, has the figures.
    const asked = await get('/api/stats?role=ml-engineer&country=FR');
    assert.equal(asked.body.status, 'ok');
    assert.equal(asked.body.count, two.body.wider?.count);
    assert.equal(asked.body.wider, null);
    // Never another role or another country: nothing to leave out, no suggestion.
    assert.equal((await get('/api/stats?country=BE')).body.wider, null);
    assert.equal((await get('/api/stats?country=BE&city=Bruxelles')).body.wider, null);
  });

  it('gives the distribution as bars, and no bars for a small group', async () => {
    const { status, body } = await get('/api/distribution?role=ml-engineer&country=FR&bins=5');
    assert.equal(status, 200);
    assert.equal(body.bins.length, 5);
    assert.equal(
      body.bins.reduce((n: number, b: { count: number }) => n + b.count, 0),
      6,
    );
    const small = await get('/api/distribution?country=BE');
    assert.equal(small.body.status, 'not-enough-data');
    assert.deepEqual(small.body.bins, []);
  });

  it('converts the figures to the requested period', async () => {
    const { body } = await get('/api/stats?role=ml-engineer&country=FR&period=month');
    assert.equal(body.percentiles.p50, 52_500 / 12);
    assert.ok(body.conversions.some((c: { step: string }) => c.step === 'period'));
  });

  it('answers a bad parameter with a 400 naming it, its value and what is accepted', async () => {
    const { status, body } = await get('/api/stats?level=senor');
    assert.equal(status, 400);
    assert.equal(body.error.code, 'invalid-parameter');
    assert.equal(body.error.parameter, 'level');
    assert.equal(body.error.value, 'senor');
    assert.match(body.error.expected, /junior/);
  });

  it('refuses an unknown parameter and a currency without rates', async () => {
    const unknown = await get('/api/stats?colour=blue');
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.parameter, 'colour');
    const currency = await get('/api/stats?currency=XXX');
    assert.equal(currency.status, 400);
    assert.equal(currency.body.error.parameter, 'currency');
    const years = await get('/api/stats?yearFrom=2025&yearTo=2020');
    assert.equal(years.status, 400);
    assert.equal(years.body.error.parameter, 'yearFrom');
  });

  it('refuses a parameter given twice instead of answering for the first value', async () => {
    const twice = await get('/api/stats?role=ml-engineer&role=data-scientist');
    assert.equal(twice.status, 400);
    assert.equal(twice.body.error.parameter, 'role');
    assert.match(
      twice.body.error.message,
      /"role" is given 2 times \("ml-engineer", "data-scientist"\): give it once/,
    );
  });

  it('pages observations with provenance, hiding evidence the licence does not allow', async () => {
    const { body } = await get('/api/observations?limit=2');
    assert.equal(body.total, 8);
    assert.equal(body.items.length, 2);
    const lu = await get('/api/observations?country=LU');
    assert.equal(lu.body.items[0].provenance.evidence[0].text, null);
    assert.equal(lu.body.items[0].provenance.evidence[0].start, 5);
  });

  it('lists sources, reports health and serves the OpenAPI document', async () => {
    const sources = await get('/api/sources');
    assert.deepEqual(sources.body.items.map((s: { id: string }) => s.id).sort(), [
      'article',
      'test-dataset',
    ]);
    const health = await get('/health');
    assert.deepEqual(health.body, { status: 'ok', store: 'duckdb', observations: 8 });
    const doc = await get('/openapi.json');
    assert.equal(doc.body.openapi, '3.1.0');
    const statsParams = doc.body.paths['/api/stats'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    assert.ok(statsParams.includes('role') && statsParams.includes('currency'));
  });

  it('gives the panorama of roles by level, hiding small cells', async () => {
    const { status, body } = await get('/api/panorama?country=FR');
    assert.equal(status, 200);
    const ml = body.rows.find((r: { role: string }) => r.role === 'ml-engineer');
    assert.equal(ml.all.count, 6);
    assert.equal(ml.all.percentiles.p50, 52_500);
    const mid = ml.cells.find((c: { level: string }) => c.level === 'mid');
    assert.equal(mid.count, 6);
    const senior = ml.cells.find((c: { level: string }) => c.level === 'senior');
    // A thin cell keeps its observed count and carries the estimator's range (or says the
    // model is pending while its first fit runs).
    assert.equal(senior.count, 0);
    assert.equal(senior.status, 'not-enough-data');
    assert.equal(senior.kind, 'modelled');
    if (senior.model.state === 'pending') assert.equal(senior.percentiles, null);
    else assert.ok(senior.percentiles.p10 < senior.percentiles.p90);
    assert.equal(mid.kind, 'observed');
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const { status, body } = await get('/api/nothing');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'not-found');
  });
});

describe('role guides over HTTP', () => {
  let ctx: AppContext;
  let app: ReturnType<typeof createApp>;
  before(async () => {
    const store = await openDuckDbStore(':memory:');
    await store.upsertSources([makeSource()]);
    await store.insertObservations(
      [48_000, 52_000, 56_000, 60_000, 64_000].map((v, i) =>
        makeObservation({ id: `s-${i}`, level: 'senior', valueYearEur: v }),
      ),
    );
    ctx = await openAppContext(readConfig({}), { store, loadBundled: false });
    app = createApp(ctx);
  });
  after(async () => ctx.store.close());

  it('lists every role with its names and observation count', async () => {
    const body = (await (await app.request('/api/roles')).json()) as {
      items: { id: string; observations: number; name: { fr: string } }[];
    };
    assert.equal(body.items.length, 22);
    assert.equal(body.items.find((r) => r.id === 'ml-engineer')?.observations, 5);
    assert.ok(body.items.every((r) => r.name.fr.length > 0));
  });

  it('gives a role guide with ROME codes and pay by level, and a 404 naming an unknown role', async () => {
    const res = await app.request('/api/roles/ml-engineer?country=FR');
    assert.equal(res.status, 200);
    const body = (await res.json()) as {
      role: { rome: { code: string }[] };
      pay: { byLevel: { level: string; percentiles: { p50: number } | null }[] };
    };
    assert.ok(body.role.rome.length > 0);
    assert.equal(body.pay.byLevel.find((l) => l.level === 'senior')?.percentiles?.p50, 56_000);
    const missing = await app.request('/api/roles/astronaut');
    assert.equal(missing.status, 400);
    const err = (await missing.json()) as { error: { parameter: string } };
    assert.equal(err.error.parameter, 'id');
  });

  it('classifies a job title', async () => {
    const body = (await (
      await app.request('/api/classify?title=Ing%C3%A9nieur%20MLOps%20senior%20H%2FF')
    ).json()) as { role: string; level: string };
    assert.equal(body.role, 'mlops-engineer');
    assert.equal(body.level, 'senior');
  });
});

describe('serving the web app', () => {
  it('asks to wait while the build runs, then serves index.html for every page path', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'fourchette-web-'));
    const store = await openDuckDbStore(':memory:');
    const ctx = await openAppContext(readConfig({}), { store, loadBundled: false });
    try {
      const app = createApp(ctx, { webDir: dir });
      const building = await app.request('/fr/explorer');
      assert.equal(building.status, 503);
      assert.equal(building.headers.get('retry-after'), '3');
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Fourchette</title>');
      const page = await app.request('/fr/explorer?role=ml-engineer');
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<title>Fourchette<\/title>/);
      const api = await app.request('/api/nothing');
      assert.equal(api.status, 404);
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'assets', 'app-1a2b.js'), 'console.log(1)');
      const asset = await app.request('/assets/app-1a2b.js');
      assert.equal(asset.status, 200);
      assert.match(asset.headers.get('content-type') ?? '', /^text\/javascript/);
      assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal(await asset.text(), 'console.log(1)');
      const index = await app.request('/');
      assert.equal(index.headers.get('cache-control'), 'no-cache');
      // A path that climbs out of the folder gets the app page, never a file outside it.
      const escape = await app.request('/assets/..%2f..%2fetc/passwd');
      assert.doesNotMatch(await escape.text(), /root:/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
