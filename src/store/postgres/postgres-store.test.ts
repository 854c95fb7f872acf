import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import pg from 'pg';
import { StoreError } from '../port.ts';
import { describeAggregatesContract } from '../aggregates-contract.ts';
import { describeLargeGroupContract } from '../large-group-contract.ts';
import { describeLocalPayContract } from '../local-pay-contract.ts';
import { describeMarketContract } from '../market-contract.ts';
import { describeStoreContract } from '../store-contract.ts';
import { describeStatsIndexContract } from '../stats-index-contract.ts';
import { describeContributionContract } from '../contribution-contract.ts';
import { describePostingContract } from '../posting-contract.ts';
import { makeObservation, makeSource } from '../testing/fixtures.ts';
import { openPostgresStore } from './postgres-store.ts';

import {
  freshDatabaseUrl,
  postgresSkip as skip,
  TEST_SERVER as SERVER,
} from '../testing/postgres-databases.ts';

describe('PostgreSQL store errors', () => {
  it('explains that nothing answers at a wrong address, naming it without its password', async () => {
    await assert.rejects(
      openPostgresStore('postgres://someone:s3cret@127.0.0.1:1/fourchette'),
      (error) => {
        assert.ok(error instanceof StoreError);
        assert.equal(error.code, 'store-unavailable');
        assert.match(error.message, /postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/fourchette/);
        assert.match(error.message, /is PostgreSQL running at 127\.0\.0\.1:1\? set DATABASE_URL/);
        assert.doesNotMatch(error.message, /s3cret/);
        return true;
      },
    );
  });

  it('refuses a connection string that is not a postgres:// URL, without echoing it', async () => {
    await assert.rejects(openPostgresStore('host=127.0.0.1 password=s3cret'), (error) => {
      assert.ok(error instanceof StoreError);
      assert.equal(error.code, 'store-unavailable');
      assert.match(error.message, /expected postgres:\/\/user/);
      assert.doesNotMatch(error.message, /s3cret/);
      return true;
    });
  });
});

// Skipped visibly (counted in the summary, with the command that enables it), never passed silently.
if (skip) it('runs the PostgreSQL store tests', { skip }, () => undefined);
else describeWithServer();

