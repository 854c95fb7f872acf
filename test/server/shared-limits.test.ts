/** Two API processes in server mode (REDIS_URL) on one fresh PostgreSQL database: the same
 * figures from both, and one client's contributions limit counted across both. A Redis of the
 * test's own keeps its counters apart from any other run. Bounded in time; 127.0.0.1 only. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startApiProcess, startOwnRedis, type ApiProcess, type OwnRedis } from './processes.ts';

const SERVER = 'postgres://postgres@127.0.0.1:5432';

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  await client.query(sql);
  await client.end();
}

async function reachable(): Promise<string | false> {
  try {
    await admin('SELECT 1');
    return false;
  } catch {
    return `PostgreSQL is not reachable at ${SERVER}`;
  }
}

const skip = await reachable();
const name = `fourchette_limits_${process.pid}_${Date.now()}`;
const url = `${SERVER}/${name}`;

/** A plausible contribution; each POST sends other figures (a resent one is a duplicate). */
const contribution = (amount: number) => ({
  role: 'ml-engineer', level: 'mid', country: 'FR', employment: 'employee', amount,
  currency: 'EUR', period: 'year', basis: 'gross', year: 2025,
}); // prettier-ignore

describe(
  'two API processes on one PostgreSQL database, limits in Redis',
  { skip, timeout: 240_000 },
  () => {
    let a: ApiProcess;
    let b: ApiProcess;
    let redis: OwnRedis;

    before(async () => {
      await admin(`CREATE DATABASE ${name}`);
      redis = await startOwnRedis();
      const env = {
        FOURCHETTE_STORE: 'postgres',
        DATABASE_URL: url,
        REDIS_URL: redis.url,
        FOURCHETTE_CONTRIBUTIONS_PER_HOUR: '3',
      };
      // The first loads the bundled data; the second finds it there.
      a = await startApiProcess(env);
      b = await startApiProcess(env);
    });
    after(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await redis?.stop();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });

    it('give identical answers to the same statistics question', async () => {
      for (const path of [
        '/api/stats?role=ml-engineer&country=FR',
        '/api/stats?role=data-scientist&level=senior',
        '/api/stats?country=FR&yearFrom=2023',
      ]) {
        const [ra, rb] = await Promise.all([fetch(`${a.url}${path}`), fetch(`${b.url}${path}`)]);
        assert.equal(ra.status, 200, path);
        assert.equal(rb.status, 200, path);
        const [ta, tb] = await Promise.all([ra.text(), rb.text()]);
        assert.equal(ta, tb, path);
        assert.ok(((JSON.parse(ta) as { count: number }).count ?? 0) > 0, `${path}: no data`);
      }
    });

    it('count a client limited to 3 contributions an hour across both: the 4th is 429 with Retry-After', async () => {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i += 1) {
        const target = i % 2 === 0 ? a : b;
        last = await fetch(`${target.url}/api/contributions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(contribution(50_000 + i * 1_000)),
        });
        statuses.push(last.status);
        if (i < 3) await last.arrayBuffer();
      }
      assert.deepEqual(statuses, [201, 201, 201, 429]);
      const retryAfter = Number(last?.headers.get('retry-after'));
      assert.ok(retryAfter > 0 && retryAfter <= 3_600, `Retry-After: ${retryAfter}`);
      const body = (await last?.json()) as { error: { code: string } };
      assert.equal(body.error.code, 'too-many-requests');
    });
  },
);
