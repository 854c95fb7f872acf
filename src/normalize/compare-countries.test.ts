import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PppTable } from '../domain/ppp.ts';
import { compareCountries } from './compare-countries.ts';
import { TEST_TABLES } from '../../test/helpers/normalize-tables.ts';

// World Bank PA.NUS.PPP, 2024 (LCU per international $).
const PPP: PppTable = {
  source: 'World Bank ICP (test copy)',
  byCountry: new Map([
    ['FR', new Map([[2024, 0.681239]])],
    ['CH', new Map([[2024, 0.948875]])],
    [
      'LU',
      new Map([
        [2023, 0.83],
        [2024, 0.815579],
      ]),
    ],
  ]),
  currencyOf: new Map([
    ['FR', 'EUR'],
    ['CH', 'CHF'],
    ['LU', 'EUR'],
    ['MA', 'MAD'],
  ]),
};
const tables = { ...TEST_TABLES, ppp: PPP };

describe('compareCountries', () => {
  it('puts 9 170 CHF in Switzerland and 5 100 € in Luxembourg side by side, nominal and in French purchasing power', () => {
    const r = compareCountries(
      {
        items: [
          { country: 'CH', amount: 9170, currency: 'CHF' },
          { country: 'LU', amount: 5100, currency: 'EUR' },
        ],
        period: 'month',
        date: '2024-07-01',
      },
      tables,
    );
    assert.ok(r.ok, r.ok ? '' : r.message);
    const [ch, lu] = r.items;
    assert.ok(ch && lu);
    assert.ok(Math.abs(ch.nominal - 9170 / 0.9689) < 1e-6);
    assert.ok(Math.abs((ch.pppAdjusted ?? 0) - (9170 / 0.948875) * 0.681239) < 1e-6);
    assert.ok(Math.abs((lu.pppAdjusted ?? 0) - (5100 / 0.815579) * 0.681239) < 1e-6);
    assert.ok(ch.trace.some((s) => s.kind === 'ppp' && s.country === 'CH' && s.year === 2024));
  });

  it('uses the latest PPP year before the date when the year is not yet published', () => {
    const r = compareCountries(
      {
        items: [{ country: 'LU', amount: 100, currency: 'EUR' }],
        period: 'year',
        date: '2026-02-02',
      },
      tables,
    );
    assert.ok(r.ok);
    assert.ok(r.items[0]?.trace.some((s) => s.kind === 'ppp' && s.year === 2024));
  });

  it('restates an amount in the country currency before applying its PPP factor', () => {
    const r = compareCountries(
      {
        items: [{ country: 'CH', amount: 1000, currency: 'EUR' }],
        period: 'year',
        date: '2024-07-01',
      },
      tables,
    );
    assert.ok(r.ok);
    assert.ok(
      Math.abs((r.items[0]?.pppAdjusted ?? 0) - ((1000 * 0.9689) / 0.948875) * 0.681239) < 1e-6,
    );
  });

  it('says "no PPP" for a country without a factor instead of guessing', () => {
    const r = compareCountries(
      {
        items: [
          { country: 'MA', amount: 12510, currency: 'MAD', statedRate: { perEur: 12510 / 1165 } },
        ],
        period: 'month',
        date: '2024-07-01',
      },
      tables,
    );
    assert.ok(r.ok);
    assert.equal(r.items[0]?.pppAdjusted, null);
    assert.match(r.items[0]?.pppUnavailable ?? '', /"MA"/);
  });

  it('keeps the nominal figure of a euro amount whose PPP currency has no exchange rate', () => {
    // MA with a PPP factor (illustrative) in MAD, which the ECB table does not rate.
    const byCountry = new Map([...PPP.byCountry, ['MA', new Map([[2024, 4.5]])]]);
    const r = compareCountries(
      {
        items: [
          { country: 'FR', amount: 40_000, currency: 'EUR' },
          { country: 'MA', amount: 30_000, currency: 'EUR' },
        ],
        period: 'year',
        date: '2024-07-01',
      },
      { ...tables, ppp: { ...PPP, byCountry } },
    );
    assert.ok(r.ok, r.ok ? '' : r.message);
    const [fr, ma] = r.items;
    assert.ok(fr?.pppAdjusted);
    assert.equal(ma?.nominal, 30_000);
    assert.equal(ma?.pppAdjusted, null);
    assert.match(ma?.pppUnavailable ?? '', /^MA: .*MAD/);
  });

  it('names the item whose currency is unknown', () => {
    const r = compareCountries(
      {
        items: [{ country: 'CH', amount: 1, currency: 'FRANC' }],
        period: 'month',
        date: '2024-07-01',
      },
      tables,
    );
    assert.ok(!r.ok && /CH: unknown currency "FRANC"/.test(r.message));
  });
});
