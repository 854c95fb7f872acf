import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../config.ts';
import { openAppContext, type AppContext } from '../service/index.ts';
import { openDuckDbStore } from '../store/index.ts';
import { openPostgresStore } from '../store/postgres/postgres-store.ts';
import { adminQuery, freshDatabaseUrl, postgresSkip } from '../store/testing/postgres-databases.ts';
import { createApp } from './app.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('API hardening', () => {
  let ctx: AppContext;
  let app: ReturnType<typeof createApp>;
  const webDir = mkdtempSync(join(tmpdir(), 'fourchette-web-'));

  before(async () => {
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>t</title>');
    const store = await openDuckDbStore(':memory:');
    ctx = await openAppContext(readConfig({}), { store, loadBundled: false });
    app = createApp(ctx, { webDir });
  });
  after(async () => ctx.store.close());

  it('puts security headers on API answers, pages and errors', async () => {
    for (const path of ['/api/stats', '/', '/explorer', '/api/nope', '/api/stats?bins=1']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
    }
  });

  it('opens reads to any origin and keeps writes same-origin', async () => {
    const read = await app.request('/api/stats', { headers: { origin: 'https://example.org' } });
    assert.equal(read.headers.get('access-control-allow-origin'), '*');
    const preflight = await app.request('/api/contributions', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://example.org',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.doesNotMatch(preflight.headers.get('access-control-allow-methods') ?? '', /POST|DELETE/);
    assert.doesNotMatch(
      preflight.headers.get('access-control-allow-headers') ?? '',
      /content-type|authorization/i,
    );
  });

  it('reads numbers strictly: no hex, no empty value, no exponent, no infinity', async () => {
    for (const path of [
      '/api/distribution?bins=0x10', '/api/distribution?bins=', '/api/observations?limit=1e308',
      '/api/observations?offset=%20', '/api/stats?yearFrom=0x7E8', '/api/convert?amount=1e308&currency=EUR&period=year',
      '/api/convert?amount=Infinity&currency=EUR&period=year', '/api/freelance?tjm=',
    ]) {
      const res = await app.request(path);
      assert.equal(res.status, 400, path);
    } // prettier-ignore
    assert.equal((await app.request('/api/distribution?bins=16')).status, 200);
  });

  it('answers 400, not 500, to a deeply nested JSON body', async () => {
    for (const body of ['['.repeat(200_000) + ']'.repeat(200_000), JSON.stringify(
      Array.from({ length: 60 }).reduce((inner) => ({ a: inner }), {}),
    )]) {
      const res = await app.request('/api/contributions', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body,
      });
      assert.equal(res.status, 400);
      assert.equal(((await res.json()) as Json).error.code, 'invalid-body');
    } // prettier-ignore
  });

  it('never echoes megabytes of input back in an error', async () => {
    const huge = 'x'.repeat(3_000_000);
    const res = await app.request('/api/contributions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: huge, [huge.slice(0, 100_000)]: 1 }),
    });
    assert.equal(res.status, 400);
    assert.ok((await res.text()).length < 20_000);
    const query = await app.request(`/api/stats?city=${'y'.repeat(100_000)}`);
    assert.equal(query.status, 400);
    assert.ok((await query.text()).length < 5_000);
  });
});

describe('503 answers', { skip: postgresSkip }, () => {
  it('never tell anonymous clients the database host, user or name', async () => {
    const url = await freshDatabaseUrl();
    const name = new URL(url).pathname.slice(1);
    const store = await openPostgresStore(url, { connectTimeoutMs: 1_000 });
    const ctx = await openAppContext(readConfig({}), { store, loadBundled: false });
    const app = createApp(ctx);
    await adminQuery(`DROP DATABASE ${name} WITH (FORCE)`);
    const res = await app.request('/api/stats?role=ml-engineer');
    const text = await res.text();
    assert.equal(res.status, 503, text);
    assert.doesNotMatch(text, new RegExp(`127\\.0\\.0\\.1|${name}|postgres`));
    assert.equal(res.headers.get('retry-after'), '5');
    await ctx.store.close();
  });
});
