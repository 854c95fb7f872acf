/** What every store adapter must keep true of its derived statistics tables
 * (queries/stats-aggregates.ts, sql/aggregate-upkeep.ts): after any sequence of inserts, the
 * cube, grouped, and the sample hold what a full recompute from the observations gives. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AggregateLimits } from './sql/aggregate-upkeep.ts';
import type { SalaryStore, StoredObservation } from './port.ts';
import { CUBE_COLUMNS, SAMPLE_CONDITION } from './queries/stats-aggregates.ts';
import { makeObservation, makeSource } from './testing/fixtures.ts';

export interface AggregatesTestStore {
  readonly store: SalaryStore;
  /** Rows of a read statement on the store's database. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

const cols = CUBE_COLUMNS.join(', ');
const order = `ORDER BY ${CUBE_COLUMNS.map((c) => `${c} NULLS FIRST`).join(', ')}`;
const days = `CAST(min(first_on) AS VARCHAR) AS first_on, CAST(max(last_on) AS VARCHAR) AS last_on`;
const GROUPED_CUBE = `SELECT ${cols}, CAST(sum(n) AS INTEGER) AS n, min(lo) AS lo, max(hi) AS hi, ${days}
  FROM stats_cube GROUP BY ${cols} ${order}`;
const RECOMPUTED_CUBE = `SELECT ${cols}, CAST(count(*) AS INTEGER) AS n, min(value_year_eur) AS lo,
  max(value_year_eur) AS hi, CAST(min(observed_on) AS VARCHAR) AS first_on,
  CAST(max(observed_on) AS VARCHAR) AS last_on
  FROM observations WHERE value_year_eur > 0 GROUP BY ${cols} ${order}`;
const SAMPLE_IDS = 'SELECT id FROM observations_sample ORDER BY id';
const SAMPLED_IDS = `SELECT o.id FROM observations o WHERE o.value_year_eur > 0 AND ${SAMPLE_CONDITION} ORDER BY o.id`;
const CUBE_ROWS = 'SELECT CAST(count(*) AS INTEGER) AS n FROM stats_cube';

/** Base64url-like ids, so that a sixteenth of them fall in the sample. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export function describeAggregatesContract(
  name: string,
  open: (limits: AggregateLimits) => Promise<AggregatesTestStore>,
): void {
  describe(`statistics tables kept up to date: ${name}`, () => {
    let t: AggregatesTestStore;
    before(async () => {
      t = await open({ minCubeAppends: 6, minSampleTail: 4 });
    });
    after(async () => t.close());

    it('hold after every insert of a random feed what a full recompute gives', async () => {
      const r = rng(12);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
      const sources = ['feed-a', 'feed-b', 'feed-c'];
      await t.store.upsertSources(sources.map((id) => makeSource({ id })));
      const sent: StoredObservation[] = [];
      let merged = false;
      for (let batch = 0; batch < 24; batch += 1) {
        const fresh = Array.from({ length: 1 + Math.floor(r() * 40) }, () => {
          const id = Array.from({ length: 12 }, () => pick([...ALPHABET])).join('');
          const low = 30_000 + Math.floor(r() * 40) * 1000;
          const sourceId = pick(sources);
          return makeObservation({
            id,
            low,
            high: low + pick([0, 5000, 10_000]),
            roleId: pick(['data-scientist', 'ml-engineer', 'data-engineer']),
            level: pick(['junior', 'mid', 'senior', null]),
            remote: pick(['hybrid', 'remote', null]),
            city: pick(['Paris', 'Lyon', null]),
            observedOn: `${pick(['2024', '2025'])}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
            provenance: {
              sourceId,
              kind: 'dataset',
              location: `row ${id}`,
              evidence: [],
              ingestedAt: '2026-12-01T10:00:00.000Z',
            },
          });
        });
        // Some batches send rows stored already, alone or among new ones (a resumed ingest).
        const again = batch % 5 === 4 ? sent.slice(0, 7) : [];
        const rows = batch % 10 === 9 ? again : [...again, ...fresh];
        const added = await t.store.insertObservations(rows);
        assert.equal(added.inserted, rows.length - again.length);
        if (rows !== again) sent.push(...fresh);
        assert.deepEqual(await t.query(GROUPED_CUBE), await t.query(RECOMPUTED_CUBE));
        assert.deepEqual(await t.query(SAMPLE_IDS), await t.query(SAMPLED_IDS));
        const [grouped] = await t.query(`SELECT count(*) AS n FROM (${GROUPED_CUBE}) g`);
        const [rowsNow] = await t.query(CUBE_ROWS);
        if (Number(rowsNow?.n) < Number(grouped?.n) + batch) merged = true;
      }
      assert.ok(sent.length > 200, `${sent.length} observations sent`);
      assert.ok(merged, 'the cube was merged back into one row per group along the way');
    });
  });
}
