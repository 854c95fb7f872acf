import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roundMoney } from './round-money.ts';

describe('money at the API edge', () => {
  it('rounds money to cents wherever it sits, and leaves rates and counts alone', () => {
    assert.deepEqual(
      roundMoney({
        count: 32,
        percentiles: { p50: 52025.123456, p90: 74582.40000000001 },
        countries: [{ nominal: 1.005e5 + 0.0049, trace: [{ rate: 1.08421234 }] }],
        confidence: 'high',
      }),
      {
        count: 32,
        percentiles: { p50: 52025.12, p90: 74582.4 },
        countries: [{ nominal: 100500, trace: [{ rate: 1.08421234 }] }],
        confidence: 'high',
      },
    );
  });
});
