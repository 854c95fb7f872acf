/**
 * The statistics cube and every observation's yearly EUR value, held in memory per store so
 * that a cold /api/stats pays DuckDB or PostgreSQL nothing for its most common answers
 * (docs/decisions/2026-12-01-serving.md, addendum "statistics index"):
 * - the cube (stats_cube: one cell per combination of the filter columns and source) as
 *   dictionary-coded columns, which give a filter's size, sources, min, max and dates (what
 *   cubeSummaryQuery asks of the database) by one pass over its cells;
 * - the values of each cell, sorted, in one Float64Array: a small group's exact type-7
 *   quantiles (what salaryQuantilesOnlyQuery asks, quantile_cont / percentile_cont) by selection
 *   over its cells' values, and a larger group's fine histogram (salaryHistogramQuery: bucket
 *   floor(ln(v) × 400)) by one pass over them;
 * - the values of the fixed 1-in-16 sample (observations_sample) per cell, whose histogram
 *   gives the percentiles of the largest groups.
 * The store builds it from three reads (cells, values and sample values with their cell) and
 * drops it on every
 * write and every invalidation message; figures are the SQL path's (compared by
 * stats-index.test.ts on both databases). Filters naming a city are not answered (the cube has
 * no city).
 */
import {
  HISTOGRAM_BUCKETS_PER_LN,
  QUANTILE_LEVELS,
  type HistogramBucket,
  type StatsFilter,
} from '../domain/index.ts';
import { EQUALITY_COLUMNS, filterClause } from './queries/filter-clause.ts';
import { CUBE_COLUMNS } from './queries/stats-aggregates.ts';

type Row = Record<string, unknown>;
type CubeColumn = (typeof CUBE_COLUMNS)[number];

/** The text columns of the cube (all but year), dictionary-coded. */
const TEXT_COLUMNS = CUBE_COLUMNS.filter((c) => c !== 'year');
type TextColumn = Exclude<CubeColumn, 'year'>;

const ORDER = CUBE_COLUMNS.map((c) => `${c} NULLS LAST`).join(', ');

/** The cube grouped: an insert appends its own rows for the groups it touches and merges come
 * later (sql/aggregate-upkeep.ts), so one group may have several rows; a cell is one group. */
const GROUPED_CUBE = `(SELECT ${CUBE_COLUMNS.join(', ')}, CAST(sum(n) AS INTEGER) AS n, min(lo) AS lo,
  max(hi) AS hi, min(first_on) AS first_on, max(last_on) AS last_on
FROM stats_cube GROUP BY ${CUBE_COLUMNS.join(', ')}) g`;

/** The cube's cells, numbered (0 …) in one order both databases can repeat. */
export const INDEX_CELLS = `SELECT CAST(row_number() OVER (ORDER BY ${ORDER}) - 1 AS INTEGER) AS cell, ${CUBE_COLUMNS.join(', ')},
  n, lo, hi, CAST(first_on AS VARCHAR) AS first_on, CAST(last_on AS VARCHAR) AS last_on
FROM ${GROUPED_CUBE}`;

/** Every counted value of `table` with the number of its cell (equal columns, NULL matching
 * NULL). */
export const indexValues = (
  table: 'observations' | 'observations_sample',
) => `WITH c AS (SELECT CAST(row_number() OVER (ORDER BY ${ORDER}) - 1 AS INTEGER) AS cell, ${CUBE_COLUMNS.join(', ')} FROM ${GROUPED_CUBE})
SELECT c.cell, o.value_year_eur AS v FROM ${table} o JOIN c ON ${CUBE_COLUMNS.map((col) =>
  col === 'year'
    ? `coalesce(o.year, 0) = coalesce(c.year, 0) AND (o.year IS NULL) = (c.year IS NULL)`
    : `coalesce(o.${col}, '') = coalesce(c.${col}, '') AND (o.${col} IS NULL) = (c.${col} IS NULL)`,
).join(' AND ')}
WHERE o.value_year_eur > 0`;

