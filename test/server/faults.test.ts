/** Faults under load, on a PostgreSQL and a Redis of the test's own (other tests keep the
 * shared servers): PostgreSQL restarted → 503 with Retry-After during the outage, full service
 * after; Redis restarted → answers go on, shared cache invalidation resumes. Bounded in time. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { existsSync } from 'node:fs';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { invalidationChannel, shareInvalidation } from '../../src/store/redis-invalidation.ts';
import type { SalaryStore } from '../../src/store/index.ts';
import { makeObservation, makeSource } from '../../src/store/testing/fixtures.ts';
import { startLoad, statsPaths, stopAllLoads } from './load.ts';
import {
  startApiProcess,
  startOwnPostgres,
  startOwnRedis,
  waitFor,
  type ApiProcess,
  type OwnPostgres,
  type OwnRedis,
} from './processes.ts';

const skip = existsSync('/usr/lib/postgresql/15/bin/initdb')
  ? false
  : 'PostgreSQL 15 binaries are not installed (apt-get install postgresql-15)';
const ML_FR = '/api/stats?role=ml-engineer&country=FR';

/** The count of one statistics question on `api`; a failure to reach it says how it ended. */
async function count(api: ApiProcess): Promise<number> {
  const res = await fetch(`${api.url}${ML_FR}`).catch((error: unknown) => {
    throw new Error(`${api.url} did not answer (${(error as Error).message}): ${api.state()}`);
  });
  return ((await res.json()) as { count: number }).count;
}

describe('faults under load', { skip, timeout: 300_000 }, () => {
  let pgServer: OwnPostgres;
  let redis: OwnRedis;
  let a: ApiProcess;
  let b: ApiProcess;
  let writer: SalaryStore;
  let sharing: { close(): Promise<void> };
  let url: string;
  let serial = 0;
  const write = async (n: number) => {
    await writer.insertObservations(
      Array.from({ length: n }, () =>
        makeObservation({
          id: `fault-${(serial += 1)}`,
          provenance: { ...makeObservation().provenance, sourceId: 'fault-test' },
        }),
      ),
    );
  };

  before(async () => {
    pgServer = await startOwnPostgres();
    redis = await startOwnRedis();
    url = await pgServer.createDatabase();
    const env = { FOURCHETTE_STORE: 'postgres', DATABASE_URL: url, REDIS_URL: redis.url };
    a = await startApiProcess(env);
    b = await startApiProcess(env);
    writer = await openPostgresStore(url);
    sharing = await shareInvalidation(writer, redis.url, invalidationChannel(url));
    await writer.upsertSources([makeSource({ id: 'fault-test' })]);
  });
  after(async () => {
    await stopAllLoads();
    await Promise.all([a?.stop(), b?.stop()]);
    await sharing?.close();
    await writer?.close().catch(() => undefined);
    await redis?.stop();
    pgServer?.destroy();
  });

  it('PostgreSQL restarted: 503 with Retry-After during the outage, full service after', async () => {
    const load = startLoad(() => a.url, statsPaths(400));
    await new Promise((r) => setTimeout(r, 500));
    const stopped = performance.now();
    pgServer.stop();
    await new Promise((r) => setTimeout(r, 1_500));
    pgServer.start();
    const fresh = statsPaths(440).slice(400);
    await waitFor(
      'answers after the restart',
      async () => (await fetch(`${a.url}${fresh[0]}`)).status === 200,
      20_000,
    );
    const back = performance.now() - stopped;
    const report = await load.stop();
    assert.deepEqual(report.failures, [], 'no request left without an answer');
    const statuses = [...report.statuses.keys()].sort();
    assert.ok(
      statuses.every((s) => s === 200 || s === 503),
      JSON.stringify([...report.statuses]),
    );
    assert.ok((report.statuses.get(503) ?? 0) > 0, 'the outage was seen');
    assert.deepEqual([...report.retryAfter], ['5']);
    for (const path of fresh) assert.equal((await fetch(`${a.url}${path}`)).status, 200, path);
    // Writes work again, and both processes hear of them.
    const before = await count(b);
    await write(2);
    await waitFor('the write on b', async () => (await count(b)) === before + 2, 5_000);
    console.log(
      `PostgreSQL restart: service back ${back.toFixed(0)} ms after the stop; ${report.total()} requests, ${report.statuses.get(503) ?? 0} answered 503`,
    );
  });

  it('Redis restarted: every request answered, shared invalidation resumes', async () => {
    const load = startLoad(() => b.url, statsPaths(100));
    const before = await count(a);
    await redis.stop();
    // While Redis is away a process cannot hear the others' writes: it stops caching.
    await write(1);
    await waitFor(
      'the write on a without Redis',
      async () => (await count(a)) === before + 1,
      5_000,
    );
    const restarted = performance.now();
    await redis.start();
    await new Promise((r) => setTimeout(r, 2_000));
    await write(1);
    await waitFor(
      'the write on both after Redis is back',
      async () => (await count(a)) === before + 2 && (await count(b)) === before + 2,
      5_000,
    );
    const report = await load.stop();
    assert.deepEqual(report.failures, []);
    assert.deepEqual([...report.statuses.keys()], [200], JSON.stringify([...report.statuses]));
    console.log(
      `Redis restart: invalidation seen ${(performance.now() - restarted).toFixed(0)} ms after the start; ${report.total()} requests, all 200`,
    );
  });
});
