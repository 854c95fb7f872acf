/** One page of observations matching a filter, newest first, and the total count. */
import type { StatsFilter } from '../../domain/index.ts';
import { filterClause, type SqlFragment } from './filter-clause.ts';

export const OBSERVATION_COLUMNS = `o.id, o.source_id, o.kind, o.location, o.low, o.high, o.currency, o.period,
  o.basis, o.component, o.employment, o.role_id, o.raw_title, o.level, o.years_experience, o.country, o.city,
  o.remote, o.company_size, o.sector, CAST(o.observed_on AS VARCHAR) AS observed_on, o.statistic, o.evidence,
  CAST(o.ingested_at AS VARCHAR) AS ingested_at, o.value_year_eur`;

export function observationsPageQuery(
  filter: StatsFilter,
  limit: number,
  offset: number,
): SqlFragment {
  const where = filterClause(filter, 3);
  return {
    sql: `SELECT ${OBSERVATION_COLUMNS} FROM observations o ${where.sql}
ORDER BY o.observed_on DESC, o.id LIMIT $1 OFFSET $2`,
    params: [limit, offset, ...where.params],
  };
}

export function observationsCountQuery(filter: StatsFilter): SqlFragment {
  const where = filterClause(filter, 1);
  return { sql: `SELECT count(*) AS n FROM observations o ${where.sql}`, params: where.params };
}
