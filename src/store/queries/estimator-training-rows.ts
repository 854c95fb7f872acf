/** The rows the estimator learns from: gross base pay with a yearly EUR value, and the stated
 * bounds so that each end of a range can count for half. Ids are hashes, so the first rows by id
 * are a deterministic sample when the store holds more than the limit. */
export const estimatorTrainingRowsQuery = `SELECT o.role_id, o.raw_title, o.level, o.country, o.remote, o.company_size,
  o.employment, o.year, o.currency, o.low, o.high, o.value_year_eur
FROM observations o
WHERE o.component = 'base' AND o.basis = 'gross' AND o.value_year_eur IS NOT NULL AND o.value_year_eur > 0
ORDER BY o.id
LIMIT $1`;

/** Changes whenever observations are added: the estimator is retrained when it changes. */
export const observationsVersionQuery = `SELECT count(*) AS n, CAST(max(o.ingested_at) AS VARCHAR) AS last FROM observations o`;
