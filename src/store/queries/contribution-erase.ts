/** Erasure: the contribution goes, and its publication batch ("atom") is withdrawn whole back
 * to pending, marked: figures then change by the whole batch, never by the one erased. */
export const DELETE_CONTRIBUTION = 'DELETE FROM contributions WHERE id = $1';

export const WITHDRAW_ATOM = `UPDATE contributions SET status = 'pending', atom_id = NULL, published_on = NULL,
  withdrawn_on = CAST($2 AS DATE)
WHERE atom_id = $1`;
