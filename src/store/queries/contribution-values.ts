/** The published contributions a statistics filter selects, each as one value in the requested
 * currency and period, with its publication batch and that batch's size. Read only by the
 * privacy rules (src/service/privacy/), never listed. */
import type { StatsFilter } from '../../domain/index.ts';
import { convertedValue } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';

export function contributionValuesQuery(
  filter: StatsFilter,
  currency: string,
  periodsPerYear: number,
): SqlFragment {
  const { value, join, where, params } = convertedValue(filter, currency, periodsPerYear);
  return {
    sql: `SELECT o.atom_id, a.atom_size, ${value} AS v, CAST(o.observed_on AS VARCHAR) AS observed_on,
       o.role_id, o.level, o.country, o.employment, o.remote, o.company_size,
       CAST(o.year AS VARCHAR) AS year
FROM contributions o
JOIN (SELECT atom_id, count(*) AS atom_size FROM contributions WHERE status = 'published'
      GROUP BY atom_id) a ON a.atom_id = o.atom_id
${join}
${where} AND o.status = 'published'`,
    params,
  };
}

/** How many contributions are published, and a value that changes with every publication or
 * erasure (for caches). */
export const CONTRIBUTIONS_SUMMARY = `SELECT count(*) AS n, count(DISTINCT atom_id) AS atoms,
  max(atom_id) AS last_atom, CAST(min(observed_on) AS VARCHAR) AS first_on,
  CAST(max(observed_on) AS VARCHAR) AS last_on
FROM contributions WHERE status = 'published'`;
