/** Erasure: the contribution goes, and with it its part in every figure. Its publication batch
 * ("atom") is withdrawn back to pending when fewer than k remain, so that no figure ever holds
 * a batch of fewer than k. */
export const DELETE_CONTRIBUTION = 'DELETE FROM contributions WHERE id = $1';

export const ATOM_SIZE = `SELECT count(*) AS n FROM contributions WHERE atom_id = $1 AND status = 'published'`;

export const WITHDRAW_ATOM = `UPDATE contributions SET status = 'pending', atom_id = NULL, published_on = NULL
WHERE atom_id = $1`;