/** What cubeSummaryQuery answers, with the same names. */
export interface CubeSummaryRow {
  readonly n: number;
  readonly sources: number;
  readonly lo: number | null;
  readonly hi: number | null;
  readonly first_on: string | null;
  readonly last_on: string | null;
}

class Dictionary {
  readonly codes = new Map<string, number>();
  readonly values: string[] = [];
  code(value: unknown): number {
    if (value === null || value === undefined) return -1;
    const s = String(value);
    let c = this.codes.get(s);
    if (c === undefined) {
      c = this.values.length;
      this.codes.set(s, c);
      this.values.push(s);
    }
    return c;
  }
}

/** Values arrive by chunks of columns (cell, value); the index checks them against the cube. */
export type ValueChunks = (
  onChunk: (cells: ArrayLike<unknown>, values: ArrayLike<unknown>) => void,
) => Promise<void>;

export class StatsIndex {
  private readonly dicts = new Map<TextColumn, Dictionary>();
  private readonly codes = new Map<TextColumn, Int32Array>();
  private readonly year: Float64Array;
  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  /** Dates as ranks in `dates` (sorted 'YYYY-MM-DD' strings), -1 for none. */
  private readonly firstOn: Int32Array;
  private readonly lastOn: Int32Array;
  private readonly dates: string[];
  /** values[start[c] … start[c + 1]) are cell c's values, sorted. */
  private readonly start: Float64Array;
  private readonly values: Float64Array;
  /** The same for the sample's values. */
  private sampleStart = new Float64Array(1);
  private sampleValues = new Float64Array(0);
  /** The cells of each role code (most filters name a role). */
  private readonly byRole = new Map<number, Int32Array>();
  private readonly all: Int32Array;
  private scratch = new Float64Array(0);
  private readonly sourceSeen: Uint8Array;
  /** Each value's histogram bucket at one period a year (floor(ln(v) × 400)), and the sample's. */
  private buckets: Uint16Array | Int32Array = new Uint16Array(0);
  private sampleBuckets: Uint16Array | Int32Array = new Uint16Array(0);
  /** Per-request histogram of buckets lowest … lowest + counts.length - 1 (one period a year). */
  private lowest = 0;
  private counts = new Float64Array(0);
  private mins = new Float64Array(0);
  private maxs = new Float64Array(0);

  private constructor(cells: readonly Row[]) {
    const size = cells.length;
    for (const c of TEXT_COLUMNS) {
      this.dicts.set(c, new Dictionary());
      this.codes.set(c, new Int32Array(size));
    }
    this.year = new Float64Array(size);
    this.lo = new Float64Array(size);
    this.hi = new Float64Array(size);
    this.firstOn = new Int32Array(size);
    this.lastOn = new Int32Array(size);
    const dateOf = (v: unknown) => (v === null || v === undefined ? null : String(v));
    this.dates = [...new Set(cells.flatMap((r) => [dateOf(r.first_on), dateOf(r.last_on)]))]
      .filter((d): d is string => d !== null)
      .sort();
    const rank = new Map(this.dates.map((d, i) => [d, i]));
    const rankOf = (v: unknown) => rank.get(dateOf(v) as string) ?? -1;
    this.start = new Float64Array(size + 1);
    const seen = new Uint8Array(size);
    const counts = new Float64Array(size);
    for (const r of cells) {
      const i = Number(r.cell);
      if (!(i >= 0 && i < size) || seen[i]) throw new Error('statistics index: cells out of order');
      seen[i] = 1;
      for (const c of TEXT_COLUMNS)
        (this.codes.get(c) as Int32Array)[i] = (this.dicts.get(c) as Dictionary).code(r[c]);
      this.year[i] = r.year === null || r.year === undefined ? Number.NaN : Number(r.year);
      this.lo[i] = Number(r.lo);
      this.hi[i] = Number(r.hi);
      this.firstOn[i] = rankOf(r.first_on);
      this.lastOn[i] = rankOf(r.last_on);
      counts[i] = Number(r.n);
    }
    for (let i = 0; i < size; i += 1)
      this.start[i + 1] = (this.start[i] as number) + (counts[i] as number);
    this.values = new Float64Array(this.start[size] as number);
    const roles = this.codes.get('role_id') as Int32Array;
    const lists = new Map<number, number[]>();
    for (let i = 0; i < size; i += 1) {
      const r = roles[i] as number;
      let list = lists.get(r);
      if (!list) lists.set(r, (list = []));
      list.push(i);
    }
    for (const [r, list] of lists) this.byRole.set(r, Int32Array.from(list));
    this.all = Int32Array.from({ length: size }, (_, i) => i);
    this.sourceSeen = new Uint8Array((this.dicts.get('source_id') as Dictionary).values.length);
  }

