/** Publication of one batch: its contributions become published together, with one atom id;
 * the resubmission fingerprints go (no longer needed). */
export function publishBatchQuery(count: number): string {
  const ids = Array.from({ length: count }, (_, i) => `$${i + 3}`).join(', ');
  return `UPDATE contributions SET status = 'published', atom_id = $1, published_on = CAST($2 AS DATE),
  fingerprint = NULL, withdrawn_on = NULL
WHERE status = 'pending' AND id IN (${ids})`;
}

export function countPendingQuery(count: number): string {
  const ids = Array.from({ length: count }, (_, i) => `$${i + 1}`).join(', ');
  return `SELECT count(*) AS n FROM contributions WHERE status = 'pending' AND id IN (${ids})`;
}