function describeWithServer(): void {
  describe('PostgreSQL store', () => {
    describeStoreContract('PostgreSQL', async () => openPostgresStore(await freshDatabaseUrl()));
    describeContributionContract('PostgreSQL', async () => {
      const url = await freshDatabaseUrl();
      return { store: await openPostgresStore(url), reopen: () => openPostgresStore(url) };
    });
    describePostingContract('PostgreSQL', async () => openPostgresStore(await freshDatabaseUrl()));
    describeStatsIndexContract('PostgreSQL', async (smallGroup, largeGroup) => {
      const url = await freshDatabaseUrl();
      const indexed = await openPostgresStore(url, { smallGroup, largeGroup });
      const plain = await openPostgresStore(url, { smallGroup, largeGroup, statsIndex: false });
      const close = async () => {
        await plain.close();
        await indexed.close();
      };
      return { indexed, plain, close };
    });
    describeLargeGroupContract('PostgreSQL', async (largeGroup) =>
      openPostgresStore(await freshDatabaseUrl(), { largeGroup }),
    );
    describeLocalPayContract('PostgreSQL', async (largeGroup) =>
      openPostgresStore(await freshDatabaseUrl(), { largeGroup }),
    );
    describeMarketContract('PostgreSQL', async () => {
      const url = await freshDatabaseUrl();
      const store = await openPostgresStore(url);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return {
        store,
        execute: async (sql, params) => void (await client.query(sql, params)),
        close: () => client.end(),
      };
    });

    describeAggregatesContract('PostgreSQL', async (aggregateLimits) => {
      const url = await freshDatabaseUrl();
      const store = await openPostgresStore(url, { aggregateLimits });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return {
        store,
        query: async (sql) => (await client.query(sql)).rows as Record<string, unknown>[],
        close: async () => {
          await store.close();
          await client.end();
        },
      };
    });

    it('keeps what was stored across a close and a reopen, and migrates only once', async () => {
      const url = await freshDatabaseUrl();
      const first = await openPostgresStore(url);
      await first.upsertSources([makeSource()]);
      await first.insertObservations([makeObservation({ id: 'kept' })]);
      await first.close();
      const second = await openPostgresStore(url);
      assert.equal(await second.countObservations(), 1);
      await second.close();
    });

    it('replaces the rates of the given currencies only, keeping the others', async () => {
      const store = await openPostgresStore(await freshDatabaseUrl());
      try {
        const days = Array.from({ length: 3 }, (_, i) => `2024-06-0${i + 1}`);
        await store.replaceFxRates(days.map((day) => ({ currency: 'USD', day, perEur: 1.08 })));
        await store.replaceFxRates(days.map((day) => ({ currency: 'GBP', day, perEur: 0.85 })));
        await store.replaceFxRates([{ currency: 'USD', day: '2024-06-03', perEur: 1.09 }]);
        assert.deepEqual(await store.fxCurrencies(), ['GBP', 'USD']);
        await store.upsertSources([makeSource()]);
        await store.insertObservations([
          makeObservation({ observedOn: '2024-06-03', valueYearEur: 100 }),
        ]);
        const q = await store.quantiles(
          {},
          { currency: 'USD', periodsPerYear: 1, minGroupSize: 1 },
        );
        assert.ok(Math.abs((q.min ?? 0) - 109) < 1e-9);
      } finally {
        await store.close();
      }
    });

    it('keeps text with quotes, backslashes, braces, commas and the word NULL intact', async () => {
      const store = await openPostgresStore(await freshDatabaseUrl());
      try {
        const awkward = ['Data "Lead", {ML}', 'C:\\temp\\"x"', 'NULL', '', 'ingénieur·e\nIA'];
        await store.upsertSources([makeSource()]);
        await store.insertObservations(
          awkward.map((rawTitle, i) => makeObservation({ id: `t${i}`, rawTitle })),
        );
        const page = await store.listObservations({}, { limit: 10, offset: 0 });
        const titles = page.items.map((o) => o.rawTitle).sort();
        assert.deepEqual(titles, [...awkward].sort());
      } finally {
        await store.close();
      }
    });

    it('says how to create a database that does not exist', async () => {
      const missing = `fourchette_missing_${randomBytes(4).toString('hex')}`;
      await assert.rejects(openPostgresStore(`${SERVER}/${missing}`), (error) => {
        assert.ok(error instanceof StoreError);
        assert.equal(error.code, 'store-unavailable');
        assert.match(error.message, new RegExp(`database "${missing}" does not exist`));
        assert.match(error.message, new RegExp(`createdb -h 127\\.0\\.0\\.1 ${missing}`));
        return true;
      });
    });
  });
}

describe('PostgreSQL statistics index', { skip }, () => {
  it('says why it was not built, and statistics still come from SQL', async () => {
    const url = await freshDatabaseUrl();
    const store = await openPostgresStore(url);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await store.upsertSources([makeSource()]);
      await store.insertObservations(
        [1, 2, 3, 4, 5].map((k) => makeObservation({ id: `i-${k}`, low: k * 10_000 })),
      );
      await admin.query('ALTER TABLE observations_sample RENAME TO observations_sample_away');
      await assert.rejects(store.warmStatistics?.() ?? Promise.resolve(), (error) => {
        assert.ok(error instanceof StoreError);
        assert.equal(error.code, 'store-query-failed');
        assert.match(
          error.message,
          /^the statistics index was not built \(.*observations_sample.*\); statistics come from SQL queries until the next write$/,
        );
        return true;
      });
      const options = { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 };
      assert.equal((await store.quantiles({ role: 'ml-engineer' }, options)).count, 5);
      await admin.query('ALTER TABLE observations_sample_away RENAME TO observations_sample');
      await store.insertObservations([makeObservation({ id: 'i-6', low: 60_000 })]);
      assert.equal(await store.warmStatistics?.(), true);
    } finally {
      await admin.end();
      await store.close();
    }
  });
});
