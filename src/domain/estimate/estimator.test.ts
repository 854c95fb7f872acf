import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { estimate, fitEstimator, type EstimateProfile } from './index.ts';
import { LEVEL_PREMIUM, syntheticRows } from '../../../test/helpers/synthetic-salaries.ts';

const rows = syntheticRows({ US: 1500, FR: 600, BE: 12 });
const model = fitEstimator(rows);

const profiles: EstimateProfile[] = [
  {
    rawTitle: 'Data Engineer',
    roleId: 'data-engineer',
    level: 'senior',
    country: 'FR',
    remote: 'onsite',
    companySize: 'medium',
    employment: 'employee',
  },
  {
    rawTitle: 'Data Analyst',
    roleId: 'data-analyst',
    level: 'junior',
    country: 'US',
    remote: 'remote',
    year: 2025,
  },
  { rawTitle: 'Prompt Whisperer', level: 'mid', country: 'BE' },
  { country: 'DE' },
  {},
];

describe('salary estimator', () => {
  it('fits the same model and gives the same estimates from the same rows', () => {
    const again = fitEstimator(syntheticRows({ US: 1500, FR: 600, BE: 12 }));
    assert.equal(JSON.stringify(again), JSON.stringify(model));
    for (const p of profiles) assert.deepEqual(estimate(again, p), estimate(model, p));
  });

  it('gives the same estimates from a model read back from JSON', () => {
    const restored = JSON.parse(JSON.stringify(model)) as typeof model;
    for (const p of profiles) assert.deepEqual(estimate(restored, p), estimate(model, p));
  });

  it('explains p50 with contributions that add up to it exactly', () => {
    for (const p of profiles) {
      const e = estimate(model, p);
      assert.equal(
        e.contributions.reduce((sum, c) => sum + c.value, 0),
        e.p50,
        JSON.stringify(p),
      );
      assert.equal(e.contributions[0]!.factor, 'base');
    }
  });

  it("starts from the named country's typical pay, not from every country's", () => {
    const fr = estimate(model, { country: 'FR' });
    const world = estimate(model, {});
    const base = (e: typeof fr) => e.contributions.find((c) => c.factor === 'base')!;
    // FR sits 0.2 below an average and US 0.4 above it: the French base is far below the mix.
    assert.ok(
      base(fr).value < base(world).value * 0.8,
      `${base(fr).value} vs ${base(world).value}`,
    );
    assert.match(base(fr).label, /all observations in FR/);
    assert.equal(world.contributions[0]!.label, 'base: all observations');
    // No "place" step when the employer is local: the country is in the base.
    const senior = estimate(model, profiles[0]!);
    assert.ok(!senior.contributions.some((c) => c.factor === 'place'));
    // An employer abroad is still a step of its own.
    const abroad = estimate(model, { ...profiles[0]!, companyCountry: 'US' });
    assert.ok(abroad.contributions.some((c) => c.factor === 'place'));
  });

  it('keeps the quantiles in order p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90', () => {
    for (const p of profiles) {
      const e = estimate(model, p);
      assert.ok(
        e.p10 < e.p25 && e.p25 <= e.p50 && e.p50 <= e.p75 && e.p75 < e.p90,
        JSON.stringify(e),
      );
    }
  });

  it('recovers the level premium of the data', () => {
    const senior = estimate(model, { ...profiles[0]!, level: 'senior' }).p50;
    const junior = estimate(model, { ...profiles[0]!, level: 'junior' }).p50;
    const expected = Math.exp(LEVEL_PREMIUM.senior! - LEVEL_PREMIUM.junior!);
    assert.ok(
      Math.abs(senior / junior / expected - 1) < 0.1,
      `senior/junior ${senior / junior} vs ${expected}`,
    );
  });

  it('widens the range for a country with 12 rows compared with one with 600', () => {
    const width = (country: string, year?: number) => {
      const e = estimate(model, { ...profiles[0]!, country, year });
      return e.p90 / e.p10;
    };
    assert.ok(width('BE') > width('FR'), `BE ${width('BE')} vs FR ${width('FR')}`);
    assert.ok(width('DE') > width('BE'), `unseen DE ${width('DE')} vs BE ${width('BE')}`);
    // A year ahead, a thin country's level may have moved: wider still.
    assert.ok(
      width('BE', 2025) > width('BE'),
      `BE next year ${width('BE', 2025)} vs ${width('BE')}`,
    );
  });

  it('counts a posted range (two half-weight ends) as one observation', () => {
    const halves = rows.flatMap((r) => [
      { ...r, value: r.value * 0.9, weight: 0.5 },
      { ...r, value: r.value * 1.1, weight: 0.5 },
    ]);
    const ranged = fitEstimator(halves);
    assert.equal(ranged.rows, 2 * rows.length);
    assert.equal(ranged.observations, rows.length);
    for (const p of profiles) {
      const [a, b] = [estimate(model, p), estimate(ranged, p)];
      assert.equal(b.fallback, a.fallback, JSON.stringify(p));
      assert.equal(b.observations, a.observations, JSON.stringify(p));
    }
  });

  it('names the fallback used when data is thin', () => {
    const full = estimate(model, profiles[0]!);
    assert.equal(full.fallback, 'title·level·country');
    assert.ok(full.observations >= 10);
    assert.equal(full.confidence, 'high');
    const unseenTitle = estimate(model, {
      rawTitle: 'Prompt Whisperer',
      level: 'mid',
      country: 'FR',
    });
    assert.equal(unseenTitle.fallback, 'level·country');
    assert.equal(
      estimate(model, { rawTitle: 'Prompt Whisperer', level: 'mid', country: 'BE' }).fallback,
      'country',
    );
    const nothing = estimate(model, {});
    assert.deepEqual(
      [nothing.fallback, nothing.observations, nothing.confidence],
      ['global', rows.length, 'low'],
    );
  });

  it('refuses a training row whose pay is not a positive number', () => {
    assert.throws(() => fitEstimator([{ ...rows[0]!, value: Number.NaN }]), {
      code: 'estimator-input',
      message: /row 1 has pay NaN/,
    });
    assert.throws(() => fitEstimator([]), { code: 'estimator-input' });
  });
});
