import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { quantileSorted } from '../../domain/index.ts';
import { describeStoreContract } from '../store-contract.ts';
import { makeObservation, makeSource } from '../testing/fixtures.ts';
import { openDuckDbStore } from './duckdb-store.ts';

describeStoreContract('DuckDB in memory', () => openDuckDbStore(':memory:'));

describe('DuckDB store file', () => {
  it('keeps what was stored across a close and a reopen, and migrates only once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fourchette-'));
    try {
      const path = join(dir, 'store.duckdb');
      const first = await openDuckDbStore(path);
      await first.upsertSources([makeSource()]);
      await first.insertObservations([makeObservation({ id: 'kept' })]);
      await first.close();
      const second = await openDuckDbStore(path);
      assert.equal(await second.countObservations(), 1);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('DuckDB statistics of large groups', () => {
  it('count exactly and read percentiles off the fixed sample, close to the exact ones', async () => {
    const store = await openDuckDbStore(':memory:', { largeGroup: 1000 });
    try {
      await store.upsertSources([makeSource()]);
      let s = 11;
      const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
      const values = Array.from({ length: 20_000 }, () =>
        Math.round(
          Math.exp(
            10.8 + 0.4 * Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next()),
          ),
        ),
      );
      await store.insertObservations(
        values.map((v, i) =>
          makeObservation({ id: `big-${i}-${v}`, low: v, high: v, valueYearEur: v }),
        ),
      );
      const q = await store.quantiles(
        { role: 'ml-engineer' },
        { currency: 'EUR', periodsPerYear: 1, minGroupSize: 5 },
      );
      const sorted = [...values].sort((a, b) => a - b);
      assert.equal(q.count, 20_000);
      assert.equal(q.min, sorted[0]);
      assert.equal(q.max, sorted.at(-1));
      [0.1, 0.25, 0.5, 0.75, 0.9].forEach((p, i) => {
        const exact = quantileSorted(sorted, p);
        const got = q.quantiles?.[i] ?? Number.NaN;
        assert.ok(Math.abs(got - exact) / exact < 0.05, `p${p * 100}: ${got} vs exact ${exact}`);
      });
    } finally {
      await store.close();
    }
  });
});

describe('DuckDB reads after writes', () => {
  it('return the new text values on every read connection, not those of a statement prepared before', async () => {
    const store = await openDuckDbStore(':memory:', { readers: 2 });
    try {
      for (let i = 0; i < 4; i += 1) assert.deepEqual(await store.listSources(), []);
      await store.upsertSources([
        makeSource({ id: 'aijobs', title: 'AI salaries' }),
        makeSource({ id: 'article-1', title: 'An article' }),
      ]);
      await store.insertObservations([
        makeObservation({
          id: 'o1',
          provenance: { ...makeObservation().provenance, sourceId: 'aijobs' },
        }),
      ]);
      for (let i = 0; i < 4; i += 1) {
        const sources = await store.listSources();
        assert.deepEqual(
          sources.map((s) => [s.id, s.title]),
          [
            ['aijobs', 'AI salaries'],
            ['article-1', 'An article'],
          ],
        );
      }
    } finally {
      await store.close();
    }
  });
});
