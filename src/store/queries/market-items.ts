/** The relation every market query reads: one row per item with the same columns whatever
 * the basis (see market-port.ts), filtered. Postings: the sightings matching the filter, one
 * per posting_id (its earliest sighting there speaks for it, so a repost never counts twice
 * and a posting sits in the month it was first seen). Records: dataset observations. */
import type { MarketBasis, MarketFilter } from '../market-port.ts';
import type { Dialect } from './converted-value.ts';
import type { SqlFragment } from './filter-clause.ts';

const COMMON =
  'o.source_id, o.role_id, o.level, o.country, o.city, o.remote, o.sector, o.company_size';

/** Where each basis keeps the date and the year of an item. */
const DAY = { postings: 'o.posted_on', records: 'o.observed_on' } as const;
const YEAR = {
  postings: 'CAST(EXTRACT(year FROM o.posted_on) AS INTEGER)',
  records: 'o.year',
} as const;

function whereClause(basis: MarketBasis, filter: MarketFilter, firstParam: number): SqlFragment {
  const parts: string[] = basis === 'records' ? ["o.kind = 'dataset'"] : [];
  const params: (string | number)[] = [];
  const next = (value: string | number) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  if (filter.role !== undefined) parts.push(`o.role_id = ${next(filter.role)}`);
  if (filter.level !== undefined) parts.push(`o.level = ${next(filter.level)}`);
  if (filter.country !== undefined) parts.push(`o.country = ${next(filter.country)}`);
  if (filter.city !== undefined) parts.push(`lower(o.city) = lower(${next(filter.city)})`);
  if (filter.sourceId !== undefined) parts.push(`o.source_id = ${next(filter.sourceId)}`);
  if (filter.yearFrom !== undefined) parts.push(`${YEAR[basis]} >= ${next(filter.yearFrom)}`);
  if (filter.yearTo !== undefined) parts.push(`${YEAR[basis]} <= ${next(filter.yearTo)}`);
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** `(SELECT …) m`: columns item, source_id, role_id, level, country, city, remote, contract,
 * sector, company_size, day, year, month, quarter, pay (yearly EUR, null when none),
 * mentions_ai (null for records). */
export function marketItems(basis: MarketBasis, filter: MarketFilter, firstParam = 1): SqlFragment {
  const where = whereClause(basis, filter, firstParam);
  const day = DAY[basis];
  const dates = `${day} AS day, ${YEAR[basis]} AS year,
    CAST(EXTRACT(month FROM ${day}) AS INTEGER) AS month, CAST(EXTRACT(quarter FROM ${day}) AS INTEGER) AS quarter`;
  const sql =
    basis === 'postings'
      ? `(SELECT DISTINCT ON (o.posting_id) o.posting_id AS item, ${COMMON}, o.contract, ${dates},
    CASE WHEN o.pay_year_eur > 0 THEN o.pay_year_eur END AS pay, o.mentions_ai
  FROM posting_sightings o ${where.sql}
  ORDER BY o.posting_id, o.posted_on, o.id) m`
      : `(SELECT o.id AS item, ${COMMON},
    CASE o.employment WHEN 'freelance' THEN 'freelance' WHEN 'intern' THEN 'internship' ELSE 'employee' END AS contract,
    ${dates}, CASE WHEN o.value_year_eur > 0 THEN o.value_year_eur END AS pay,
    CAST(NULL AS BOOLEAN) AS mentions_ai
  FROM observations o ${where.sql}) m`;
  return { sql, params: where.params };
}

/** p25, p50, p75 of an expression (NULLs left out) as one array column, in either dialect. */
export function quartilesExpression(value: string, dialect: Dialect): string {
  return dialect === 'duckdb'
    ? `quantile_cont(${value}, [0.25, 0.5, 0.75])`
    : `percentile_cont(ARRAY[0.25, 0.5, 0.75]::double precision[]) WITHIN GROUP (ORDER BY ${value})`;
}

/** Counts of the remote modes, shared by several queries. */
export const REMOTE_COUNTS = `sum(CASE WHEN m.remote = 'remote' THEN 1 ELSE 0 END) AS remote,
  sum(CASE WHEN m.remote = 'hybrid' THEN 1 ELSE 0 END) AS hybrid,
  sum(CASE WHEN m.remote = 'onsite' THEN 1 ELSE 0 END) AS onsite`;

/** A query over the filtered items: `build` gets the `(SELECT …) m` relation to read FROM. */
export function overItems(
  basis: MarketBasis,
  filter: MarketFilter,
  build: (items: string) => string,
): SqlFragment {
  const items = marketItems(basis, filter);
  return { sql: build(items.sql), params: items.params };
}
