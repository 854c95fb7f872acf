/** Publication of one batch: its contributions become published together, with one atom id;
 * the resubmission fingerprints and the senders' keys go (no longer needed). */
export function publishBatchQuery(count: number): string {
  const ids = Array.from({ length: count }, (_, i) => `$${i + 3}`).join(', ');
  return `UPDATE contributions SET status = 'published', atom_id = $1, published_on = CAST($2 AS DATE),
  fingerprint = NULL, submitter = NULL, withdrawn_on = NULL
WHERE status = 'pending' AND id IN (${ids})`;
}

/** Each pending contribution's sender key (for the publication plan only, never listed). */
export const PENDING_SUBMITTERS = `SELECT id, submitter FROM contributions WHERE status = 'pending'`;

export function countPendingQuery(count: number): string {
  const ids = Array.from({ length: count }, (_, i) => `$${i + 1}`).join(', ');
  return `SELECT count(*) AS n FROM contributions WHERE status = 'pending' AND id IN (${ids})`;
}
