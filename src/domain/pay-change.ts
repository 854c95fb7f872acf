/**
 * Year-on-year change of posted pay, like for like (Indeed Hiring Lab's Wage Tracker idea): the
 * median of all postings moves when the mix of roles and places moves, so the change is taken
 * within each cell (one role in one place) present in both years, then averaged with the
 * earlier year's counts as weights (the earlier mix held fixed). See
 * docs/decisions/2026-12-01-market-trends.md.
 */

export interface PayCellMedian {
  readonly year: number;
  /** The cell: role and place, as one key. */
  readonly cell: string;
  readonly count: number;
  readonly median: number;
}

export interface PayChange {
  readonly year: number;
  readonly previousYear: number;
  /** Weighted mean of the cells' changes (0.05 = +5%); null when no cell qualifies. */
  readonly change: number | null;
  /** Cells with at least the minimum group size in both years. */
  readonly cells: number;
  /** Postings with a pay in those cells, both years together. */
  readonly postings: number;
  /** The change of the overall median, mix effects included (for contrast), or null. */
  readonly rawChange: number | null;
}

export function likeForLikePayChange(
  cells: readonly PayCellMedian[],
  overallMedians: ReadonlyMap<number, { count: number; median: number | null }>,
  minGroupSize: number,
): PayChange[] {
  const byYear = new Map<number, Map<string, PayCellMedian>>();
  for (const c of cells) {
    if (c.count < minGroupSize || !(c.median > 0)) continue;
    const year = byYear.get(c.year) ?? new Map<string, PayCellMedian>();
    year.set(c.cell, c);
    byYear.set(c.year, year);
  }
  const years = [...new Set([...byYear.keys(), ...overallMedians.keys()])].sort((a, b) => a - b);
  const out: PayChange[] = [];
  for (const year of years) {
    const previousYear = year - 1;
    const now = byYear.get(year);
    const before = byYear.get(previousYear);
    let weighted = 0;
    let weights = 0;
    let matched = 0;
    let postings = 0;
    for (const [key, c] of now ?? []) {
      const b = before?.get(key);
      if (!b) continue;
      weighted += b.count * (c.median / b.median - 1);
      weights += b.count;
      matched += 1;
      postings += b.count + c.count;
    }
    const raw = rawChange(overallMedians.get(year), overallMedians.get(previousYear), minGroupSize);
    if (matched === 0 && raw === null) continue;
    out.push({
      year,
      previousYear,
      change: matched > 0 ? weighted / weights : null,
      cells: matched,
      postings,
      rawChange: raw,
    });
  }
  return out;
}

function rawChange(
  now: { count: number; median: number | null } | undefined,
  before: { count: number; median: number | null } | undefined,
  minGroupSize: number,
): number | null {
  if (!now?.median || !before?.median) return null;
  if (now.count < minGroupSize || before.count < minGroupSize) return null;
  return now.median / before.median - 1;
}
