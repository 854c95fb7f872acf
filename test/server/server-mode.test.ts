/** Server mode end to end: two API processes on one PostgreSQL database (a fresh one on the
 * shared server) with Redis for what they share. Bounded in time; 127.0.0.1 only. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { invalidationChannel, shareInvalidation } from '../../src/store/redis-invalidation.ts';
import type { SalaryStore } from '../../src/store/index.ts';
import { makeObservation, makeSource } from '../../src/store/testing/fixtures.ts';
import { startLoad, statsPaths, stopAllLoads } from './load.ts';
import { startApiProcess, waitFor, type ApiProcess } from './processes.ts';
import { Redis } from 'ioredis';
import {
  ANY_LOAD,
  BUNDLED_LOADED,
  checkHealth,
  checkMlEngineersInFrance,
} from '../helpers/api-e2e-checks.ts';

const SERVER = 'postgres://postgres@127.0.0.1:5432';
const REDIS = 'redis://127.0.0.1:6379';

async function reachable(): Promise<string | false> {
  const client = new pg.Client({
    connectionString: `${SERVER}/postgres`,
    connectionTimeoutMillis: 2_000,
  });
  try {
    await client.connect();
    await client.end();
  } catch {
    return `PostgreSQL is not reachable at ${SERVER}`;
  }
  const redis = new Redis(REDIS, { lazyConnect: true, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    redis.disconnect();
  } catch {
    return `Redis is not reachable at ${REDIS}`;
  }
  return false;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  await client.query(sql);
  await client.end();
}

const skip = await reachable();
const name = `fourchette_servermode_${process.pid}_${Date.now()}`;
const url = `${SERVER}/${name}`;
const ML_FR = '/api/stats?role=ml-engineer&country=FR';

async function json(base: string, path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`);
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

describe(
  'server mode: two API processes on one PostgreSQL database',
  { skip, timeout: 300_000 },
  () => {
    let a: ApiProcess;
    let b: ApiProcess;
    let writer: SalaryStore;
    let sharing: { close(): Promise<void> };
    const env = { FOURCHETTE_STORE: 'postgres', DATABASE_URL: url, REDIS_URL: REDIS };

    before(async () => {
      await admin(`CREATE DATABASE ${name}`);
      // The first loads the bundled data; the second finds it there.
      a = await startApiProcess(env);
      b = await startApiProcess(env);
      // Writes from outside the API (as `fourchette ingest` makes them), published the same way.
      writer = await openPostgresStore(url);
      sharing = await shareInvalidation(writer, REDIS, invalidationChannel(url));
      await writer.upsertSources([makeSource({ id: 'server-mode-test' })]);
    });
    after(async () => {
      await stopAllLoads();
      await Promise.all([a?.stop(), b?.stop()]);
      await sharing?.close();
      await writer?.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });

    it('pass the API end-to-end checks, asked of each in turn: the bundled data loaded by one of them only', async () => {
      const logs = [a, b].map((p) => p.output.join(''));
      assert.equal(
        logs.filter((l) => BUNDLED_LOADED.test(l)).length,
        1,
        `exactly one loads the bundled data:\n${logs.join('\n---\n')}`,
      );
      assert.equal(logs.filter((l) => ANY_LOAD.test(l)).length, 1, logs.join('\n---\n'));
      for (const p of [a, b, a, b]) {
        await checkMlEngineersInFrance(p.url);
        await checkHealth(p.url);
      }
    });

    it('give the same figures for the same question', async () => {
      for (const path of [ML_FR, '/api/stats?role=data-scientist', '/api/sources', '/health'])
        assert.deepEqual(await json(a.url, path), await json(b.url, path), path);
    });

    it('both answer with the new figures once a write is published', async () => {
      const before = (await json(a.url, ML_FR)).count as number;
      assert.equal((await json(b.url, ML_FR)).count, before);
      await writer.insertObservations(
        Array.from({ length: 3 }, (_, i) =>
          makeObservation({
            id: `server-mode-${i}`,
            provenance: { ...makeObservation().provenance, sourceId: 'server-mode-test' },
          }),
        ),
      );
      for (const p of [a, b])
        await waitFor(
          'the new count',
          async () => (await json(p.url, ML_FR)).count === before + 3,
          5_000,
        );
    });

    it('one killed under load: the other keeps answering, no request to it fails, no write is lost', async () => {
      const total = async () => (await json(b.url, '/health')).observations as number;
      const before = await total();
      const onB = startLoad(() => b.url, statsPaths(200));
      const onA = startLoad(() => a.url, statsPaths(200));
      // Writes through both processes' API meanwhile (as `fourchette ingest` hands them over).
      let acknowledged = 0;
      const failedOnB: string[] = [];
      let writing = true;
      const writes = (async () => {
        for (let i = 0; writing; i += 1) {
          const target = i % 2 === 0 ? a : b;
          const document = {
            name: `kill-test-${i}.txt`,
            text: `Offre : data scientist à Paris, salaire de ${40_000 + i * 100} € brut par an.`,
            observedOn: '2024-06-03',
          };
          try {
            const res = await fetch(`${target.url}/api/ingest`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ documents: [document] }),
            });
            const body = (await res.json()) as { reports?: { inserted: number }[] };
            if (res.status === 200) acknowledged += body.reports?.[0]?.inserted ?? 0;
            else if (target === b) failedOnB.push(`${res.status} ${JSON.stringify(body)}`);
          } catch (error) {
            if (target === b) failedOnB.push((error as Error).message);
          }
        }
      })();
      await new Promise((r) => setTimeout(r, 1_500));
      a.child.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 2_000));
      writing = false;
      await writes;
      const report = await onB.stop();
      await onA.stop();
      assert.deepEqual(report.failures, []);
      assert.deepEqual([...report.statuses.keys()], [200], JSON.stringify([...report.statuses]));
      assert.ok(report.total() > 20, `${report.total()} requests`);
      assert.deepEqual(failedOnB, []);
      assert.ok(acknowledged > 2, `${acknowledged} writes acknowledged`);
      // Every acknowledged write is stored (one cut off by the kill may be stored or not).
      const after = await total();
      assert.ok(after >= before + acknowledged, `${after} < ${before} + ${acknowledged}`);
      assert.ok(after <= before + acknowledged + 1, `${after} > ${before} + ${acknowledged} + 1`);
    });
  },
);
