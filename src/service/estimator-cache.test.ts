import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitEstimator, type EstimatorRow } from '../domain/estimate/index.ts';
import { fitInWorker } from './estimator-cache.ts';

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
