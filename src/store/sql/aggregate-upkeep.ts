/** Keeps the derived statistics tables (queries/stats-aggregates.ts) up to date with each insert
 * at a cost that does not grow with what is stored (docs/decisions/2026-12-01-ingest-scale.md):
 * - the rows an insert added are aggregated alone: the sample gets those it samples, the cube
 *   one more row per group they touch;
 * - a source's cube rows are merged back into one row per group once the rows appended since
 *   its last merge outnumber the rows that merge left (so merging costs a constant per
 *   appended row);
 * - DuckDB: the sample is rewritten in LAYOUT_ORDER once its unsorted tail reaches half its
 *   sorted part (and at least a row group), for the zone maps of the percentile reads.
 * An insert that skipped part of its rows (stored already) rebuilds its sources from the
 * observations instead, as before: its staged rows are not exactly what it added.
 * The counters are this process's: another process's appends are merged by its own counters,
 * and a merge merges every row of the source, whoever appended it. */
import {
  CUBE_COLUMNS,
  SORT_OBSERVATIONS_SAMPLE,
  appendStatsAggregates,
  compactStatsCube,
  refreshStatsAggregates,
  sampled,
} from '../queries/stats-aggregates.ts';
import type { BulkInsert, Row, SqlTransaction, Value } from './driver.ts';

export interface AggregateLimits {
  /** Cube rows a source may gain before its first merge in this process (default 4 096). */
  readonly minCubeAppends?: number;
  /** Unsorted sample rows DuckDB lets pile up at least (default 122 880, its row group: below
   * it the order of the sample does not help its zone maps). */
  readonly minSampleTail?: number;
}
/** Serialises merges of the cube between processes sharing a PostgreSQL database. */
const CUBE_MERGE_LOCK = 'SELECT pg_try_advisory_xact_lock(4242021) AS locked';

const countOf = (rows: readonly Row[]): number => Number(rows[0]?.n ?? 0);

export class AggregateUpkeep {
  /** Per source: cube rows appended since its last merge here, and rows that merge left. */
  private readonly cube = new Map<string, { appended: number; merged: number }>();
  private sampleTail = 0;
  private sampleSorted = 0;
  private readonly group: readonly number[];
  private readonly at: { id: number; source: number; value: number };

  private readonly minCubeAppends: number;
  private readonly minSampleTail: number;

  constructor(
    private readonly dialect: 'duckdb' | 'postgres',
    spec: BulkInsert,
    limits: AggregateLimits = {},
  ) {
    this.minCubeAppends = limits.minCubeAppends ?? 4_096;
    this.minSampleTail = limits.minSampleTail ?? 122_880;
    const index = (name: string) => spec.columns.findIndex(([c]) => c === name);
    this.group = CUBE_COLUMNS.map(index);
    this.at = { id: index('id'), source: index('source_id'), value: index('value_year_eur') };
  }

  /** Inserts `rows` into observations (`spec`) and brings the derived tables up to date, in
   * transaction `tx`; returns how many rows were new. */
  async insert(tx: SqlTransaction, spec: BulkInsert, rows: readonly Value[][]): Promise<number> {
    const r = await tx.stageInsert(spec, rows);
    if (r.inserted > 0 && r.inserted === r.staged) {
      for (const sql of appendStatsAggregates(r.table)) await tx.run(sql);
      await tx.run(`DROP TABLE ${r.table}`);
      await this.count(tx, rows);
    } else {
      await tx.run(`DROP TABLE ${r.table}`);
      if (r.inserted > 0) {
        const sources = [...new Set(rows.map((v) => v[this.at.source] as string))];
        for (const sql of refreshStatsAggregates(sources)) await tx.run(sql);
        for (const s of sources) this.cube.delete(s);
      }
    }
    return r.inserted;
  }

  /** Counts what `rows` (all added) appended, and merges or sorts what is due. */
  private async count(tx: SqlTransaction, rows: readonly Value[][]): Promise<void> {
    const groups = new Map<string, Set<string>>();
    for (const v of rows) {
      const value = v[this.at.value];
      if (typeof value !== 'number' || !(value > 0)) continue;
      if (sampled(v[this.at.id] as string)) this.sampleTail += 1;
      const source = v[this.at.source] as string;
      const set = groups.get(source) ?? new Set<string>();
      set.add(this.group.map((i) => String(v[i])).join('\u0000'));
      groups.set(source, set);
    }
    for (const [source, set] of groups) {
      const c = this.cube.get(source) ?? { appended: 0, merged: 0 };
      c.appended += set.size;
      this.cube.set(source, c);
      if (c.appended >= Math.max(this.minCubeAppends, c.merged)) await this.merge(tx, source, c);
    }
    if (
      this.dialect === 'duckdb' &&
      this.sampleTail >= Math.max(this.minSampleTail, this.sampleSorted / 2)
    ) {
      let n = 0;
      for (const sql of SORT_OBSERVATIONS_SAMPLE) n = countOf(await tx.run(sql)) || n;
      this.sampleSorted = n;
      this.sampleTail = 0;
    }
  }

  private async merge(
    tx: SqlTransaction,
    source: string,
    c: { appended: number; merged: number },
  ): Promise<void> {
    // Another process merging the cube now: its merge covers these rows, or the next will.
    if (this.dialect === 'postgres' && (await tx.run(CUBE_MERGE_LOCK))[0]?.locked !== true) return;
    let n = 0;
    for (const { sql, params } of compactStatsCube(source, this.dialect))
      n = countOf(await tx.run(sql, params)) || n;
    c.merged = n;
    c.appended = 0;
  }
}
