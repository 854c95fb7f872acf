/** From a validated API/CLI filter to the domain StatsFilter. */
import type { StatsFilter } from '../domain/index.ts';
import type { FilterQuery } from '../contract/index.ts';
import { invalidParameter } from './errors.ts';

export function toStatsFilter(q: FilterQuery): StatsFilter {
  if (q.yearFrom !== undefined && q.yearTo !== undefined && q.yearFrom > q.yearTo) {
    throw invalidParameter('yearFrom', q.yearFrom, `a year not after yearTo (${q.yearTo})`);
  }
  const { source, ...rest } = q;
  const filter: Record<string, unknown> = { ...rest, sourceId: source };
  for (const key of Object.keys(filter)) if (filter[key] === undefined) delete filter[key];
  return filter as StatsFilter;
}
