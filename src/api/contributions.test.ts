import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../config.ts';
import { openAppContext, type AppContext } from '../service/index.ts';
import { openDuckDbStore } from '../store/index.ts';
import { makeObservation, makeSource } from '../store/testing/fixtures.ts';
import { createApp } from './app.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ADMIN = 'admin-token-for-tests-0001';
const GOOD = {
  role: 'ml-engineer', level: 'mid', country: 'FR', employment: 'employee', amount: 52_000,
  currency: 'EUR', period: 'year', basis: 'gross', year: 2025,
}; // prettier-ignore

async function openApp(env: Record<string, string>) {
  const store = await openDuckDbStore(':memory:');
  await store.upsertSources([makeSource()]);
  // 30 ML engineers in France, 40–69 k€: the profile's p1–p99.
  await store.insertObservations(
    Array.from({ length: 30 }, (_, i) =>
      makeObservation({ low: 40_000 + i * 1_000, high: 40_000 + i * 1_000, valueYearEur: 40_000 + i * 1_000 }),
    ),
  ); // prettier-ignore
  const ctx = await openAppContext(readConfig(env), { store, loadBundled: false });
  return { ctx, app: createApp(ctx) };
}

describe('contributions over HTTP', () => {
  let ctx: AppContext;
  let app: ReturnType<typeof createApp>;
  const send = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await app.request(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9', ...headers },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
  };
  const admin = { authorization: `Bearer ${ADMIN}` };

  before(async () => {
    ({ ctx, app } = await openApp({
      FOURCHETTE_TRUST_PROXY: '1',
      FOURCHETTE_ADMIN_TOKEN: ADMIN,
      FOURCHETTE_CONTRIBUTIONS_PER_HOUR: '50',
    }));
  });
  after(async () => ctx.store.close());

  it('names every wrong field at once, with its value and the fix', async () => {
    const r = await send('POST', '/api/contributions', {
      role: 'astronaut', level: 'guru', country: 'France', employment: 'boss', amount: -5,
      currency: 'EURO', period: 'lune', basis: 'brut', year: 2031, name: 'Jean', email: 'j@x.fr',
    }); // prettier-ignore
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, 'invalid-contribution');
    const named = r.body.error.errors.map((e: Json) => e.parameter).sort();
    assert.deepEqual(named, [
      'amount', 'basis', 'country', 'currency', 'email', 'employment', 'level', 'name', 'period',
      'role', 'year',
    ]); // prettier-ignore
    const amount = r.body.error.errors.find((e: Json) => e.parameter === 'amount');
    assert.equal(amount.value, -5);
    assert.match(amount.expected, /> 0/);
    assert.match(r.body.error.message, /"currency" "EURO"/);
    assert.match(JSON.stringify(r.body.error.errors), /keep no name, e-mail/);
  });

  it('refuses a year in the future, a currency without rates, a missing role and a string amount', async () => {
    const r = await send('POST', '/api/contributions', {
      ...GOOD, role: undefined, amount: '52000', currency: 'XYZ', year: new Date().getUTCFullYear() + 1,
    }); // prettier-ignore
    assert.equal(r.status, 400);
    const byName = Object.fromEntries(r.body.error.errors.map((e: Json) => [e.parameter, e]));
    assert.match(byName.year.expected, /not after/);
    assert.match(byName.currency.expected, /ECB reference rates: EUR/);
    assert.match(byName.role.expected, /title/);
    assert.match(byName.amount.expected, /number/);
  });

  it('takes a plausible contribution as pending, with a delete token', async () => {
    const r = await send('POST', '/api/contributions', GOOD);
    assert.equal(r.status, 201);
    assert.equal(r.body.status, 'pending');
    assert.match(r.body.id, /^c_/);
    assert.equal(r.body.deleteToken.length, 43);
    assert.equal(r.body.duplicate, false);
  });

  it('stores the same submission from one client once', async () => {
    const body = { ...GOOD, amount: 53_100 };
    const first = await send('POST', '/api/contributions', body);
    const again = await send('POST', '/api/contributions', body);
    assert.equal(first.status, 201);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body, { id: first.body.id, status: 'pending', duplicate: true });
    const other = await send('POST', '/api/contributions', body, {
      'x-forwarded-for': '203.0.113.10',
    });
    assert.equal(other.status, 201);
    assert.notEqual(other.body.id, first.body.id);
  });

  it('holds 5 € a year and a month given as a year, with the reason for the moderator', async () => {
    const five = await send('POST', '/api/contributions', { ...GOOD, amount: 5 });
    assert.equal(five.status, 201);
    assert.equal(five.body.status, 'held');
    const monthly = await send('POST', '/api/contributions', { ...GOOD, amount: 4_400 });
    assert.equal(monthly.body.status, 'held');
    const list = await send('GET', '/api/admin/contributions?status=held', undefined, admin);
    assert.equal(list.status, 200);
    const reasons = list.body.items.map((i: Json) => i.heldReason).join(' | ');
    assert.match(reasons, /5 EUR a year is outside the p1–p99 of ml-engineer · mid · FR/);
    assert.match(reasons, /a month's pay given as a year's\?/);
  });

  it('classifies a job title and does not keep it', async () => {
    const r = await send('POST', '/api/contributions', { ...GOOD, role: undefined, level: undefined, title: 'Senior Machine Learning Engineer', years: 7 });
    assert.equal(r.status, 201);
    const list = await send('GET', '/api/admin/contributions?status=pending', undefined, admin);
    const item = list.body.items.find((i: Json) => i.id === r.body.id);
    assert.equal(item.role, 'ml-engineer');
    assert.equal(item.level, 'senior');
    assert.ok(!JSON.stringify(item).includes('Machine Learning Engineer'));
    const bad = await send('POST', '/api/contributions', { ...GOOD, role: undefined, title: 'Boulanger' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.errors[0].parameter, 'title');
  }); // prettier-ignore

  it('answers the admin API only with the admin token', async () => {
    assert.equal((await send('GET', '/api/admin/contributions')).status, 401);
    const wrong = { authorization: 'Bearer not-the-admin-token-000' };
    assert.equal((await send('POST', '/api/admin/contributions/publish', {}, wrong)).status, 401);
    const held = (await send('GET', '/api/admin/contributions?status=held', undefined, admin)).body.items;
    const approved = await send('POST', `/api/admin/contributions/${held[1].id}/approve`, undefined, admin);
    assert.deepEqual(approved.body, { id: held[1].id, decision: 'approved', status: 'pending' });
    const rejected = await send('POST', `/api/admin/contributions/${held[0].id}/reject`, undefined, admin);
    assert.equal(rejected.body.status, 'erased');
    assert.equal((await send('POST', `/api/admin/contributions/${held[0].id}/reject`, undefined, admin)).status, 404);
    // Mid-level pending: 52 000, 53 100 twice and the approved one; the senior waits alone.
    const early = await send('POST', '/api/admin/contributions/publish', {}, admin);
    assert.equal(early.body.published, 0);
    // Five now, but from two clients only: one client cannot make a batch around another's value.
    await send('POST', '/api/contributions', { ...GOOD, amount: 58_000 });
    const two = await send('POST', '/api/admin/contributions/publish', {}, admin);
    assert.equal(two.body.published, 0);
    assert.deepEqual(two.body.waiting[0], { cohort: 'ml-engineer|mid|FR|employee|gross|EUR', count: 5, senders: 2, withdrawn: 0 });
    for (const ip of ['203.0.113.11', '203.0.113.12', '203.0.113.13'])
      await send('POST', '/api/contributions', { ...GOOD, amount: 56_000 }, { 'x-forwarded-for': ip });
    const published = await send('POST', '/api/admin/contributions/publish', {}, admin);
    assert.equal(published.status, 200);
    assert.equal(published.body.published, 8, JSON.stringify(published.body));
    assert.equal(published.body.minBatch, 5);
    assert.deepEqual(published.body.waiting, [
      { cohort: 'ml-engineer|senior|FR|employee|gross|EUR', count: 1, senders: 1, withdrawn: 0 },
    ]);
  }); // prettier-ignore

  it('turns the admin API off when no admin token is configured', async () => {
    const off = await openApp({});
    const r = await off.app.request('/api/admin/contributions', { headers: { authorization: `Bearer ${ADMIN}` } });
    assert.equal(r.status, 404);
    assert.match(((await r.json()) as Json).error.message, /set FOURCHETTE_ADMIN_TOKEN/);
    await off.ctx.store.close();
  }); // prettier-ignore
});

