/** A PostgreSQL restart while a transaction holds its connection between two statements: the
 * process lives on (pg-pool does not listen for errors on connections it has lent), the
 * transaction fails as store-unavailable, the broken connection is not lent again, and the
 * next transaction after the restart works. Own server, bounded in time. */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { PostgresDriver } from '../../src/store/postgres/postgres-driver.ts';
import { StoreError } from '../../src/store/index.ts';
import { startOwnPostgres, type OwnPostgres } from './processes.ts';

const skip = existsSync('/usr/lib/postgresql/15/bin/initdb')
  ? false
  : 'PostgreSQL 15 binaries are not installed (apt-get install postgresql-15)';

describe('a connection held across a PostgreSQL restart', { skip, timeout: 120_000 }, () => {
  let server: OwnPostgres;
  let pool: pg.Pool;
  let driver: PostgresDriver;
  before(async () => {
    server = await startOwnPostgres();
    const url = await server.createDatabase();
    pool = new pg.Pool({ connectionString: url, max: 1 });
    pool.on('error', () => undefined);
    driver = new PostgresDriver(pool, url);
  });
  after(async () => {
    await pool?.end().catch(() => undefined);
    server?.destroy();
  });

  it('fails the transaction as store-unavailable, and the pool serves again after', async () => {
    const failure = await driver
      .transaction('held', async (tx) => {
        await tx.run('SELECT 1');
        server.stop();
        // The server's FATAL reaches the lent connection while no statement runs.
        await new Promise((r) => setTimeout(r, 300));
        return tx.run('SELECT 1');
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    assert.ok(failure instanceof StoreError, String(failure));
    assert.equal(failure.code, 'store-unavailable');
    server.start();
    // One connection in the pool: the broken one must have been destroyed, not lent again.
    const rows = await driver.transaction('after', (tx) => tx.run('SELECT 2 AS n'));
    assert.deepEqual(rows, [{ n: 2 }]);
    const read = await driver.read('SELECT 3 AS n', [], 'after');
    assert.deepEqual(read, [{ n: 3 }]);
  });
});