  /** Precomputes the yearly buckets of the values and the sample. */
  private bucketValues(): void {
    const bucketOf = (v: number) => Math.floor(Math.log(v) * HISTOGRAM_BUCKETS_PER_LN);
    const all = Int32Array.from(this.values, bucketOf);
    const sampled = Int32Array.from(this.sampleValues, bucketOf);
    let lowest = Number.POSITIVE_INFINITY;
    let highest = Number.NEGATIVE_INFINITY;
    for (const buckets of [all, sampled])
      for (let j = 0; j < buckets.length; j += 1) {
        const b = buckets[j] as number;
        if (b < lowest) lowest = b;
        if (b > highest) highest = b;
      }
    if (lowest > highest) lowest = highest = 0;
    this.lowest = lowest;
    const span = highest - lowest + 1;
    // Kept as offsets from the lowest bucket: two bytes each when the span allows (it is about
    // 4 000 for salaries from 1 000 to 20 million).
    const offsets = (buckets: Int32Array) => {
      const out = span <= 65_536 ? new Uint16Array(buckets.length) : buckets;
      for (let j = 0; j < buckets.length; j += 1) out[j] = (buckets[j] as number) - lowest;
      return out;
    };
    this.buckets = offsets(all);
    this.sampleBuckets = offsets(sampled);
    this.counts = new Float64Array(span);
    this.mins = new Float64Array(span);
    this.maxs = new Float64Array(span);
  }

  /** Builds the index from the cube's cells (INDEX_CELLS) and the values (INDEX_VALUES); throws
   * when they disagree (a write between the two reads: the caller drops it and builds anew). */
  static async build(
    cells: readonly Row[],
    values: ValueChunks,
    sample: ValueChunks,
  ): Promise<StatsIndex> {
    const index = new StatsIndex(cells);
    const size = cells.length;
    const next = index.start.slice(0, size);
    const out = index.values;
    const start = index.start;
    await values((cellColumn, valueColumn) => {
      for (let k = 0; k < cellColumn.length; k += 1) {
        const c = Number(cellColumn[k]);
        const at = next[c] as number;
        if (!(c >= 0 && c < size) || at >= (start[c + 1] as number))
          throw new Error('statistics index: values do not match the cube');
        const v = Number(valueColumn[k]);
        // An infinite value has no bucket (the database's ln would say infinity): SQL answers.
        if (!Number.isFinite(v)) throw new Error('statistics index: a value is not finite');
        out[at] = v;
        next[c] = at + 1;
      }
    });
    for (let c = 0; c < size; c += 1) {
      if (next[c] !== start[c + 1])
        throw new Error('statistics index: values do not match the cube');
      const a = start[c] as number;
      const b = start[c + 1] as number;
      if (b - a > 1) out.subarray(a, b).sort();
    }
    // The sample's values: sizes per cell unknown until read, then placed by cell.
    const sampleCells: number[] = [];
    const sampleValues: number[] = [];
    await sample((cellColumn, valueColumn) => {
      for (let k = 0; k < cellColumn.length; k += 1) {
        const c = Number(cellColumn[k]);
        if (!(c >= 0 && c < size))
          throw new Error('statistics index: sample does not match the cube');
        sampleCells.push(c);
        sampleValues.push(Number(valueColumn[k]));
      }
    });
    const sampleStart = new Float64Array(size + 1);
    for (const c of sampleCells) sampleStart[c + 1] = (sampleStart[c + 1] as number) + 1;
    for (let c = 0; c < size; c += 1)
      sampleStart[c + 1] = (sampleStart[c + 1] as number) + (sampleStart[c] as number);
    const at = sampleStart.slice(0, size);
    const placed = new Float64Array(sampleCells.length);
    sampleCells.forEach((c, k) => {
      placed[at[c] as number] = sampleValues[k] as number;
      at[c] = (at[c] as number) + 1;
    });
    for (let c = 0; c < size; c += 1) {
      const a = sampleStart[c] as number;
      const b = sampleStart[c + 1] as number;
      if (b - a > (start[c + 1] as number) - (start[c] as number))
        throw new Error('statistics index: sample does not match the cube');
      if (b - a > 1) placed.subarray(a, b).sort();
    }
    index.sampleStart = sampleStart;
    index.sampleValues = placed;
    index.bucketValues();
    return index;
  }

