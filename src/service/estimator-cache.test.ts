import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitEstimator, type EstimatorRow } from '../domain/estimate/index.ts';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDbStore } from '../store/index.ts';
import { makeObservation, makeSource } from '../store/testing/fixtures.ts';
import { EstimatorCache, fitInWorker } from './estimator-cache.ts';

describe('fitting the estimator in a worker thread', () => {
  it('gives the same model as fitting on this thread', async () => {
    const rows: EstimatorRow[] = [];
    const roles = ['data-scientist', 'ml-engineer', 'data-analyst'];
    for (let i = 0; i < 600; i += 1) {
      rows.push({
        roleId: roles[i % 3] as string,
        rawTitle: null,
        level: i % 2 ? 'senior' : 'junior',
        country: i % 5 ? 'FR' : 'US',
        remote: null,
        companySize: null,
        employment: 'employee',
        year: 2023 + (i % 2),
        value:
          40_000 + (i % 3) * 8_000 + (i % 2) * 15_000 + (i % 5 ? 0 : 60_000) + ((i * 7919) % 5_000),
      });
    }
    assert.deepEqual(await fitInWorker(rows), fitEstimator(rows));
  });
});

describe('the estimator cache on disk', () => {
  it('keeps one model file: the one of the current observations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fourchette-models-'));
    const store = await openDuckDbStore(':memory:');
    try {
      await store.upsertSources([makeSource()]);
      const batch = (from: number) =>
        Array.from({ length: 30 }, (_, i) =>
          makeObservation({ id: `o${from + i}`, valueYearEur: 40_000 + (from + i) * 500 }),
        );
      await store.insertObservations(batch(0));
      const cache = new EstimatorCache(store, dir);
      const first = await cache.get();
      assert.equal(first.model.observations, 30);
      const [firstFile] = readdirSync(dir);
      await store.insertObservations(batch(30));
      cache.invalidate();
      const second = await cache.get();
      assert.equal(second.model.observations, 60);
      const files = readdirSync(dir);
      assert.equal(files.length, 1, files.join(', '));
      assert.notEqual(files[0], firstFile);
      // A new cache on the same folder reads the saved model instead of fitting again.
      const reopened = await new EstimatorCache(store, dir).get();
      assert.deepEqual(reopened.model, second.model);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
