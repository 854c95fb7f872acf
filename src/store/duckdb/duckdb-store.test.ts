import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { describeStoreContract } from '../store-contract.ts';
import { makeObservation, makeSource } from '../testing/fixtures.ts';
import { openDuckDbStore } from './duckdb-store.ts';

describeStoreContract('DuckDB in memory', () => openDuckDbStore(':memory:'));

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
