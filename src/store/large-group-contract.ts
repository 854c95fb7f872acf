/**
 * What both stores must do with large groups (quantiles-plan.ts): count them exactly from the
 * cube, read percentiles off the fixed sample close to the exact ones, stay exact for small
 * groups, and keep the derived tables right when a second batch lands. `open(largeGroup)` opens
 * an empty store whose sample threshold is lowered to `largeGroup` observations.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantileSorted } from '../domain/index.ts';
import type { SalaryStore } from './port.ts';
import { makeObservation, makeSource } from './testing/fixtures.ts';

/** 20 000 seeded log-normal yearly salaries (median ≈ 49 000). */
function logNormalValues(count: number): number[] {
  let s = 11;
  const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Math.round(
      Math.exp(
        10.8 + 0.4 * Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next()),
      ),
    ),
  );
}

export function describeLargeGroupContract(
  name: string,
  open: (largeGroup: number) => Promise<SalaryStore>,
): void {
  describe(`statistics of large groups: ${name}`, () => {
    it('count exactly and read percentiles off the fixed sample, close to the exact ones', async () => {
      const store = await open(1000);
      try {
        await store.upsertSources([makeSource()]);
        const values = logNormalValues(20_000);
        // Two batches: the derived tables must follow the second one too.
        const observations = values.map((v, i) =>
          makeObservation({ id: `big-${i}-${v}`, low: v, high: v, valueYearEur: v }),
        );
        await store.insertObservations(observations.slice(0, 5_000));
        await store.insertObservations(observations.slice(5_000));
        const options = { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 };
        const q = await store.quantiles({ role: 'ml-engineer' }, options);
        const sorted = [...values].sort((a, b) => a - b);
        assert.equal(q.method, 'sample');
        assert.equal(q.count, 20_000);
        assert.equal(q.sources, 1);
        assert.equal(q.min, sorted[0]);
        assert.equal(q.max, sorted.at(-1));
        [0.1, 0.25, 0.5, 0.75, 0.9].forEach((p, i) => {
          const exact = quantileSorted(sorted, p);
          const got = q.quantiles?.[i] ?? Number.NaN;
          assert.ok(Math.abs(got - exact) / exact < 0.05, `p${p * 100}: ${got} vs exact ${exact}`);
        });

        const few = values.slice(0, 800);
        await store.insertObservations(
          few.map((v, i) =>
            makeObservation({
              id: `few-${i}`,
              low: v,
              high: v,
              valueYearEur: v,
              roleId: 'data-analyst',
            }),
          ),
        );
        const small = await store.quantiles({ role: 'data-analyst' }, options);
        const fewSorted = [...few].sort((a, b) => a - b);
        assert.equal(small.method, 'exact');
        assert.equal(small.count, 800);
        assert.deepEqual(
          small.quantiles?.map((v) => Math.round(v * 1e6) / 1e6),
          [0.1, 0.25, 0.5, 0.75, 0.9].map(
            (p) => Math.round(quantileSorted(fewSorted, p) * 1e6) / 1e6,
          ),
        );
      } finally {
        await store.close();
      }
    });
  });
}
