/** The privacy attacks on published contributions, played over HTTP against a store: listing,
 * exact order statistics on n = 5, histogram bars, differencing by filters, stats against
 * panorama, one contribution before and after a publication, erasure. Every figure endpoint is
 * read; none may reproduce a contributed value or isolate fewer than k contributions. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../../src/config.ts';
import { openAppContext, type AppContext } from '../../src/service/index.ts';
import type { SalaryStore } from '../../src/store/index.ts';
import { makeObservation, makeSource } from '../../src/store/testing/fixtures.ts';
import { createApp } from '../../src/api/index.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ADMIN = 'test-admin-token-0123456789';
const K = 5;
/** The new cohort: data engineers, senior, in France (no open figure for it). */
// Not round: a rounded figure may equal a round salary without coming from it.
const CONTRIBUTED = [61_350, 64_520, 67_270, 71_830, 77_310];
const CITIES = ['Paris', 'Paris', 'Lyon', 'Paris', 'Paris'];
const REMOTES = ['hybrid', 'remote', 'hybrid', 'onsite', 'hybrid'];

/** Open data: data engineers in France at other levels, some ML engineers. */
async function seedOpenData(store: SalaryStore): Promise<void> {
  await store.upsertSources([makeSource()]);
  const rows = [
    ...[44_000, 47_000, 50_000, 52_000, 55_000, 58_000, 60_000, 63_000].map((v, i) =>
      makeObservation({ roleId: 'data-engineer', level: 'mid', city: i % 2 ? 'Paris' : 'Lyon', low: v, high: v, valueYearEur: v }),
    ),
    ...[36_000, 38_000, 40_000, 41_000, 43_000, 45_000].map((v) =>
      makeObservation({ roleId: 'data-engineer', level: 'junior', city: 'Paris', low: v, high: v, valueYearEur: v }),
    ),
    ...[50_000, 54_000, 58_000, 62_000, 66_000, 70_000].map((v) =>
      makeObservation({ roleId: 'ml-engineer', level: 'mid', low: v, high: v, valueYearEur: v }),
    ),
  ]; // prettier-ignore
  await store.insertObservations(rows);
}

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

