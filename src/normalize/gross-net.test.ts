import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSocialEngine, evaluateEmployee } from '../domain/gross-net/social-engine.ts';
import { loadFxTable } from '../reference/fx.ts';
import { loadGrossNetCurves } from '../reference/gross-net-curves.ts';
import { loadWorkingTime } from '../reference/working-time.ts';
import { convertAmount } from './convert-amount.ts';

const curves = loadGrossNetCurves();
const tables = { fx: loadFxTable(), workingTime: loadWorkingTime(), grossNet: curves.grossNet };
const base = {
  currency: 'EUR',
  period: 'year',
  basis: 'gross',
  date: '2024-07-01',
  toBasis: 'net',
} as const;

describe('gross ↔ net in France through the bundled curves', () => {
  it('reads 56 520 € gross a year (cadre) as 44 415.86 € net before tax, within 0.5 %', () => {
    const r = convertAmount({ ...base, amount: 56520, status: 'cadre' }, tables);
    assert.ok(r.ok, r.ok ? '' : r.message);
    // Direct modele-social 11.1.0 evaluation, rules of 2026-01-01.
    assert.ok(Math.abs(r.value / 44415.86 - 1) < 0.005, `${r.value}`);
    const step = r.trace.find((s) => s.kind === 'basis');
    assert.ok(
      step?.kind === 'basis' &&
        step.rules.startsWith('modele-social') &&
        step.method === 'interpolated',
    );
  });

  it('goes from a monthly net back to a monthly gross', () => {
    const net = convertAmount({ ...base, amount: 4710, period: 'month', status: 'cadre' }, tables);
    assert.ok(net.ok);
    const gross = convertAmount(
      {
        ...base,
        amount: net.value,
        period: 'month',
        basis: 'net',
        toBasis: 'gross',
        status: 'cadre',
      },
      tables,
    );
    assert.ok(gross.ok);
    assert.ok(Math.abs(gross.value - 4710) < 1, `${gross.value}`);
  });

  it('keeps net after tax below net before tax', () => {
    const before = convertAmount({ ...base, amount: 80000 }, tables);
    const after = convertAmount({ ...base, amount: 80000, toBasis: 'net-after-tax' }, tables);
    assert.ok(before.ok && after.ok && after.value < before.value);
  });

  it('says when an amount is outside the curves', () => {
    const r = convertAmount({ ...base, amount: 5_000_000 }, tables);
    assert.ok(!r.ok && r.reason === 'out-of-range');
  });

  it('matches five direct modele-social evaluations within 0.5 %', () => {
    const engine = createSocialEngine();
    for (const [gross, status] of [
      [15000, 'non-cadre'],
      [38000, 'cadre'],
      [56520, 'cadre'],
      [120000, 'non-cadre'],
      [290000, 'cadre'],
    ] as const) {
      const direct = evaluateEmployee(engine, gross, status, curves.grossNet.rulesDate);
      for (const [toBasis, expected] of [
        ['net', direct.net],
        ['net-after-tax', direct.netAfterTax],
      ] as const) {
        const r = convertAmount({ ...base, amount: gross, status, toBasis }, tables);
        assert.ok(r.ok);
        assert.ok(
          Math.abs(r.value / expected - 1) < 0.005,
          `${gross} ${status} ${toBasis}: ${r.value} vs ${expected}`,
        );
      }
    }
  });
});
