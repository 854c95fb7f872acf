/** The privacy attacks against both stores (real DuckDB, real PostgreSQL on a fresh database). */
import { it } from 'node:test';
import { openDuckDbStore } from '../../src/store/index.ts';
import { openPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { freshDatabaseUrl, postgresSkip } from '../../src/store/testing/postgres-databases.ts';
import { describePrivacyAttacks } from './attacks.ts';

describePrivacyAttacks('DuckDB', () => openDuckDbStore(':memory:'));
if (postgresSkip)
  it('plays the privacy attacks on PostgreSQL', { skip: postgresSkip }, () => undefined);
else describePrivacyAttacks('PostgreSQL', async () => openPostgresStore(await freshDatabaseUrl()));
