import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertAmount, type ConvertInput } from './convert-amount.ts';
import { statedRateFrom } from './currency-step.ts';
import { TEST_TABLES } from '../../test/helpers/normalize-tables.ts';

const base: ConvertInput = {
  amount: 4710,
  currency: 'EUR',
  period: 'month',
  basis: 'gross',
  date: '2024-07-01',
};

function value(input: Partial<ConvertInput>): number {
  const r = convertAmount({ ...base, ...input }, TEST_TABLES);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.value;
}

function failure(input: Partial<ConvertInput>) {
  const r = convertAmount({ ...base, ...input }, TEST_TABLES);
  assert.ok(!r.ok, 'expected a failure');
  return r;
}

describe('convertAmount: currency and period', () => {
  it('reads 4 710 € a month as 56 520 € a year (12 payments)', () => {
    assert.equal(value({ toPeriod: 'year' }), 56520);
  });

  it('reads 56 520 € a year as 4 710 € a month and back', () => {
    assert.equal(value({ amount: 56520, period: 'year', toPeriod: 'month' }), 4710);
  });

  it('spreads a yearly salary "sur 13 mois" over 13 payments', () => {
    assert.equal(
      value({ amount: 65000, period: 'year', toPeriod: 'month', monthsPerYear: 13 }),
      5000,
    );
  });

  it('uses 218 days for a French daily rate and 1 607 h for an hourly one', () => {
    assert.equal(value({ amount: 500, period: 'day', toPeriod: 'year' }), 109000);
    assert.equal(value({ amount: 20, period: 'hour', toPeriod: 'year' }), 32140);
  });

  it('converts CHF to EUR at the ECB rate of the date and records it', () => {
    const r = convertAmount(
      { ...base, amount: 9170, currency: 'CHF', toCurrency: 'EUR', country: 'CH' },
      TEST_TABLES,
    );
    assert.ok(r.ok);
    assert.ok(Math.abs(r.value - 9170 / 0.9689) < 1e-9);
    const step = r.trace[0];
    assert.equal(step?.kind, 'currency');
    assert.ok(step?.kind === 'currency' && step.rateDate === '2024-07-01' && step.origin === 'ecb');
  });

  it('takes the nearest earlier business day on a weekend and when a rate is missing', () => {
    const sunday = convertAmount(
      { ...base, currency: 'CHF', toCurrency: 'EUR', date: '2024-06-30' },
      TEST_TABLES,
    );
    assert.ok(
      sunday.ok &&
        sunday.trace[0]?.kind === 'currency' &&
        sunday.trace[0].rateDate === '2024-06-28',
    );
    const cad = convertAmount({ ...base, currency: 'CAD', toCurrency: 'EUR' }, TEST_TABLES);
    assert.ok(
      cad.ok && cad.trace[0]?.kind === 'currency' && cad.trace[0].rateDate === '2024-06-28',
    );
  });

  it('crosses CHF to USD through EUR in two traced legs', () => {
    const r = convertAmount(
      { ...base, amount: 1000, currency: 'CHF', toCurrency: 'USD' },
      TEST_TABLES,
    );
    assert.ok(r.ok);
    assert.equal(r.trace.length, 2);
    assert.ok(Math.abs(r.value - (1000 / 0.9689) * 1.0746) < 1e-9);
  });

  it('uses the rate a text states for a currency the ECB lacks, and says so', () => {
    const r = convertAmount(
      {
        ...base,
        amount: 12510,
        currency: 'MAD',
        toCurrency: 'EUR',
        statedRate: statedRateFrom(12510, 1165),
      },
      TEST_TABLES,
    );
    assert.ok(r.ok);
    assert.ok(Math.abs(r.value - 1165) < 1e-9);
    assert.ok(r.trace[0]?.kind === 'currency' && r.trace[0].origin === 'stated-by-source');
  });

  it('marks a date after the last bundled rate as stale', () => {
    const r = convertAmount(
      { ...base, currency: 'CHF', toCurrency: 'EUR', date: '2026-03-02' },
      TEST_TABLES,
    );
    assert.ok(r.ok && r.trace[0]?.kind === 'currency' && r.trace[0].stale);
  });
});

describe('convertAmount: bad input is a value naming it', () => {
  it('rejects a negative amount', () => {
    assert.match(failure({ amount: -5 }).message, /amount -5 is negative/);
  });

  it('rejects NaN and Infinity', () => {
    assert.equal(failure({ amount: Number.NaN }).reason, 'invalid-amount');
    assert.match(failure({ amount: Number.NaN }).message, /"NaN" is not a number/);
    assert.equal(failure({ amount: Number.POSITIVE_INFINITY }).reason, 'invalid-amount');
  });

  it('names an unknown currency and the expected form', () => {
    const f = failure({ currency: 'EURO' });
    assert.equal(f.message, 'unknown currency "EURO" (expected an ISO 4217 code such as EUR)');
    assert.equal(failure({ currency: 'XYZ', toCurrency: 'EUR' }).reason, 'unknown-currency');
  });

  it('says which rate is missing for a real currency the ECB lacks', () => {
    const f = failure({ currency: 'MAD', toCurrency: 'EUR' });
    assert.equal(f.reason, 'no-rate');
    assert.match(f.message, /MAD/);
  });

  it('names an unknown period and basis', () => {
    assert.match(failure({ period: 'lune' }).message, /unknown period "lune"/);
    assert.match(failure({ toBasis: 'brutish' }).message, /unknown basis "brutish"/);
  });

  it('rejects a date before 1999 and a date that does not exist', () => {
    assert.match(
      failure({ date: '1998-12-31' }).message,
      /1998-12-31 is before the first ECB reference rate/,
    );
    assert.equal(failure({ date: '2024-02-30' }).reason, 'invalid-date');
  });

  it('rejects a month count outside 12–16', () => {
    assert.equal(failure({ monthsPerYear: 11 }).reason, 'invalid-months');
  });

  it('answers "not available" for net outside France, never a guess', () => {
    const f = failure({ country: 'CH', currency: 'CHF', toBasis: 'net' });
    assert.equal(f.reason, 'net-not-available');
  });
});
