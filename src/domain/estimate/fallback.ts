/**
 * Backing off when data is thin: the rungs from the most specific cell to the least. An
 * estimate names the first rung whose cell holds at least `minCellRows` training rows.
 */
import type { ProfileKeys } from './features.ts';
import type { Confidence } from './types.ts';

interface Rung {
  readonly name: string;
  readonly key: (k: ProfileKeys) => (string | null)[];
}

export const FALLBACK_RUNGS: readonly Rung[] = [
  { name: 'title·level·country', key: (k) => [k.title, k.level, k.country] },
  { name: 'title·country', key: (k) => [k.title, k.country] },
  { name: 'role·level·country', key: (k) => [k.role, k.level, k.country] },
  { name: 'role·country', key: (k) => [k.role, k.country] },
  { name: 'title·level', key: (k) => [k.title, k.level] },
  { name: 'title', key: (k) => [k.title] },
  { name: 'role·level', key: (k) => [k.role, k.level] },
  { name: 'role', key: (k) => [k.role] },
  { name: 'level·country', key: (k) => [k.level, k.country] },
  { name: 'country', key: (k) => [k.country] },
];

/** The cell key of a rung for a profile, or null when the profile leaves one of its fields open. */
export function cellKey(rung: Rung, k: ProfileKeys): string | null {
  const parts = rung.key(k);
  return parts.some((p) => p === null) ? null : `${rung.name}=${parts.join('|')}`;
}

/** Counts the observations of every cell of every rung: each row counts its weight, so the
 * two half-weight ends of a posted range count as one observation. */
export function countCells(
  keys: readonly ProfileKeys[],
  weights: ArrayLike<number>,
): Record<string, number> {
  const cells: Record<string, number> = {};
  keys.forEach((k, i) => {
    for (const rung of FALLBACK_RUNGS) {
      const key = cellKey(rung, k);
      if (key !== null) cells[key] = (Object.hasOwn(cells, key) ? cells[key]! : 0) + weights[i]!;
    }
  });
  for (const key of Object.keys(cells)) cells[key] = Math.round(cells[key]!);
  return cells;
}

export interface FallbackChoice {
  readonly fallback: string;
  readonly observations: number;
  readonly confidence: Confidence;
}

/** The first rung with enough rows; `global` (all rows) when none has. */
export function chooseFallback(
  cells: Record<string, number>,
  k: ProfileKeys,
  minCellRows: number,
  totalRows: number,
): FallbackChoice {
  for (const rung of FALLBACK_RUNGS) {
    const key = cellKey(rung, k);
    const count = key !== null && Object.hasOwn(cells, key) ? cells[key]! : 0;
    if (count >= minCellRows) {
      const local =
        rung.name.includes('country') && !rung.name.startsWith('level') && rung.name !== 'country';
      const confidence: Confidence =
        local && count >= 3 * minCellRows
          ? 'high'
          : local || rung.name.startsWith('title')
            ? 'medium'
            : 'low';
      return { fallback: rung.name, observations: count, confidence };
    }
  }
  return { fallback: 'global', observations: totalRows, confidence: 'low' };
}