export function describePrivacyAttacks(name: string, open: () => Promise<SalaryStore>): void {
  describe(`privacy of published contributions: ${name}`, () => {
    let ctx: AppContext;
    let raw: SalaryStore;
    let app: ReturnType<typeof createApp>;
    let address = 0;
    const tokens: { id: string; deleteToken: string }[] = [];
    const get = async (path: string): Promise<Json> => {
      const res = await app.request(path);
      assert.equal(res.status, 200, `${path}: ${res.status}`);
      return (await res.json()) as Json;
    };
    const send = async (method: string, path: string, body?: unknown, auth?: string) => {
      address += 1;
      const res = await app.request(path, {
        method,
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `198.51.100.${address}`,
          ...(auth ? { authorization: `Bearer ${auth}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: (await res.json()) as Json };
    };
    const contribute = (amount: number, i: number) =>
      send('POST', '/api/contributions', {
        role: 'data-engineer', level: 'senior', country: 'FR', city: CITIES[i], remote: REMOTES[i],
        employment: 'employee', amount, currency: 'EUR', period: 'year', basis: 'gross', year: 2025,
      }); // prettier-ignore
    const publish = () => send('POST', '/api/admin/contributions/publish', {}, ADMIN);

    /** Filters an attacker may combine, each with the one below it nested inside. */
    const BASE = 'role=data-engineer&country=FR';
    const FILTERS = [
      '', 'country=FR', BASE, `${BASE}&level=senior`, `${BASE}&city=Paris`, `${BASE}&city=Lyon`,
      `${BASE}&level=senior&city=Paris`, `${BASE}&remote=hybrid`, `${BASE}&level=senior&remote=hybrid`,
      `${BASE}&employment=employee`, `${BASE}&yearFrom=2025`, 'role=data-engineer',
    ]; // prettier-ignore
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          FILTERS.map(async (f) => [f, (await get(`/api/stats?${f}`)).count as number]),
        ),
      ) as Record<string, number>;
    let openCounts: Record<string, number>;
    let openObservations: number;
    let openTraining: number;

    before(async () => {
      raw = await open();
      await seedOpenData(raw);
      const config = readConfig({
        FOURCHETTE_TRUST_PROXY: '1',
        FOURCHETTE_ADMIN_TOKEN: ADMIN,
        FOURCHETTE_CONTRIBUTIONS_PER_HOUR: '1000',
      });
      ctx = await openAppContext(config, { store: raw, loadBundled: false });
      app = createApp(ctx);
      // The panorama's modelled cells come from the estimator: fitted now, so that a figure
      // compared before and after a write is not "pending" in one and "ready" in the other.
      await ctx.estimator.get();
      openCounts = await counts();
      openObservations = (await get('/api/observations?limit=500')).total as number;
      openTraining = (await raw.trainingRows(100_000)).length;
    });
    after(async () => ctx.store.close());

    it('counts five contributions to a new cohort only after the admin publish', async () => {
      for (const [i, v] of CONTRIBUTED.entries()) {
        const r = await contribute(v, i);
        assert.equal(r.status, 201, JSON.stringify(r.body));
        assert.equal(r.body.status, 'pending');
        tokens.push({ id: r.body.id, deleteToken: r.body.deleteToken });
      }
      assert.deepEqual(await counts(), openCounts);
      const p = await publish();
      assert.equal(p.status, 200);
      assert.equal(p.body.published, 5);
      const cell = await get(`/api/stats?${BASE}&level=senior`);
      assert.equal(cell.count, 5);
      assert.equal(cell.status, 'ok');
    });

    it('lists no contributed observation anywhere', async () => {
      for (const q of ['', 'role=data-engineer&level=senior', 'source=fourchette-contributions']) {
        const page = await get(`/api/observations?limit=500&${q}`);
        assert.ok(page.items.every((o: Json) => o.provenance.kind !== 'contribution'));
      }
      assert.equal((await get('/api/observations?limit=500')).total, openObservations);
      const sources = await get('/api/sources');
      const own = sources.items.find((s: Json) => s.kind === 'contribution');
      assert.equal(own?.observations, 5);
      assert.match(own?.licence, /aggregates/);
    });

    it('publishes no order statistic of n = 5 and no min or max', async () => {
      const cell = await get(`/api/stats?${BASE}&level=senior`);
      assert.equal(cell.min, null);
      assert.equal(cell.max, null);
      const p = cell.percentiles as Record<string, number>;
      for (const v of Object.values(p)) {
        assert.ok(!CONTRIBUTED.includes(v), `percentile ${v} is a contributed value`);
        assert.equal(v % 1000, 0, `percentile ${v} is not rounded`);
      }
      // Type-7 quantiles of the five values would be exactly 64 520, 67 270 and 71 830.
      assert.notDeepEqual([p.p25, p.p50, p.p75], [64_520, 67_270, 71_830]);
      assert.match(JSON.stringify(cell.conversions), /contributions/);
    });

    it('reproduces no contributed value in any figure endpoint', async () => {
      const paths = [
        ...FILTERS.map((f) => `/api/stats?${f}`),
        ...FILTERS.map((f) => `/api/stats?${f}&period=month`),
        ...FILTERS.map((f) => `/api/distribution?${f}&bins=100`),
        '/api/panorama?country=FR', '/api/panorama', '/api/roles/data-engineer?country=FR',
        '/api/roles/data-engineer', '/api/compare?role=data-engineer&level=senior',
        '/api/compare?role=data-engineer', '/api/roles',
      ]; // prettier-ignore
      const exact = new Set(CONTRIBUTED.flatMap((v) => [v, v / 12]));
      for (const path of paths) {
        for (const x of numbersIn(await get(path)))
          assert.ok(![...exact].some((v) => Math.abs(v - x) < 0.005), `${path} shows ${x}`);
      }
    });

    it('draws no histogram bar of 1 to k − 1 contributions', async () => {
      for (const f of FILTERS) {
        const d = await get(`/api/distribution?${f}&bins=100`);
        if (openCounts[f] === 0)
          for (const b of d.bins)
            assert.ok(b.count === 0 || b.count >= K, `${f}: bar of ${b.count}`);
      }
      // Subtracting the open data's fine histogram leaves only chunks of at least k.
      const options = { currency: 'EUR', periodsPerYear: 1, minGroupSize: K };
      for (const f of [{ role: 'data-engineer' }, { role: 'data-engineer', country: 'FR' }, {}]) {
        const open = new Map((await raw.histogram(f, options)).map((b) => [b.bucket, b.count]));
        for (const b of await ctx.store.histogram(f, options)) {
          const added = b.count - (open.get(b.bucket) ?? 0);
          assert.ok(added === 0 || added >= K, `bucket ${b.bucket}: ${added} contributions`);
        }
      }
    });

    it('lets no two nested filters differ by 1 to k − 1 contributions', async () => {
      const now = await counts();
      const included = (f: string) => (now[f] as number) - (openCounts[f] as number);
      assert.equal(included(`${BASE}&city=Paris`), 0, 'a filter splitting the batch shows it');
      assert.equal(included(`${BASE}&remote=hybrid`), 0);
      for (const outer of FILTERS)
        for (const inner of FILTERS) {
          const nested = inner !== outer && (outer === '' || inner.startsWith(outer) || (outer === 'country=FR' && inner.includes(outer)));
          if (!nested) continue;
          const d = included(outer) - included(inner);
          assert.ok(d === 0 || d >= K, `${outer} − ${inner}: ${d} contributions`);
        } // prettier-ignore
    });

    it('gives the panorama the figures of the statistics, cell by cell', async () => {
      const panorama = await get('/api/panorama?country=FR');
      const row = panorama.rows.find((r: Json) => r.role === 'data-engineer');
      const senior = row.cells.find((c: Json) => c.level === 'senior');
      const stats = await get(`/api/stats?${BASE}&level=senior`);
      assert.equal(senior.count, stats.count);
      assert.deepEqual(senior.percentiles, stats.percentiles);
      const cellsSum = row.cells.reduce((n: number, c: Json) => n + c.count, 0);
      const openSum = (openCounts[BASE] as number) - 0;
      const d = row.all.count - openSum - (cellsSum - openSum);
      assert.ok(d === 0 || d >= K, `row total − cells: ${d} contributions`);
    });

    it('changes no figure for one new contribution: batches of k only', async () => {
      const paths = [...FILTERS.map((f) => `/api/stats?${f}`), '/api/panorama?country=FR'];
      const before = await Promise.all(paths.map(get));
      const r = await contribute(69_000, 0);
      assert.equal(r.status, 201);
      tokens.push({ id: r.body.id, deleteToken: r.body.deleteToken });
      const p = await publish();
      assert.equal(p.body.published, 0);
      assert.deepEqual(p.body.waiting, [
        {
          cohort: 'data-engineer|senior|FR|employee|gross|EUR',
          count: 1,
          senders: 1,
          withdrawn: 0,
        },
      ]);
      assert.deepEqual(await Promise.all(paths.map(get)), before);
    });

    it('trains the estimator on open data only', async () => {
      assert.equal((await ctx.store.trainingRows(100_000)).length, openTraining);
    });

    it('erases with the delete token; a wrong token changes nothing', async () => {
      const [first] = tokens;
      assert.ok(first);
      const before = await counts();
      const wrong = await send(
        'DELETE',
        `/api/contributions/${first.id}`,
        undefined,
        'x'.repeat(43),
      );
      assert.equal(wrong.status, 403);
      const none = await send('DELETE', `/api/contributions/${first.id}`);
      assert.equal(none.status, 403);
      assert.deepEqual(await counts(), before);
      const ok = await send(
        'DELETE',
        `/api/contributions/${first.id}`,
        undefined,
        first.deleteToken,
      );
      assert.equal(ok.status, 200);
      assert.deepEqual(ok.body, { id: first.id, erased: true });
      // The batch is withdrawn whole: figures change by five, never by the one erased.
      assert.deepEqual(await counts(), openCounts);
      const again = await send(
        'DELETE',
        `/api/contributions/${first.id}`,
        undefined,
        first.deleteToken,
      );
      assert.equal(again.status, 404);
      // The four withdrawn go out again only with k new ones: one new is not enough.
      assert.equal((await publish()).body.published, 0);
      for (const [i, v] of [62_110, 66_430, 70_290, 74_870].entries()) await contribute(v, i);
      assert.equal((await publish()).body.published, 9);
      assert.equal((await get(`/api/stats?${BASE}&level=senior`)).count, 9);
    });
  });
}