  /** Cells of the cube. */
  get cellCount(): number {
    return this.all.length;
  }

  /** Values held (8 bytes each). */
  get valueCount(): number {
    return this.values.length;
  }

  /** The cells a filter selects (as filterClause does on the cube), or null for a filter the
   * index cannot answer (a city). */
  match(filter: StatsFilter): Int32Array | null {
    if (filter.city !== undefined) return null;
    // The same checks as the SQL (local pay codes), and the same errors.
    filterClause(filter);
    const tests: Array<[Int32Array, number]> = [];
    for (const [key, column] of EQUALITY_COLUMNS) {
      const value = filter[key];
      if (value === undefined) continue;
      const code = (this.dicts.get(column) as Dictionary).codes.get(String(value));
      if (code === undefined) return new Int32Array(0);
      if (column !== 'role_id') tests.push([this.codes.get(column) as Int32Array, code]);
    }
    let candidates = this.all;
    if (filter.role !== undefined) {
      const code = (this.dicts.get('role_id') as Dictionary).codes.get(filter.role) as number;
      candidates = this.byRole.get(code) ?? new Int32Array(0);
    }
    const from = filter.yearFrom ?? Number.NEGATIVE_INFINITY;
    const to = filter.yearTo ?? Number.POSITIVE_INFINITY;
    const years = filter.yearFrom !== undefined || filter.yearTo !== undefined;
    const local = this.localPay(filter);
    const currency = this.codes.get('currency') as Int32Array;
    const country = this.codes.get('country') as Int32Array;
    const out = new Int32Array(candidates.length);
    let found = 0;
    outer: for (let k = 0; k < candidates.length; k += 1) {
      const i = candidates[k] as number;
      for (const [codes, code] of tests) if (codes[i] !== code) continue outer;
      if (years) {
        const y = this.year[i] as number;
        // NaN (no year) fails both, as NULL does in SQL.
        if (!(y >= from && y <= to)) continue;
      }
      if (local) {
        const cur = currency[i] as number;
        if (local.only !== undefined) {
          if (cur !== local.only) continue;
        } else {
          const c = country[i] as number;
          const want = c < 0 ? -3 : (local.byCountry[c] as number);
          // -3: a country not listed (or none): kept when it has a currency, as
          // `currency = currency` is in SQL; otherwise its own currency.
          if (cur < 0 || (want !== -3 && cur !== want)) continue;
        }
      }
      out[found++] = i;
    }
    return out.subarray(0, found);
  }

