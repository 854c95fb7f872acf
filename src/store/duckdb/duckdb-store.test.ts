import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { describeAggregatesContract } from '../aggregates-contract.ts';
import { describeLargeGroupContract } from '../large-group-contract.ts';
import { describeLocalPayContract } from '../local-pay-contract.ts';
import { describeMarketContract } from '../market-contract.ts';
import { describeStoreContract } from '../store-contract.ts';
import { describeStatsIndexContract } from '../stats-index-contract.ts';
import { describeContributionContract } from '../contribution-contract.ts';
import { describePostingContract } from '../posting-contract.ts';
import { makeObservation, makeSource } from '../testing/fixtures.ts';
import { openDuckDbStore } from './duckdb-store.ts';

describeStoreContract('DuckDB in memory', () => openDuckDbStore(':memory:'));
describeContributionContract('DuckDB file', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'fourchette-contrib-')), 'store.duckdb');
  return { store: await openDuckDbStore(path), reopen: () => openDuckDbStore(path) };
});
describePostingContract('DuckDB in memory', () => openDuckDbStore(':memory:'));
describeMarketContract('DuckDB in memory', async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const store = await openDuckDbStore(':memory:', { instance });
  const connection = await instance.connect();
  return {
    store,
    close: async () => {
      connection.closeSync();
      instance.closeSync();
    },
    execute: async (sql, params) => void (await connection.run(sql, params as DuckDBValue[])),
  };
});

describeAggregatesContract('DuckDB in memory', async (aggregateLimits) => {
  const instance = await DuckDBInstance.create(':memory:');
  const store = await openDuckDbStore(':memory:', { instance, aggregateLimits });
  const connection = await instance.connect();
  return {
    store,
    query: async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJS(),
    close: async () => {
      await store.close();
      connection.closeSync();
      instance.closeSync();
    },
  };
});

describe('DuckDB store file', () => {
  it('keeps what was stored across a close and a reopen, and migrates only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fourchette-'));
    try {
      const path = join(dir, 'store.duckdb');
      const first = await openDuckDbStore(path);
      await first.upsertSources([makeSource()]);
      await first.insertObservations([makeObservation({ id: 'kept' })]);
      await first.close();
      const second = await openDuckDbStore(path);
      assert.equal(await second.countObservations(), 1);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeLargeGroupContract('DuckDB in memory', (largeGroup) =>
  openDuckDbStore(':memory:', { largeGroup }),
);
describeLocalPayContract('DuckDB in memory', (largeGroup) =>
  openDuckDbStore(':memory:', { largeGroup }),
);

describe('DuckDB reads after writes', () => {
  it('return the new text values on every read connection, not those of a statement prepared before', async () => {
    const store = await openDuckDbStore(':memory:', { readers: 2 });
    try {
      for (let i = 0; i < 4; i += 1) assert.deepEqual(await store.listSources(), []);
      await store.upsertSources([
        makeSource({ id: 'aijobs', title: 'AI salaries' }),
        makeSource({ id: 'article-1', title: 'An article' }),
      ]);
      await store.insertObservations([
        makeObservation({
          id: 'o1',
          provenance: { ...makeObservation().provenance, sourceId: 'aijobs' },
        }),
      ]);
      for (let i = 0; i < 4; i += 1) {
        const sources = await store.listSources();
        assert.deepEqual(
          sources.map((s) => [s.id, s.title]),
          [
            ['aijobs', 'AI salaries'],
            ['article-1', 'An article'],
          ],
        );
      }
    } finally {
      await store.close();
    }
  });
});
describeStatsIndexContract('DuckDB in memory', async (smallGroup, largeGroup) => {
  const instance = await DuckDBInstance.create(':memory:');
  const indexed = await openDuckDbStore(':memory:', { instance, smallGroup, largeGroup });
  const plain = await openDuckDbStore(':memory:', {
    instance,
    smallGroup,
    largeGroup,
    statsIndex: false,
  });
  const close = async () => {
    await plain.close();
    await indexed.close();
    instance.closeSync();
  };
  return { indexed, plain, close };
});
