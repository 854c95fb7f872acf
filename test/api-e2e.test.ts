/** End to end on the bundled data: a fresh data folder, the real server on a free port (the same
 * checks run against two PostgreSQL processes in test/server/server-mode.test.ts). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../src/config.ts';
import { runServer } from '../src/server-main.ts';
import {
  ANY_LOAD,
  BUNDLED_LOADED,
  checkHealth,
  checkMlEngineersInFrance,
} from './helpers/api-e2e-checks.ts';

describe('the server on a fresh data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fourchette-e2e-'));
  let server: Awaited<ReturnType<typeof runServer>>;
  const log: string[] = [];

  before(async () => {
    // No estimator fit: about 6 s of CPU that no test here reads (the fit runs when the seeded
    // folder is made, test/helpers/seeded-data.ts, and in the estimator-cache tests).
    server = await runServer(
      readConfig({ FOURCHETTE_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' }),
      (l) => log.push(l),
      { warmEstimator: false },
    );
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the bundled aijobs.net observations on first start', () => {
    assert.ok(
      log.some((l) => BUNDLED_LOADED.test(l)),
      log.join('\n'),
    );
  });

  it('returns percentiles with count and sources for ML engineers in France', () =>
    checkMlEngineersInFrance(server.url));

  it('reports health with the number of stored observations', () => checkHealth(server.url));

  it('does not load the bundled data twice when the server starts again', async () => {
    await server.close();
    const again: string[] = [];
    server = await runServer(
      readConfig({ FOURCHETTE_DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' }),
      (l) => again.push(l),
      { warmEstimator: false },
    );
    assert.ok(!again.some((l) => ANY_LOAD.test(l)), again.join('\n'));
    await checkHealth(server.url);
  });
});
