import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPlausibility } from './plausibility.ts';

const fact = (
  low: number | null,
  high: number | null,
  period: 'hour' | 'day' | 'month' | 'year' | null,
) => ({ low, high, currency: 'EUR', period, component: 'base' }) as const;

describe('checkPlausibility', () => {
  it('flags a "Mensuel" label holding yearly amounts and suggests a year', () => {
    const [issue] = checkPlausibility(fact(40000, 50000, 'month'));
    assert.equal(issue?.code, 'period-looks-yearly');
    assert.equal(issue?.suggested.period, 'year');
  });

  it('flags a yearly figure ten times too large (a typed extra zero)', () => {
    const [issue] = checkPlausibility(fact(4_500_000, 5_500_000, 'year'));
    assert.equal(issue?.code, 'times-ten');
    assert.deepEqual([issue?.suggested.low, issue?.suggested.high], [450000, 550000]);
  });

  it('flags a range whose upper end has an extra zero', () => {
    const [issue] = checkPlausibility(fact(40000, 450000, 'year'));
    assert.equal(issue?.code, 'times-ten');
    assert.equal(issue?.suggested.high, 45000);
  });

  it('accepts ordinary pay', () => {
    assert.deepEqual(checkPlausibility(fact(42000, 55000, 'year')), []);
    assert.deepEqual(checkPlausibility(fact(3200, 3800, 'month')), []);
    assert.deepEqual(checkPlausibility(fact(550, 650, 'day')), []);
    assert.deepEqual(checkPlausibility(fact(null, 140000, 'year')), []);
  });

  it('does not judge bonuses or unknown periods', () => {
    assert.deepEqual(checkPlausibility({ ...fact(50000, 50000, 'month'), component: 'bonus' }), []);
    assert.deepEqual(checkPlausibility(fact(50000, 50000, null)), []);
  });
});