  /** The local-pay condition of filterClause in codes: one currency when the filter names a
   * country, a currency per listed country otherwise; null when there is no condition. */
  private localPay(
    filter: StatsFilter,
  ): { only: number; byCountry?: undefined } | { only?: undefined; byCountry: Int32Array } | null {
    const currencies = filter.localCurrencies;
    if (currencies === undefined) return null;
    const dict = this.dicts.get('currency') as Dictionary;
    // A currency no cell has: -2 (matches nothing, as the SQL equality would).
    const codeOf = (cur: string) => dict.codes.get(cur) ?? -2;
    if (filter.country !== undefined) {
      const own = Object.hasOwn(currencies, filter.country)
        ? currencies[filter.country]
        : undefined;
      return own === undefined ? null : { only: codeOf(own) };
    }
    const entries = Object.entries(currencies);
    if (entries.length === 0) return null;
    const countries = this.dicts.get('country') as Dictionary;
    const byCountry = new Int32Array(countries.values.length).fill(-3);
    for (const [country, cur] of entries) {
      const c = countries.codes.get(country);
      if (c !== undefined) byCountry[c] = codeOf(cur);
    }
    return { byCountry };
  }

  /** Size, sources, min, max (yearly EUR) and dates of the cells, as cubeSummaryQuery. */
  summary(cells: Int32Array): CubeSummaryRow {
    const sourceCodes = this.codes.get('source_id') as Int32Array;
    const seen = this.sourceSeen;
    seen.fill(0);
    let sources = 0;
    let n = 0;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    let first = -1;
    let last = -1;
    for (let k = 0; k < cells.length; k += 1) {
      const i = cells[k] as number;
      n += (this.start[i + 1] as number) - (this.start[i] as number);
      const s = sourceCodes[i] as number;
      if (s >= 0 && seen[s] === 0) {
        seen[s] = 1;
        sources += 1;
      }
      const l = this.lo[i] as number;
      const h = this.hi[i] as number;
      if (l < lo) lo = l;
      if (h > hi) hi = h;
      const f = this.firstOn[i] as number;
      const e = this.lastOn[i] as number;
      if (f >= 0 && (first < 0 || f < first)) first = f;
      if (e > last) last = e;
    }
    const date = (r: number) => (r < 0 ? null : (this.dates[r] as string));
    return cells.length === 0
      ? { n: 0, sources: 0, lo: null, hi: null, first_on: null, last_on: null }
      : { n, sources, lo, hi, first_on: date(first), last_on: date(last) };
  }

  /** Exact type-7 quantiles at QUANTILE_LEVELS of the cells' values divided by
   * `periodsPerYear` (quantile_cont / percentile_cont: lo + (hi - lo) × fraction), or null for
   * no value. */
  quantiles(cells: Int32Array, periodsPerYear: number): number[] | null {
    let n = 0;
    for (let k = 0; k < cells.length; k += 1) {
      const i = cells[k] as number;
      n += (this.start[i + 1] as number) - (this.start[i] as number);
    }
    if (n === 0) return null;
    let sorted: Float64Array;
    let select: (rank: number) => number;
    if (cells.length === 1) {
      const a = this.start[cells[0] as number] as number;
      sorted = this.values.subarray(a, a + n);
      select = (rank) => sorted[rank] as number;
    } else {
      if (this.scratch.length < n)
        this.scratch = new Float64Array(Math.max(n, this.scratch.length * 2));
      const xs = this.scratch.subarray(0, n);
      let at = 0;
      for (let k = 0; k < cells.length;) {
        const first = cells[k] as number;
        let last = first;
        k += 1;
        while (k < cells.length && cells[k] === last + 1) {
          last += 1;
          k += 1;
        }
        const a = this.start[first] as number;
        const b = this.start[last + 1] as number;
        xs.set(this.values.subarray(a, b), at);
        at += b - a;
      }
      // Ranks asked in increasing order: each selection leaves the larger values to its right,
      // where the next one looks.
      let left = 0;
      select = (rank) => {
        if (rank >= left) {
          selectRank(xs, left, n - 1, rank);
          left = rank;
        }
        return xs[rank] as number;
      };
    }
    return QUANTILE_LEVELS.map((q) => {
      const position = (n - 1) * q;
      const lower = Math.floor(position);
      const upper = Math.ceil(position);
      const lo = select(lower) / periodsPerYear;
      if (upper === lower) return lo;
      const hi = select(upper) / periodsPerYear;
      return lo + (hi - lo) * (position - lower);
    });
  }

