import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pinball, protocolFigures } from './metrics.ts';
import { fitRidge, predictRidge } from './baselines/ridge.ts';
import { syntheticRows } from '../../../test/helpers/synthetic-salaries.ts';

describe('protocol figures', () => {
  it('charges 0.1 per unit below p10 and 0.9 per unit above it', () => {
    assert.equal(pinball(110, 100, 0.1), 1);
    assert.ok(Math.abs(pinball(90, 100, 0.1) - 9) < 1e-9);
  });

  it('measures MdAPE of p50, mean pinball and the share inside [p10, p90]', () => {
    const figures = protocolFigures(
      [100, 200],
      [
        { p10: 90, p25: 95, p50: 100, p75: 105, p90: 110 },
        { p10: 100, p25: 110, p50: 150, p75: 160, p90: 170 },
      ],
    );
    assert.equal(figures.mdape, 0.125);
    assert.equal(figures.coverage80, 0.5);
    // row 1: (1 + 0 + 1) / 3; row 2: (10 + 25 + 27) / 3
    assert.ok(Math.abs(figures.pinball - (2 / 3 + 62 / 3) / 2) < 1e-9);
  });

  it('gives the ridge baseline ordered quantiles around the data', () => {
    const rows = syntheticRows({ US: 400, FR: 200 });
    const model = fitRidge(rows);
    const p = predictRidge(model, rows[0]!);
    assert.ok(p.p10 < p.p50 && p.p50 < p.p90);
    const figures = protocolFigures(
      rows.map((r) => r.value),
      rows.map((r) => predictRidge(model, r)),
    );
    assert.ok(figures.coverage80 > 0.7 && figures.coverage80 < 0.9, String(figures.coverage80));
  });
});
