import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractSalaries, type ExtractOptions } from './index.ts';

const read = (text: string, options: ExtractOptions) =>
  extractSalaries(text, options).map((f) => [f.low, f.high, f.currency, f.period]);

describe('figures written without a currency, with the place’s currency known', () => {
  it('take it when labelled as pay', () => {
    const us = { lang: 'en', currency: 'USD' } as const;
    assert.deepEqual(read('Salary: 80k', us), [[80_000, 80_000, 'USD', 'year']]);
    assert.deepEqual(read('Compensation – 100k - 150k', us), [[100_000, 150_000, 'USD', 'year']]);
    assert.deepEqual(read('Salaire : 45-55k selon profil', { lang: 'fr', currency: 'EUR' }), [
      [45_000, 55_000, 'EUR', 'year'],
    ]);
    assert.deepEqual(read('Gehalt: 65.000 – 80.000 brutto', { lang: 'de', currency: 'EUR' }), [
      [65_000, 80_000, 'EUR', 'year'],
    ]);
  });

  it('take it in a pay field for a range or an amount in k, never for a count', () => {
    const field = { lang: 'en', currency: 'USD', payField: true } as const;
    assert.deepEqual(read('80k-120k', field), [[80_000, 120_000, 'USD', 'year']]);
    assert.deepEqual(read('140,000 - 180,000', field), [[140_000, 180_000, 'USD', 'year']]);
    assert.deepEqual(read('serve 100,000 - 250,000 customers', field), []);
    assert.deepEqual(read('a team of 50,000 - 90,000 employees', field), []);
    assert.deepEqual(read('401k match; $100,000', field), [[100_000, 100_000, 'USD', 'year']]);
  });

  it('are no pay without a pay label, and no currency is made up without a place', () => {
    const us = { lang: 'en', currency: 'USD' } as const;
    assert.deepEqual(read('The position involves 70,000 hours of work per year.', us), []);
    assert.deepEqual(read('We have 80,000 users and 120k followers.', us), []);
    assert.deepEqual(read('Salary: 80k', { lang: 'en' }), []);
  });

  it('tell which krona a bare "kr" is when the text names no place', () => {
    assert.deepEqual(read('Salary 45 000 kr per month.', { lang: 'en', currency: 'NOK' }), [
      [45_000, 45_000, 'NOK', 'month'],
    ]);
    assert.deepEqual(read('Salary 45 000 kr per month.', { lang: 'en' }), [
      [45_000, 45_000, 'SEK', 'month'],
    ]);
  });

  it('read Swiss digits as Swiss francs when no currency is written and no place given', () => {
    assert.deepEqual(read("Lohn: 120'000 brutto pro Jahr", { lang: 'de' }), [
      [120_000, 120_000, 'CHF', 'year'],
    ]);
    assert.deepEqual(read('Salaire : 95’000 brut par an', { lang: 'fr' }), [
      [95_000, 95_000, 'CHF', 'year'],
    ]);
    // the text's own currency, or the posting's place, comes first
    assert.deepEqual(read("Salaire : 95'000 € brut par an", { lang: 'fr' }), [
      [95_000, 95_000, 'EUR', 'year'],
    ]);
    assert.deepEqual(read('Salaire : 45 000 brut par an', { lang: 'fr' }), [
      [45_000, 45_000, 'EUR', 'year'],
    ]);
  });
});
