import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadGrossNetCurves } from '../reference/gross-net-curves.ts';
import { DEFAULT_BILLABLE_DAYS, freelanceIncome, tjmForSalary } from './freelance.ts';

// The bundled curves (data/gross-net, part of the repository).
const tables = loadGrossNetCurves();

describe('freelanceIncome', () => {
  it('reads TJM 700 € × 200 days as a SASU as 140 000 € revenue and about 79 446 € net', () => {
    const r = freelanceIncome({ tjm: 700, days: 200, status: 'sasu' }, tables);
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.equal(r.revenue, 140000);
    // modele-social 11.1.0, rules of 2026-01-01, direct evaluation: 79 446.01 €.
    assert.ok(Math.abs(r.net / 79446.01 - 1) < 0.01, `net ${r.net}`);
    assert.ok(r.employeeGrossEquivalent > r.net, 'a gross salary is above its net');
    assert.deepEqual(
      r.trace.map((s) => (s.kind === 'freelance' ? s.step : s.kind)),
      ['revenue', 'net', 'basis'],
    );
  });

  it(`bills ${DEFAULT_BILLABLE_DAYS} days when none are given, and says so`, () => {
    const r = freelanceIncome({ tjm: 300, status: 'micro' }, tables);
    assert.ok(r.ok);
    assert.equal(r.days, DEFAULT_BILLABLE_DAYS);
    assert.ok(r.trace[0]?.kind === 'freelance' && r.trace[0].description.includes('(default)'));
  });

  it('refuses a micro-entreprise above its revenue ceiling, naming the revenue and the ceiling', () => {
    const r = freelanceIncome({ tjm: 700, days: 200, status: 'micro' }, tables);
    assert.ok(!r.ok);
    assert.equal(r.reason, 'above-ceiling');
    assert.match(r.message, /140000 € a year is above the micro-entreprise ceiling of \d+ €/);
  });

  it('names a bad TJM, day count or status', () => {
    const tjm = freelanceIncome({ tjm: -1, status: 'ei' }, tables);
    assert.ok(!tjm.ok && /tjm -1 is negative/.test(tjm.message));
    const days = freelanceIncome({ tjm: 500, days: 400, status: 'ei' }, tables);
    assert.ok(!days.ok && days.reason === 'invalid-days');
    const status = freelanceIncome({ tjm: 500, status: 'portage' }, tables);
    assert.ok(!status.ok && /status "portage"/.test(status.message));
  });
});

describe('tjmForSalary', () => {
  it('finds the TJM whose net matches a salary, and going back gives the salary', () => {
    const r = tjmForSalary({ grossYearly: 56520, status: 'sasu', days: 200 }, tables);
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.deepEqual(
      r.trace.map((s) => (s.kind === 'freelance' ? s.step : s.kind)),
      ['basis', 'revenue-for-net', 'tjm'],
    );
    const back = freelanceIncome({ tjm: r.tjm, days: 200, status: 'sasu' }, tables);
    assert.ok(back.ok);
    assert.ok(
      Math.abs(back.employeeGrossEquivalent / 56520 - 1) < 0.001,
      `${back.employeeGrossEquivalent}`,
    );
  });

  it('says when the net of a salary needs a micro-entreprise above its ceiling', () => {
    const r = tjmForSalary({ grossYearly: 150000, status: 'micro' }, tables);
    assert.ok(!r.ok && r.reason === 'above-ceiling');
  });
});
