import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  normalizeObservationToYearlyEur,
  type ObservationLike,
} from './observation-to-yearly-eur.ts';
import { TEST_TABLES } from '../../test/helpers/normalize-tables.ts';

const obs: ObservationLike = {
  low: 42000,
  high: 55000,
  currency: 'EUR',
  period: 'year',
  basis: 'gross',
  country: 'FR',
  observedOn: '2024-07-01',
};

describe('normalizeObservationToYearlyEur', () => {
  it('keeps a yearly EUR range as it is, with an empty trace', () => {
    const r = normalizeObservationToYearlyEur(obs, TEST_TABLES);
    assert.deepEqual(r, {
      ok: true,
      yearEurLow: 42000,
      yearEurHigh: 55000,
      basis: 'gross',
      trace: [],
    });
  });

  it('turns a monthly CHF range into yearly euros at the rate of the day', () => {
    const r = normalizeObservationToYearlyEur(
      { ...obs, low: 9000, high: 9500, currency: 'CHF', period: 'month', country: 'CH' },
      TEST_TABLES,
    );
    assert.ok(r.ok);
    assert.ok(Math.abs((r.yearEurLow ?? 0) - (9000 * 12) / 0.9689) < 1e-6);
    assert.deepEqual(
      r.trace.map((s) => s.kind),
      ['currency', 'period'],
    );
  });

  it('keeps an open bound open', () => {
    const r = normalizeObservationToYearlyEur(
      { ...obs, low: null, high: 4000, period: 'month', monthsPerYear: 13 },
      TEST_TABLES,
    );
    assert.ok(r.ok);
    assert.equal(r.yearEurLow, null);
    assert.equal(r.yearEurHigh, 52000);
  });

  it('refuses a range whose low is above its high, naming both', () => {
    const r = normalizeObservationToYearlyEur({ ...obs, low: 60000 }, TEST_TABLES);
    assert.ok(!r.ok);
    assert.match(r.message, /low 60000 is above high 55000/);
  });

  it('passes on the currency failure of a bound', () => {
    const r = normalizeObservationToYearlyEur({ ...obs, currency: 'EURO' }, TEST_TABLES);
    assert.ok(!r.ok && r.reason === 'unknown-currency');
  });
});
