/** A read-only data folder: a ready store (a copy of the seeded one) copied to a read-only place, served read-only
 * (FOURCHETTE_READ_ONLY=1): the same answers, every write refused with a clear error, the file
 * left as it was. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../src/config.ts';
import { runServer } from '../src/server-main.ts';
import { StoreError, openDuckDbStore } from '../src/store/index.ts';
import { makeObservation } from '../src/store/testing/fixtures.ts';
import { seededDataDir } from './helpers/seeded-data.ts';

const ML_FR = '/api/stats?role=ml-engineer&country=FR';
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a read-only data folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'fourchette-ro-'));
  const copy = join(root, 'read-only');
  let ready = '';
  let expected: unknown;

  before(async () => {
    ready = await seededDataDir('fourchette-ro-ready-');
    const server = await runServer(
      readConfig({ FOURCHETTE_DATA_DIR: ready, PORT: '0' }),
      () => undefined,
      { warmEstimator: false },
    );
    expected = await (await fetch(`${server.url}${ML_FR}`)).json();
    await server.close();
    cpSync(ready, copy, { recursive: true });
    chmodSync(join(copy, 'fourchette.duckdb'), 0o444);
    chmodSync(copy, 0o555);
  });
  after(() => {
    chmodSync(copy, 0o755);
    rmSync(root, { recursive: true, force: true });
    rmSync(ready, { recursive: true, force: true });
  });

  it('is served read-only with the same answers, and the file is left as it was', async () => {
    const file = join(copy, 'fourchette.duckdb');
    const before = hash(file);
    const log: string[] = [];
    const server = await runServer(
      readConfig({ FOURCHETTE_DATA_DIR: copy, FOURCHETTE_READ_ONLY: '1', PORT: '0' }),
      (line) => log.push(line),
      { warmEstimator: false },
    );
    try {
      assert.ok(
        log.some((l) => /read-only/.test(l)),
        log.join('\n'),
      );
      assert.deepEqual(await (await fetch(`${server.url}${ML_FR}`)).json(), expected);
      assert.equal((await fetch(`${server.url}/health`)).status, 200);
    } finally {
      await server.close();
    }
    assert.equal(hash(file), before);
  });

  it('refuses writes, naming the store and the way out', async () => {
    const store = await openDuckDbStore(join(copy, 'fourchette.duckdb'), { readOnly: true });
    try {
      await assert.rejects(store.insertObservations([makeObservation()]), (error) => {
        assert.ok(error instanceof StoreError);
        assert.equal(error.code, 'store-read-only');
        assert.match(error.message, /read-only: saving observations is refused/);
        assert.match(error.message, /serve a writable copy/);
        return true;
      });
      assert.equal(store.writable, false);
    } finally {
      await store.close();
    }
  });
});
