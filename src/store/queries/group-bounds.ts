/** Upper bounds of group sizes by the three filters most requests name (role, country, level),
 * from the cube: a filter's group holds at most the rows of its (role, country, level) cell,
 * whatever else it names. Read once per write; a few thousand rows at most. */
import type { StatsFilter } from '../../domain/index.ts';

export const GROUP_BOUNDS = `SELECT role_id, country, level, sum(n) AS n FROM stats_cube
GROUP BY role_id, country, level`;

const key = (role: unknown, country: unknown, level: unknown) =>
  `${role === undefined ? '*' : String(role)}\u0000${country === undefined ? '*' : String(country)}\u0000${level === undefined ? '*' : String(level)}`;

export type GroupBound = (filter: StatsFilter) => number;

/** The bound of every combination of named and unnamed (role, country, level). */
export function groupBounds(rows: readonly Record<string, unknown>[]): GroupBound {
  const sums = new Map<string, number>();
  for (const r of rows) {
    const n = Number(r.n ?? 0);
    for (let mask = 0; mask < 8; mask += 1) {
      const k = key(
        mask & 1 ? r.role_id : undefined,
        mask & 2 ? r.country : undefined,
        mask & 4 ? r.level : undefined,
      );
      sums.set(k, (sums.get(k) ?? 0) + n);
    }
  }
  return (filter) => sums.get(key(filter.role, filter.country, filter.level)) ?? 0;
}
