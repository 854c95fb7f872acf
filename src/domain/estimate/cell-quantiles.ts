/**
 * Per-cell shape of the spread: the quantiles of the standardised residuals are not the same
 * everywhere (a senior US onsite job at a large company is skewed differently from a junior
 * remote one). For nested cells (level → country·level → + company size·remote → + title),
 * each cell's residual quantiles are shrunk to its parent's, (n·cell + k·parent) / (n + k),
 * from the pooled quantiles down. A convex mix of ordered vectors stays ordered, so
 * p10 ≤ … ≤ p90 holds in every cell.
 */
import type { ProfileKeys } from './features.ts';
import { weightedQuantile } from './quantile.ts';
import { QUANTILE_LEVELS } from './types.ts';

const any = (v: string | null) => v ?? '-';
const place = (k: ProfileKeys) => `${any(k.country)}>${any(k.abroad)}`;

/** The nested cells, coarse to fine; each key extends its parent's. */
export const CELL_LEVELS: readonly { name: string; key: (k: ProfileKeys) => string }[] = [
  { name: 'level', key: (k) => any(k.level) },
  { name: 'place·level', key: (k) => `${place(k)}|${any(k.level)}` },
  {
    name: 'place·level·size·remote',
    key: (k) => `${place(k)}|${any(k.level)}|${any(k.size)}|${any(k.remote)}`,
  },
  {
    name: 'place·level·size·remote·title',
    key: (k) => `${place(k)}|${any(k.level)}|${any(k.size)}|${any(k.remote)}|${any(k.title)}`,
  },
];

/** Fitted cell quantiles: `root` pooled, then one table per CELL_LEVELS entry. */
export interface CellQuantiles {
  /** Pseudo-rows of the parent each cell is shrunk to. */
  readonly k: number;
  readonly root: readonly number[];
  readonly levels: readonly Record<string, readonly number[]>[];
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export function fitCellQuantiles(
  z: ArrayLike<number>,
  w: ArrayLike<number>,
  keys: readonly ProfileKeys[],
  k: number,
): CellQuantiles {
  const root = QUANTILE_LEVELS.map((q) => round(weightedQuantile(z, w, q)));
  const levels: Record<string, number[]>[] = [];
  let parentOf: (i: number) => readonly number[] = () => root;
  for (const level of CELL_LEVELS) {
    const groups = new Map<string, number[]>();
    keys.forEach((key, i) => {
      const name = level.key(key);
      const group = groups.get(name);
      if (group) group.push(i);
      else groups.set(name, [i]);
    });
    const table: Record<string, number[]> = {};
    for (const [name, rows] of groups) {
      const values = rows.map((i) => z[i]!);
      const weights = rows.map((i) => w[i]!);
      const n = weights.reduce((a, b) => a + b, 0);
      const parent = parentOf(rows[0]!);
      table[name] = QUANTILE_LEVELS.map((q, j) =>
        round((n * weightedQuantile(values, weights, q) + k * parent[j]!) / (n + k)),
      );
    }
    levels.push(table);
    const keyOf = level.key;
    parentOf = (i) => table[keyOf(keys[i]!)]!;
  }
  return { k, root, levels };
}

/** The quantiles of the finest cell the profile falls in (stops at the first unseen cell). */
export function cellQuantilesOf(cells: CellQuantiles, k: ProfileKeys): readonly number[] {
  let u = cells.root;
  for (let L = 0; L < cells.levels.length; L += 1) {
    const table = cells.levels[L]!;
    const name = CELL_LEVELS[L]!.key(k);
    const hit = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!hit) break;
    u = hit;
  }
  return u;
}
