/** Published statistics (migration 005): saved by id (a re-load replaces a figure), read whole
 * (a reference table of a few dozen rows; the service picks a role's). */
import type { PublishedStatistic } from '../../domain/index.ts';

export const UPSERT_PUBLISHED_STATISTIC = `INSERT INTO published_statistics (id, source_id,
  occupation_system, occupation_code, occupation_label, country, region, population, statistic,
  p10, p50, p90, currency, period, basis, year_from, year_to, roles)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id,
  occupation_system = excluded.occupation_system, occupation_code = excluded.occupation_code,
  occupation_label = excluded.occupation_label, country = excluded.country,
  region = excluded.region, population = excluded.population, statistic = excluded.statistic,
  p10 = excluded.p10, p50 = excluded.p50, p90 = excluded.p90, currency = excluded.currency,
  period = excluded.period, basis = excluded.basis, year_from = excluded.year_from,
  year_to = excluded.year_to, roles = excluded.roles`;

export const PUBLISHED_STATISTICS = `SELECT id, source_id, occupation_system, occupation_code,
  occupation_label, country, region, population, statistic, p10, p50, p90, currency, period,
  basis, year_from, year_to, roles
FROM published_statistics ORDER BY country, occupation_system, occupation_code, year_to DESC, id`;

export function publishedStatisticValues(s: PublishedStatistic): (string | number | null)[] {
  return [
    s.id,
    s.sourceId,
    s.occupation.system,
    s.occupation.code,
    s.occupation.label,
    s.country,
    s.region,
    s.population,
    s.statistic,
    s.p10,
    s.p50,
    s.p90,
    s.currency,
    s.period,
    s.basis,
    s.yearFrom,
    s.yearTo,
    JSON.stringify(s.roles),
  ];
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function rowToPublishedStatistic(r: Record<string, unknown>): PublishedStatistic {
  return {
    id: String(r.id),
    sourceId: String(r.source_id),
    occupation: {
      system: String(r.occupation_system),
      code: String(r.occupation_code),
      label: String(r.occupation_label),
    },
    country: String(r.country),
    region: r.region === null ? null : String(r.region),
    population: String(r.population),
    statistic: String(r.statistic),
    p10: num(r.p10),
    p50: Number(r.p50),
    p90: num(r.p90),
    currency: String(r.currency),
    period: String(r.period) as PublishedStatistic['period'],
    basis: String(r.basis) as PublishedStatistic['basis'],
    yearFrom: Number(r.year_from),
    yearTo: Number(r.year_to),
    roles: JSON.parse(String(r.roles)) as string[],
  };
}
