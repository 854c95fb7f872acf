/** Fresh PostgreSQL databases for tests on the local server (trust auth): each run works in
 * databases of its own, dropped after. */
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';

export const TEST_SERVER = 'postgres://postgres@127.0.0.1:5432';
const START_COMMAND = 'pg_ctlcluster --skip-systemctl-redirect 15 main start';

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({
    connectionString: `${TEST_SERVER}/postgres`,
    connectionTimeoutMillis: 2_000,
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const reachable = await adminQuery('SELECT 1').then(
  () => true,
  () => false,
);

/** False when the server answers; otherwise why the tests are skipped. */
export const postgresSkip: false | string = reachable
  ? false
  : `PostgreSQL is not reachable at ${TEST_SERVER}: start it with \`${START_COMMAND}\``;

const created: string[] = [];

// Registered when a test file imports this module: runs once its tests are done.
after(async () => {
  for (const db of created) await adminQuery(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
});

/** A new, empty database; its name is safe to splice into SQL. Dropped after the test file. */
export async function freshDatabaseUrl(): Promise<string> {
  const name = `fourchette_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  created.push(name);
  return `${TEST_SERVER}/${name}`;
}
