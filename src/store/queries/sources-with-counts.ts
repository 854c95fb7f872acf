/** Every source with how many observations it gave and the dates they describe. */
export const sourcesWithCountsQuery = `SELECT s.id, s.title, s.title_fr, s.publisher, s.licence,
  CAST(s.published_on AS VARCHAR) AS published_on, s.url, s.kind, s.evidence_shareable,
  count(o.id) AS observations,
  CAST(min(o.observed_on) AS VARCHAR) AS first_on, CAST(max(o.observed_on) AS VARCHAR) AS last_on
FROM sources s LEFT JOIN observations o ON o.source_id = s.id
GROUP BY s.id, s.title, s.title_fr, s.publisher, s.licence, s.published_on, s.url, s.kind, s.evidence_shareable
ORDER BY count(o.id) DESC, s.id`;
