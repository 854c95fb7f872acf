import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cellQuantilesOf, fitCellQuantiles } from './cell-quantiles.ts';
import { profileKeys } from './features.ts';
import { estimate, fitEstimator } from './index.ts';
import { syntheticRows } from '../../../test/helpers/synthetic-salaries.ts';

const us = profileKeys({ country: 'US', level: 'senior', companySize: 'large' }, 2024);
const fr = profileKeys({ country: 'FR', level: 'senior', companySize: 'large' }, 2024);

describe('cell quantiles of the residuals', () => {
  // US residuals spread wide, FR residuals narrow: 400 rows each.
  const keys = [...Array<typeof us>(400).fill(us), ...Array<typeof fr>(400).fill(fr)];
  const z = keys.map((_, i) => ((i % 400) / 399 - 0.5) * (i < 400 ? 4 : 1));
  const w = keys.map(() => 1);
  const cells = fitCellQuantiles(z, w, keys, 50);

  it('gives a well-observed cell its own spread, wider where its residuals are wider', () => {
    const wide = cellQuantilesOf(cells, us);
    const narrow = cellQuantilesOf(cells, fr);
    assert.ok(wide[4]! - wide[0]! > 2 * (narrow[4]! - narrow[0]!), `${wide} vs ${narrow}`);
  });

  it('keeps every cell’s quantiles in order', () => {
    for (const table of cells.levels)
      for (const u of Object.values(table))
        for (let j = 1; j < u.length; j += 1) assert.ok(u[j - 1]! <= u[j]!, String(u));
  });

  it('falls back to the parent cell for a profile never seen', () => {
    const unseen = profileKeys({ country: 'DE', level: 'senior', companySize: 'large' }, 2024);
    assert.deepEqual(cellQuantilesOf(cells, unseen), cells.levels[0]!['senior']);
  });
});

describe('estimator with and without cell quantiles', () => {
  const rows = syntheticRows({ US: 800, FR: 300, BE: 12 });
  const profile = { rawTitle: 'Data Engineer', level: 'senior', country: 'FR' } as const;

  it('still estimates from a model saved before cell quantiles existed (pooled quantiles)', () => {
    const { cellQuantiles, ...older } = fitEstimator(rows);
    assert.ok(cellQuantiles);
    const pooled = estimate(fitEstimator(rows, { cellPrior: 0 }), profile);
    assert.deepEqual(estimate(older, profile), pooled);
  });
});
