import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMoneyAmounts, findNumbers } from './index.ts';

const read = (text: string) => findMoneyAmounts(text).map((a) => [a.low, a.high, a.currency]);

describe('numbers and currencies', () => {
  it('reads thousands groups with spaces, dots, commas and apostrophes', () => {
    assert.deepEqual(read('4 710 €'), [[4710, 4710, 'EUR']]);
    assert.deepEqual(read('55.000 €'), [[55000, 55000, 'EUR']]);
    assert.deepEqual(read('$95,000'), [[95000, 95000, 'USD']]);
    assert.deepEqual(read("CHF 120'000"), [[120000, 120000, 'CHF']]);
    assert.deepEqual(read('45 000,00 €'), [[45000, 45000, 'EUR']]);
    assert.deepEqual(read('1.234,56 €'), [[1234.56, 1234.56, 'EUR']]);
  });

  it('reads k, K and M multipliers, shared by both ends of a range', () => {
    assert.deepEqual(read('40 à 50 k€'), [[40000, 50000, 'EUR']]);
    assert.deepEqual(read('$83K-$130K'), [[83000, 130000, 'USD']]);
    assert.deepEqual(read('1,2 M€'), [[1200000, 1200000, 'EUR']]);
  });

  it('reads currencies before or after, as symbols, codes and words', () => {
    assert.deepEqual(read('12 510 dirhams'), [[12510, 12510, 'MAD']]);
    assert.deepEqual(read('80 000 $ CA'), [[80000, 80000, 'CAD']]);
    assert.deepEqual(read('C$ 80 000'), [[80000, 80000, 'CAD']]);
    assert.deepEqual(read('US$12.99'), [[12.99, 12.99, 'USD']]);
    assert.deepEqual(read('£500-£600'), [[500, 600, 'GBP']]);
  });

  it('reads numbers written in words', () => {
    assert.deepEqual(read('cinquante mille euros'), [[50000, 50000, 'EUR']]);
    assert.deepEqual(read('quatre-vingt-dix euros'), [[90, 90, 'EUR']]);
    assert.deepEqual(read('twenty thousand dollars'), [[20000, 20000, 'USD']]);
  });

  it('does not read codes, degrees, percentages or years as amounts', () => {
    assert.deepEqual(read('ROME M1802, Bac+5, 30 %, en 2024'), []);
    assert.deepEqual(
      findNumbers('en 2024').map((n) => n.currency),
      [null],
    );
  });
});
