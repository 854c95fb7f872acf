/** How many postings are stored (of one source when named): a posting once, however often seen. */
export function marketPostingsCountQuery(sourceId: string | undefined): {
  sql: string;
  params: string[];
} {
  return sourceId === undefined
    ? { sql: 'SELECT count(DISTINCT posting_id) AS n FROM posting_sightings', params: [] }
    : {
        sql: 'SELECT count(DISTINCT posting_id) AS n FROM posting_sightings WHERE source_id = $1',
        params: [sourceId],
      };
}