  /** The merged, sorted fine histogram (as salaryHistogramQuery's rows merged over sources) of
   * the cells' values divided by `periodsPerYear`, or of their sampled values. */
  histogram(cells: Int32Array, periodsPerYear: number, sampled: boolean): HistogramBucket[] {
    const start = sampled ? this.sampleStart : this.start;
    const values = sampled ? this.sampleValues : this.values;
    if (periodsPerYear === 1) return this.yearlyHistogram(cells, start, values, sampled);
    const byBucket = new Map<number, { bucket: number; count: number; min: number; max: number }>();
    for (let k = 0; k < cells.length; k += 1) {
      const i = cells[k] as number;
      const a = start[i] as number;
      const b = start[i + 1] as number;
      // Sorted values: a cell's buckets come in runs, each added once.
      let run = Number.NaN;
      let from = a;
      for (let j = a; j <= b; j += 1) {
        const bucket =
          j < b
            ? Math.floor(
                Math.log((values[j] as number) / periodsPerYear) * HISTOGRAM_BUCKETS_PER_LN,
              )
            : Number.NaN;
        if (bucket === run) continue;
        if (j > from) {
          const min = (values[from] as number) / periodsPerYear;
          const max = (values[j - 1] as number) / periodsPerYear;
          const got = byBucket.get(run);
          if (!got) byBucket.set(run, { bucket: run, count: j - from, min, max });
          else {
            got.count += j - from;
            got.min = Math.min(got.min, min);
            got.max = Math.max(got.max, max);
          }
        }
        run = bucket;
        from = j;
      }
    }
    return [...byBucket.values()].sort((x, y) => x.bucket - y.bucket);
  }

  /** histogram() at one period a year, from the precomputed buckets (no logarithm). */
  private yearlyHistogram(
    cells: Int32Array,
    start: Float64Array,
    values: Float64Array,
    sampled: boolean,
  ): HistogramBucket[] {
    const buckets = sampled ? this.sampleBuckets : this.buckets;
    const { counts, mins, maxs, lowest } = this;
    let low = counts.length;
    let high = -1;
    // Cells next to each other hold their values next to each other: one run of values for
    // each run of cells (the buckets are merged across cells anyway).
    for (let k = 0; k < cells.length;) {
      const first = cells[k] as number;
      let last = first;
      k += 1;
      while (k < cells.length && cells[k] === last + 1) {
        last += 1;
        k += 1;
      }
      const b = start[last + 1] as number;
      for (let j = start[first] as number; j < b; j += 1) {
        const at = buckets[j] as number;
        const v = values[j] as number;
        const count = counts[at] as number;
        if (count === 0) {
          mins[at] = v;
          maxs[at] = v;
          if (at < low) low = at;
          if (at > high) high = at;
        } else {
          if (v < (mins[at] as number)) mins[at] = v;
          if (v > (maxs[at] as number)) maxs[at] = v;
        }
        counts[at] = count + 1;
      }
    }
    const out: HistogramBucket[] = [];
    for (let at = low; at <= high; at += 1) {
      const count = counts[at] as number;
      if (count === 0) continue;
      out.push({ bucket: at + lowest, count, min: mins[at] as number, max: maxs[at] as number });
      counts[at] = 0;
    }
    return out;
  }
}

/** Puts the value of rank `k` of xs[left … right] at xs[k], smaller ones before, larger after
 * (Floyd–Rivest's simpler sibling: quickselect, median-of-three pivot). */
function selectRank(xs: Float64Array, left: number, right: number, k: number): void {
  let l = left;
  let r = right;
  while (r > l) {
    const m = (l + r) >>> 1;
    const a = xs[l] as number;
    const b = xs[m] as number;
    const c = xs[r] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = l;
    let j = r;
    while (i <= j) {
      while ((xs[i] as number) < pivot) i += 1;
      while ((xs[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const t = xs[i] as number;
        xs[i] = xs[j] as number;
        xs[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else return;
  }
}
