import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryName, formatDate, formatMoney, formatMoneyShort } from './format.ts';

describe('money formatting', () => {
  it('writes a French yearly salary with narrow no-break spaces and the euro sign after', () => {
    assert.equal(formatMoney(56520, 'EUR', 'fr'), '56\u202f520\u00a0€');
  });

  it('writes English amounts with the symbol first and comma groups', () => {
    assert.equal(formatMoney(83000, 'USD', 'en'), '$83,000');
    assert.equal(formatMoney(56520, 'EUR', 'en'), '€56,520');
  });

  it('keeps cents for small amounts such as hourly rates', () => {
    assert.equal(formatMoney(35.5, 'EUR', 'fr'), '35,50\u00a0€');
  });

  it('shortens large amounts for dense tables', () => {
    assert.match(formatMoneyShort(144253, 'EUR', 'fr'), /^144[\u00a0\u202f]k[\u00a0\u202f]?€$/);
    assert.equal(formatMoneyShort(144253, 'EUR', 'en'), '€144K');
  });

  it('names dates and countries in the reader’s language', () => {
    assert.equal(formatDate('2025-07-01', 'en'), 'Jul 1, 2025');
    assert.equal(countryName('FR', 'fr'), 'France');
    assert.equal(countryName('de', 'en'), 'Germany');
  });
});