describe('contributions rate limit', () => {
  it('answers 429 with Retry-After past the hourly limit, per forwarded client behind a proxy', async () => {
    const { ctx, app } = await openApp({ FOURCHETTE_TRUST_PROXY: '1', FOURCHETTE_CONTRIBUTIONS_PER_HOUR: '3' });
    const post = (ip: string, amount: number) =>
      app.request('/api/contributions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `${ip}, 10.0.0.1` },
        body: JSON.stringify({ ...GOOD, amount }),
      });
    for (let i = 0; i < 3; i += 1) assert.equal((await post('192.0.2.1', 50_000 + i)).status, 201);
    const limited = await post('192.0.2.1', 50_100);
    assert.equal(limited.status, 429);
    const wait = Number(limited.headers.get('retry-after'));
    assert.ok(wait > 3500 && wait <= 3600, `Retry-After ${wait}`);
    assert.match(((await limited.json()) as Json).error.message, /at most 3 contributions an hour/);
    assert.equal((await post('192.0.2.2', 50_200)).status, 201, 'another client');
    await ctx.store.close();
  }); // prettier-ignore

  it('ignores X-Forwarded-For unless FOURCHETTE_TRUST_PROXY=1', async () => {
    const { ctx, app } = await openApp({ FOURCHETTE_CONTRIBUTIONS_PER_HOUR: '2' });
    const post = (ip: string, amount: number) =>
      app.request('/api/contributions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ ...GOOD, amount }),
      });
    assert.equal((await post('192.0.2.1', 50_000)).status, 201);
    assert.equal((await post('192.0.2.2', 50_001)).status, 201);
    assert.equal((await post('192.0.2.3', 50_002)).status, 429, 'a forged header buys no quota');
    await ctx.store.close();
  }); // prettier-ignore
});
